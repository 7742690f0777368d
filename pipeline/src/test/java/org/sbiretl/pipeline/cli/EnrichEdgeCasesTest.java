package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * enrich end to end on the Direct runner with tiny inputs (a few seconds each): the exit code, the
 * message and the report for inputs with nothing to match.
 */
class EnrichEdgeCasesTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int enrich(String awards) {
    picocli.CommandLine cmd = SbirEtlCommand.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(
        "enrich",
        "--runner",
        "direct",
        "--awards",
        resource(awards),
        "--recipients",
        resource("recipients.csv"),
        "--output",
        dir.resolve("out").toString(),
        "--set",
        "logging.file=" + dir.resolve("log/sbir-etl.log"));
  }

  private static String resource(String name) {
    return Path.of("src/test/resources/edge", name).toAbsolutePath().toString();
  }

  @Test
  void aHeaderOnlyAwardsFileReportsNoDataAndSucceeds() throws Exception {
    int code = enrich("awards-header-only.csv");
    assertThat(err.toString(), code, is(ExitCodes.OK));
    assertThat(out.toString(), containsString("No data: the awards input has no rows."));
    assertThat(out.toString(), containsString("no valid awards: match rate not applicable"));
    assertThat(err.toString(), not(containsString("Exception")));
    String html = Files.readString(dir.resolve("out/report/quality-report.html"));
    assertThat(html, containsString("No data"));
  }

  @Test
  void invalidRowsOnlyFailTheDataQualityGate() throws Exception {
    int code = enrich("awards-invalid-only.csv");
    assertThat(code, is(ExitCodes.GATE_FAILED));
    assertThat(err.toString(), containsString("quality gate data_quality failed"));
    assertThat(err.toString(), not(containsString("match_rate failed")));
    assertThat(Files.readString(dir.resolve("out/run-summary.json")), containsString("\"gates\""));
  }
}
