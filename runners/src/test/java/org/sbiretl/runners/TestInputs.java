package org.sbiretl.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sbiretl.pipeline.cli.SbirEtlCommand;

/**
 * A small generated input for whole-job tests: awards and recipients from the project's own
 * generator (fixed seed), plus a few malformed rows so that the error outputs are not empty.
 */
record TestInputs(Path awards, Path recipients) {

  /**
   * Matching thresholds that put some generated awards into every output: with the defaults (0.9 /
   * 0.5) the generator's clean data leaves {@code review} empty, and an empty output compares equal
   * on any runner.
   */
  static final String[] REVIEW_SETTINGS = {
    "matching.high_threshold=0.99", "matching.low_threshold=0.005"
  };

  /**
   * Writes {@code awards} × {@code recipients} generated rows (seed 11) into {@code dir}, plus the
   * rows below.
   */
  static TestInputs generate(Path dir, int awards, int recipients) throws IOException {
    int exit =
        SbirEtlCommand.commandLine()
            .execute(
                "generate",
                "--awards",
                String.valueOf(awards),
                "--recipients",
                String.valueOf(recipients),
                "--seed",
                "11",
                "--output",
                dir.toString());
    assertEquals(0, exit, "generate failed");
    TestInputs inputs =
        new TestInputs(
            dir.resolve("awards.csv").toAbsolutePath(),
            dir.resolve("recipients.csv").toAbsolutePath());
    // A ragged award row and one without a company (→ errors), a recipient row without any
    // identity (→ recipient-errors).
    append(inputs.awards(), "RAGGED ROW,only,three\n" + ",".repeat(41) + "\n");
    append(inputs.recipients(), "999999999" + ",".repeat(19) + "\n");
    plantReviewPair(inputs);
    return inputs;
  }

  /**
   * One award for {@code review} whatever the generator does: its company's exact name in its state
   * but another city, and no identifier (probability well inside {@link #REVIEW_SETTINGS}). The
   * calibrated generator's data rarely lands there on its own.
   */
  private static void plantReviewPair(TestInputs inputs) throws IOException {
    List<String> header;
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .build()
            .parse(Files.newBufferedReader(inputs.awards(), StandardCharsets.UTF_8))) {
      header = parser.getHeaderNames();
    }
    Map<String, String> award =
        Map.of(
            "Company", "Hedgefog Research Inc",
            "Agency Tracking Number", "PLANTED-REVIEW-1",
            "Agency", "Department of Defense",
            "City", "Lake Forest",
            "State", "CA",
            "Zip", "92630");
    StringBuilder row = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(row, CSVFormat.RFC4180)) {
      printer.printRecord(header.stream().map(h -> award.getOrDefault(h, "")).toList());
    }
    append(inputs.awards(), row.toString());
    // recipient_lookup columns: id, recipient_hash, legal_business_name, duns, address_line_1,
    // address_line_2, business_types_codes, city, congressional_district, country_code,
    // parent_duns, parent_legal_business_name, state, zip4, zip5, alternate_names, source,
    // update_date, uei, parent_uei
    append(
        inputs.recipients(),
        "9999998,,\"HEDGEFOG RESEARCH, INC.\",,100 HARBOR BLVD,,{2X},SAN PEDRO,44,USA,,,CA,,90731,{},"
            + "sam,2024-01-02 00:00:00+00,HDGFGRS00001,\n");
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
