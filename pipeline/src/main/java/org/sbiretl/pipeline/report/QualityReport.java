package org.sbiretl.pipeline.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sbiretl.pipeline.output.SpreadsheetSafe;

/** Writes a built report: the HTML page, the JSON it was rendered from, and the spot-check CSV. */
public final class QualityReport {
  public static final String HTML = "quality-report.html";
  public static final String JSON_FILE = "quality-report.json";
  public static final String SPOT_CHECK_CSV = "spot-check.csv";

  /** Columns of the spot-check CSV; reviewers fill in the last one. */
  public static final List<String> SPOT_CHECK_COLUMNS =
      List.of(
          "match_method",
          "award_id",
          "agency_tracking_number",
          "award_company",
          "recipient_name",
          "award_address",
          "recipient_address",
          "award_uei",
          "recipient_uei",
          "match_probability",
          "match_flags",
          "explanation",
          "reviewer_verdict");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private QualityReport() {}

  public static void writeHtml(Map<String, Object> report, Path file) throws IOException {
    createParent(file);
    Files.writeString(file, HtmlReport.render(report), StandardCharsets.UTF_8);
  }

  public static void writeJson(Map<String, Object> report, Path file) throws IOException {
    createParent(file);
    JSON.writeValue(file.toFile(), report);
  }

  public static void writeSpotCheckCsv(Map<String, Object> report, Path file) throws IOException {
    createParent(file);
    List<?> rows = (List<?>) ((Map<?, ?>) report.get("spot_check")).get("rows");
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(SPOT_CHECK_COLUMNS.toArray(String[]::new)).build();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, format)) {
      for (Object x : rows) {
        Map<?, ?> row = (Map<?, ?>) x;
        for (String c : SPOT_CHECK_COLUMNS) {
          csv.print(c.equals("reviewer_verdict") ? "" : SpreadsheetSafe.escape(row.get(c)));
        }
        csv.println();
      }
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
