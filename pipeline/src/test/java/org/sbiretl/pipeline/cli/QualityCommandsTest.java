package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.enrich.StagedOutput;
import org.sbiretl.pipeline.output.OutputDirs;

/** validate-quality and evaluate over a hand-made output directory: no pipeline needed. */
class QualityCommandsTest {
  @TempDir Path dir;
  private CommandRun command;

  @BeforeEach
  void outputs() throws IOException {
    command = new CommandRun(dir);
    OutputDirs.table(
        dir,
        "matched",
        OutputDirs.LINK_COLUMNS,
        List.of(
            OutputDirs.linked(
                "a1",
                "Acme",
                "DOD",
                "I",
                "T1",
                "2020",
                "100",
                "AAAAAAAAAAAA",
                "",
                "5",
                "uei-exact",
                "",
                "1.0",
                "AAAAAAAAAAAA",
                "ACME"),
            OutputDirs.linked(
                "a2",
                "Beta",
                "DOD",
                "I",
                "T2",
                "1983",
                "1000000000",
                "",
                "",
                "",
                "name-probabilistic",
                "",
                "0.95",
                "BBBBBBBBBBBB",
                "BETA")));
    OutputDirs.table(
        dir,
        "unmatched",
        OutputDirs.LINK_COLUMNS,
        List.of(
            OutputDirs.linked(
                "a3",
                "Gamma",
                "DOD",
                "I",
                "T3",
                "2020",
                "1",
                "",
                "",
                "",
                "",
                "no-candidate",
                "",
                "",
                "")));
    Files.writeString(
        dir.resolve("truth.csv"),
        "agency_tracking_number,expected_uei\nT1,AAAAAAAAAAAA\nT2,BBBBBBBBBBBB\nT3,\n");
    writeSummary(0.60);
    Files.writeString(dir.resolve(StagedOutput.SUCCESS_MARKER), "{}");
  }

  private void writeSummary(double matchRateThreshold) throws IOException {
    Map<String, Object> severity = new LinkedHashMap<>();
    for (String g : List.of("match_rate", "completeness", "data_quality", "conservation")) {
      severity.put(g, "ERROR");
    }
    severity.put("error_rate", "WARN");
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("output_dir", dir.toString());
    summary.put(
        "counts",
        Map.of(
            "awards_read",
            3,
            "awards_valid",
            3,
            "matched",
            2,
            "review",
            0,
            "unmatched",
            1,
            "errors",
            0));
    summary.put(
        "config",
        Map.of(
            "match_rate_threshold",
            matchRateThreshold,
            "quality",
            Map.of(
                "completeness_threshold",
                0.95,
                "data_quality_threshold",
                0.95,
                "error_rate_threshold",
                0.05,
                "spot_check_sample_size",
                50,
                "severity",
                severity)));
    summary.put(
        "counters",
        Map.of(
            "awards.read",
            3,
            "awards.valid",
            3,
            "output.matched",
            2,
            "output.unmatched",
            1,
            "conservation.awards-once",
            3));
    new ObjectMapper().writeValue(dir.resolve("run-summary.json").toFile(), summary);
  }

  private int run(String... args) {
    return command.run(args);
  }

  @Test
  void validateQualityWritesTheReportAndPassesAHealthyRun() throws IOException {
    Path html = dir.resolve("r/report.html");
    int code =
        run(
            "validate-quality",
            "--enriched",
            dir.toString(),
            "--output",
            html.toString(),
            "--json",
            dir.resolve("r/report.json").toString(),
            "--truth",
            dir.resolve("truth.csv").toString());
    assertThat(command.err(), code, is(ExitCodes.OK));
    String page = Files.readString(html);
    assertThat(page, containsString("<b id=\"matched-count\">2</b>"));
    assertThat(page, containsString("Precision and recall"));
    assertThat(command.out(), containsString("match_rate"));
    assertThat(Files.readString(dir.resolve("r/report.json")), containsString("\"evaluation\""));
  }

  @Test
  void validateQualityExitsTwoNamingTheFailedGate() throws IOException {
    writeSummary(0.99);
    int code =
        run(
            "validate-quality",
            "--enriched",
            dir.toString(),
            "--output",
            dir.resolve("report.html").toString());
    assertThat(code, is(ExitCodes.GATE_FAILED));
    assertThat(command.err(), containsString("quality gate match_rate failed"));
  }

  @Test
  void evaluatePrintsPrecisionAndRecall() {
    int code =
        run(
            "evaluate",
            "--enriched",
            dir.toString(),
            "--truth",
            dir.resolve("truth.csv").toString(),
            "--json",
            dir.resolve("e.json").toString());
    assertThat(command.err(), code, is(ExitCodes.OK));
    assertThat(command.out(), matchesPattern("(?s).*\\nall +2 +2 +0 +0 +100\\.00% +100\\.00%.*"));
    assertThat(command.out(), containsString("Blocking pair completeness: not recorded"));
    assertThat(Files.exists(dir.resolve("e.json")), is(true));
  }

  @Test
  void aMissingTruthFileIsOneLineNotAStackTrace() {
    int code = run("evaluate", "--enriched", dir.toString(), "--truth", "nope.csv");
    assertThat(code, is(ExitCodes.RUN_FAILED));
    assertThat(command.err(), containsString("truth file not found: nope.csv"));
    assertThat(command.err(), not(containsString("\tat ")));
  }

  @Test
  void validateQualityOnADirectoryWithoutASummarySaysSo() {
    int code =
        run(
            "validate-quality",
            "--enriched",
            dir.resolve("missing").toString(),
            "--output",
            dir.resolve("x.html").toString());
    assertThat(code, is(ExitCodes.RUN_FAILED));
    assertThat(command.err(), containsString("output directory not found"));
  }

  @Test
  void anOutputWithoutItsSuccessMarkerIsRefusedByBothCommands() throws IOException {
    Files.delete(dir.resolve(StagedOutput.SUCCESS_MARKER));
    String[][] commands = {
      {
        "validate-quality",
        "--enriched",
        dir.toString(),
        "--output",
        dir.resolve("x.html").toString()
      },
      {"evaluate", "--enriched", dir.toString(), "--truth", dir.resolve("truth.csv").toString()}
    };
    for (String[] args : commands) {
      assertThat(run(args), is(ExitCodes.RUN_FAILED));
      assertThat(command.err(), containsString("is not a complete enrich output (no _SUCCESS"));
    }
    assertThat(Files.exists(dir.resolve("x.html")), is(false));
  }
}
