package org.sbiretl.transforms.read;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.normalize.Identifiers;
import org.sbiretl.transforms.normalize.UsStates;
import org.sbiretl.transforms.normalize.Values;
import org.sbiretl.transforms.record.ErrorReason;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.Recipient;

/**
 * Turns one {@code recipient_lookup} row into a {@link Recipient}: by header names when the file
 * has a header, by position (the dump's column order) when it has not.
 */
public final class RecipientParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A first row naming at least this many recipient fields is a header. Three: a short export
   * ({@code legal_business_name,uei,duns}) is a header, while no row of the positional dump holds
   * three cells that are exactly recipient_lookup column names.
   */
  private static final int MIN_HEADER_FIELDS = 3;

  private final EnumMap<RecipientColumn, Integer> positions;
  private final int width;
  private final String sourceFile;

  private RecipientParser(
      EnumMap<RecipientColumn, Integer> positions, int width, String sourceFile) {
    this.positions = positions;
    this.width = width;
    this.sourceFile = sourceFile;
  }

  /**
   * Cells a header is made of: a letter, then letters, digits, spaces, {@code _}, {@code .} or
   * {@code -}. No row of the positional dump is all such cells: it starts with a numeric id and
   * holds empty cells.
   */
  private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ .-]{0,63}");

  /**
   * True when the cells of a first row name fields rather than hold data: at least {@link
   * #MIN_HEADER_FIELDS} recipient_lookup names, or a row of column names only (another export's
   * header, such as {@code recipient_name,recipient_uei}), which {@link #withHeader} then refuses
   * with the fields it lacks instead of reading it as a data row.
   */
  public static boolean isHeader(String[] cells) {
    boolean allNames = cells.length >= 2;
    for (String c : cells) {
      allNames &= COLUMN_NAME.matcher(c.strip()).matches();
    }
    return allNames || namesRecipientFields(cells);
  }

  /** True when at least {@link #MIN_HEADER_FIELDS} of the names are recipient_lookup fields. */
  public static boolean namesRecipientFields(String[] names) {
    int known = 0;
    for (String c : names) {
      if (RecipientColumn.forHeader(c) != null) {
        known++;
      }
    }
    return known >= MIN_HEADER_FIELDS;
  }

  /** A parser for the positional, headerless dump. */
  public static RecipientParser positional(String sourceFile) {
    EnumMap<RecipientColumn, Integer> positions = new EnumMap<>(RecipientColumn.class);
    for (RecipientColumn c : RecipientColumn.values()) {
      positions.put(c, c.ordinal());
    }
    return new RecipientParser(positions, RecipientColumn.values().length, sourceFile);
  }

  /**
   * A parser for a file with a header row.
   *
   * @throws InvalidInputException when the header lacks legal_business_name or both identifiers
   */
  public static RecipientParser withHeader(String[] header, String sourceFile) {
    EnumMap<RecipientColumn, Integer> positions = new EnumMap<>(RecipientColumn.class);
    for (int i = 0; i < header.length; i++) {
      RecipientColumn c = RecipientColumn.forHeader(header[i]);
      if (c != null && !positions.containsKey(c)) {
        positions.put(c, i);
      }
    }
    List<String> missing = new java.util.ArrayList<>();
    if (!positions.containsKey(RecipientColumn.LEGAL_BUSINESS_NAME)) {
      missing.add("no legal_business_name column");
    }
    if (!positions.containsKey(RecipientColumn.UEI)
        && !positions.containsKey(RecipientColumn.DUNS)) {
      missing.add("neither a uei nor a duns column");
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          sourceFile
              + ": the recipients header has "
              + String.join(" and ", missing)
              + "; expected recipient_lookup fields (id, recipient_hash, legal_business_name,"
              + " duns, ..., uei, parent_uei) or the headerless positional dump");
    }
    return new RecipientParser(positions, header.length, sourceFile);
  }

  /** Exactly one of {@code recipient} and {@code error} is set. */
  public record Result(@Nullable Recipient recipient, @Nullable ErrorRecord error) {}

  /**
   * Parses the fields of a split record into recipients and error rows: one result, or several when
   * a quote left open swallowed the lines after it ({@link ParsedRecords}).
   */
  public void parseRecord(RawRecord raw, CsvFields fields, Consumer<Result> out) {
    ParsedRecords.forEach(
        raw,
        fields,
        width,
        p ->
            out.accept(
                p.cells() != null
                    ? parse(p.raw(), p.cells())
                    : error(p.raw(), p.reason(), p.problem())));
  }

  public Result parse(RawRecord raw, String[] cells) {
    if (cells.length != width) {
      return error(
          raw, ErrorReason.RAGGED_ROW, "row has " + cells.length + " fields, expected " + width);
    }
    Map<RecipientColumn, String> v = new EnumMap<>(RecipientColumn.class);
    positions.forEach((c, i) -> v.put(c, cells[i]));
    return fromValues(v, raw);
  }

  /** Builds a recipient from field values by column; used for CSV rows and Parquet records. */
  public Result fromValues(Map<RecipientColumn, String> v, RawRecord raw) {
    Recipient r = new Recipient();
    r.id = text(v, RecipientColumn.ID);
    r.recipientHash = text(v, RecipientColumn.RECIPIENT_HASH);
    r.legalBusinessName = text(v, RecipientColumn.LEGAL_BUSINESS_NAME);
    r.duns = Identifiers.duns(text(v, RecipientColumn.DUNS));
    r.addressLine1 = text(v, RecipientColumn.ADDRESS_LINE_1);
    r.addressLine2 = text(v, RecipientColumn.ADDRESS_LINE_2);
    r.businessTypesCodes = text(v, RecipientColumn.BUSINESS_TYPES_CODES);
    r.city = text(v, RecipientColumn.CITY);
    r.congressionalDistrict = text(v, RecipientColumn.CONGRESSIONAL_DISTRICT);
    r.countryCode = text(v, RecipientColumn.COUNTRY_CODE);
    r.parentDuns = Identifiers.duns(text(v, RecipientColumn.PARENT_DUNS));
    r.parentLegalBusinessName = text(v, RecipientColumn.PARENT_LEGAL_BUSINESS_NAME);
    String state = text(v, RecipientColumn.STATE);
    r.state = state == null ? null : firstNonNull(UsStates.code(state), state);
    r.zip4 = text(v, RecipientColumn.ZIP4);
    r.zip5 = Values.zip5(text(v, RecipientColumn.ZIP5));
    if (r.zip5 == null) {
      r.zip5 = Values.zip5(r.zip4);
    }
    List<String> alternates = PostgresArrays.parse(text(v, RecipientColumn.ALTERNATE_NAMES));
    r.alternateNames.addAll(alternates);
    r.source = text(v, RecipientColumn.SOURCE);
    r.updateDate = text(v, RecipientColumn.UPDATE_DATE);
    r.uei = Identifiers.uei(text(v, RecipientColumn.UEI));
    r.parentUei = Identifiers.uei(text(v, RecipientColumn.PARENT_UEI));
    r.sourceFile = sourceFile;
    r.sourceRow = raw.row();
    if (r.legalBusinessName == null && r.uei == null && r.duns == null) {
      return error(
          raw,
          ErrorReason.MISSING_RECIPIENT_IDENTITY,
          "no legal_business_name and no valid uei or duns");
    }
    if (r.legalBusinessName == null) {
      r.legalBusinessName = alternates.isEmpty() ? "" : alternates.get(0);
    }
    return new Result(r, null);
  }

  private Result error(RawRecord raw, ErrorReason reason, String message) {
    return new Result(
        null,
        ErrorRecord.of(
            RowIds.of(sourceFile, raw.row(), raw.text()),
            reason,
            message,
            sourceFile,
            raw.row(),
            raw.text()));
  }

  private static @Nullable String text(Map<RecipientColumn, String> v, RecipientColumn c) {
    String s = Values.text(v.get(c));
    // Postgres COPY text format writes SQL null as \N.
    return "\\N".equals(s) ? null : s;
  }

  private static String firstNonNull(@Nullable String a, String b) {
    return a != null ? a : b;
  }
}
