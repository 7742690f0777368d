package org.sbiretl.pipeline.output;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes hand-made output tables ({@code DIR/<table>/part-00000-of-00001.csv}) for tests. */
public final class OutputDirs {
  /** The link columns the report and the evaluation read, plus a few award columns. */
  public static final List<String> LINK_COLUMNS =
      List.of(
          "award_id",
          "company",
          "agency",
          "phase",
          "agency_tracking_number",
          "award_year",
          "award_amount",
          "uei",
          "duns",
          "number_employees",
          "address1",
          "city",
          "state",
          "zip",
          "match_method",
          "reason",
          "match_flags",
          "match_probability",
          "second_best_probability",
          "candidate_count",
          "match_explanation",
          "candidates",
          "recipient_uei",
          "recipient_duns",
          "recipient_name",
          "recipient_address_line_1",
          "recipient_city",
          "recipient_state",
          "recipient_zip5");

  private OutputDirs() {}

  /** One table; each row lists values in {@code columns} order, "" for empty. */
  public static void table(Path dir, String table, List<String> columns, List<List<String>> rows)
      throws IOException {
    Path t = Files.createDirectories(dir.resolve(table));
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).build())) {
      for (List<String> row : rows) {
        csv.printRecord(row);
      }
    }
    Files.writeString(t.resolve("part-00000-of-00001.csv"), out.toString(), StandardCharsets.UTF_8);
  }

  /** Every row of a table written as CSV ({@code DIR/<table>/*.csv}); none when it is absent. */
  public static List<org.apache.commons.csv.CSVRecord> rows(Path table) throws IOException {
    List<org.apache.commons.csv.CSVRecord> out = new java.util.ArrayList<>();
    if (!Files.isDirectory(table)) {
      return out;
    }
    try (java.util.stream.Stream<Path> parts = Files.list(table)) {
      for (Path part : parts.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        try (java.io.Reader reader = Files.newBufferedReader(part)) {
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(reader)
              .forEach(out::add);
        }
      }
    }
    return out;
  }

  /**
   * A linked row: award id, company, agency, phase, tracking number, year, amount, uei, duns,
   * employees, method, reason, probability, recipient uei and name; other columns get plausible
   * fixed values.
   */
  public static List<String> linked(
      String id,
      String company,
      String agency,
      String phase,
      String atn,
      String year,
      String amount,
      String uei,
      String duns,
      String employees,
      String method,
      String reason,
      String probability,
      String recipientUei,
      String recipientName) {
    String explanation =
        "{\"name\":{\"level\":\"exact\",\"weight\":13.8},\"location\":{\"level\":\"same-zip5\","
            + "\"weight\":12.7},\"probability\":"
            + (probability.isEmpty() ? "0" : probability)
            + "}";
    return List.of(
        id,
        company,
        agency,
        phase,
        atn,
        year,
        amount,
        uei,
        duns,
        employees,
        "1 Main St",
        "Dayton",
        "OH",
        "45426",
        method,
        reason,
        "",
        probability,
        "",
        "3",
        probability.isEmpty() ? "" : explanation,
        reason.isEmpty()
            ? ""
            : "[{\"name\":\""
                + recipientName
                + "\",\"uei\":\""
                + recipientUei
                + "\",\"probability\":"
                + probability
                + ",\"explanation\":"
                + explanation
                + "}]",
        recipientUei,
        "",
        recipientName,
        "1 MAIN ST",
        "DAYTON",
        method.isEmpty() ? "" : "OH",
        "45426");
  }
}
