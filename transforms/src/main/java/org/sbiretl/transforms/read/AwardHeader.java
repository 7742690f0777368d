package org.sbiretl.transforms.read;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Where each known award column sits in a file, resolved from that file's header row. */
public final class AwardHeader implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fewer recognised columns than this means the first row is not an SBIR award header. */
  static final int MIN_RECOGNISED_COLUMNS = 4;

  private final EnumMap<AwardColumn, Integer> positions;
  private final int width;

  private AwardHeader(EnumMap<AwardColumn, Integer> positions, int width) {
    this.positions = positions;
    this.width = width;
  }

  /**
   * Resolves a header row.
   *
   * @throws InvalidInputException when the row has no company column or too few award columns
   */
  public static AwardHeader resolve(String[] cells, String sourceFile) {
    EnumMap<AwardColumn, Integer> positions = new EnumMap<>(AwardColumn.class);
    for (int i = 0; i < cells.length; i++) {
      AwardColumn column = AwardColumn.forHeader(cells[i]);
      if (column != null && !positions.containsKey(column)) {
        positions.put(column, i);
      }
    }
    if (positions.size() >= MIN_RECOGNISED_COLUMNS && !positions.containsKey(AwardColumn.COMPANY)) {
      // An award header without its company column: say so, rather than "no header".
      throw new InvalidInputException(
          sourceFile
              + ": the award header has no Company column (the firm's name, which every award"
              + " needs); found: "
              + abbreviate(String.join(",", cells)));
    }
    if (!positions.containsKey(AwardColumn.COMPANY) || positions.size() < MIN_RECOGNISED_COLUMNS) {
      throw new InvalidInputException(
          sourceFile
              + ": no recognisable SBIR award header. Expected a first row naming columns such as"
              + " Company, Agency, Phase, Award Amount, UEI, Duns, City, State, Zip; found: "
              + abbreviate(String.join(",", cells)));
    }
    return new AwardHeader(positions, cells.length);
  }

  /** Number of cells in the header row; data rows must have the same. */
  public int width() {
    return width;
  }

  public boolean has(AwardColumn column) {
    return positions.containsKey(column);
  }

  /** The cell for a column, or null when the file has no such column. */
  public @Nullable String get(String[] cells, AwardColumn column) {
    Integer i = positions.get(column);
    return i == null || i >= cells.length ? null : cells[i];
  }

  public Map<AwardColumn, Integer> positions() {
    return java.util.Collections.unmodifiableMap(positions);
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
