package org.sbiretl.pipeline.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sbiretl.pipeline.output.OutputReader;
import org.sbiretl.pipeline.output.OutputTables;

/**
 * How many of the required enriched fields are present on the matched rows. Counted from the
 * written matched output after the run, so it measures what a consumer will actually read.
 *
 * <p>Required on every matched row: a recipient identifier ({@code recipient_uei} or {@code
 * recipient_duns}), {@code recipient_name}, {@code recipient_state}, {@code match_method} and
 * {@code match_probability}.
 */
public record Completeness(long rows, long present, Map<String, Long> missingByField) {
  public static final String IDENTIFIER = "recipient_uei|recipient_duns";
  public static final List<String> REQUIRED =
      List.of(IDENTIFIER, "recipient_name", "recipient_state", "match_method", "match_probability");

  /** The output columns the required fields are read from. */
  private static final Set<String> COLUMNS =
      REQUIRED.stream()
          .flatMap(f -> java.util.Arrays.stream(f.split("\\|")))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  public static final Completeness NONE = new Completeness(0, 0, Map.of());

  /** Required field slots: rows × required fields. */
  public long required() {
    return rows * REQUIRED.size();
  }

  /** Share of required fields present; null when there are no matched rows. */
  public Double share() {
    return rows == 0 ? null : (double) present / required();
  }

  public static Completeness ofMatched(Path outputDir) throws IOException {
    Map<String, Long> missing = new LinkedHashMap<>();
    REQUIRED.forEach(f -> missing.put(f, 0L));
    long[] rows = {0};
    long[] present = {0};
    OutputReader.forEach(
        outputDir,
        OutputTables.MATCHED,
        COLUMNS,
        row -> {
          rows[0]++;
          for (String field : REQUIRED) {
            boolean has =
                field.equals(IDENTIFIER)
                    ? row.text("recipient_uei") != null || row.text("recipient_duns") != null
                    : row.text(field) != null;
            if (has) {
              present[0]++;
            } else {
              missing.merge(field, 1L, Long::sum);
            }
          }
        });
    return new Completeness(rows[0], present[0], missing);
  }
}
