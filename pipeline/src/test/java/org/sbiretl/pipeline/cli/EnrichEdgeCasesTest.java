package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.config.ConfigLoader;
import org.sbiretl.pipeline.enrich.StagedOutput;
import org.sbiretl.pipeline.security.FileModes;

/**
 * enrich end to end on the Direct runner with tiny inputs (a few seconds each): the exit code, the
 * message and the report for inputs with nothing to match, and the candidates-per-award figures of
 * the blocking summary.
 */
class EnrichEdgeCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private CommandRun command;

  @BeforeEach
  void command() {
    command = new CommandRun(dir);
  }

  private int enrich(String awards, String... more) {
    return command.enrich(
        CommandRun.edge(awards), CommandRun.edge("recipients.csv"), dir.resolve("out"), more);
  }

  @Test
  void aRunCancelledByItsTimeoutFailsAndLeavesThePreviousOutputUntouched() throws Exception {
    assertThat(command.err(), enrich("awards-extremes.csv"), is(ExitCodes.OK));
    String before = Files.readString(dir.resolve("out/run-summary.json"));
    // 400 generated awards against 4,000 recipients take the Direct runner several seconds.
    Path generated = dir.resolve("generated");
    assertThat(
        command.run(
            "generate",
            "--awards",
            "400",
            "--recipients",
            "4000",
            "--seed",
            "3",
            "--output",
            generated.toString()),
        is(ExitCodes.OK));
    int code =
        command.enrich(
            generated.resolve("awards.csv"),
            generated.resolve("recipients.csv"),
            dir.resolve("out"),
            "--set",
            "timeout_seconds=1");
    assertThat(code, is(ExitCodes.RUN_FAILED));
    assertThat(command.err(), containsString("did not finish within timeout_seconds=1"));
    assertThat(Files.readString(dir.resolve("out/run-summary.json")), is(before));
    StagedOutput.requireComplete(dir.resolve("out"));
    try (java.util.stream.Stream<Path> left = Files.list(dir.resolve("out"))) {
      assertThat(
          left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".partial")).toList(),
          is(java.util.List.of()));
    }
  }

  @Test
  void aHeaderOnlyAwardsFileReportsNoDataAndSucceeds() throws Exception {
    int code = enrich("awards-header-only.csv");
    assertThat(command.err(), code, is(ExitCodes.OK));
    assertThat(command.out(), containsString("No data: the awards input has no rows."));
    assertThat(command.out(), containsString("no valid awards: match rate not applicable"));
    assertThat(command.err(), not(containsString("Exception")));
    String html = Files.readString(dir.resolve("out/report/quality-report.html"));
    assertThat(html, containsString("No data"));
    assertThat(
        candidatesPerAward(),
        equalTo(
            json("{\"count\":0,\"mean\":0.0,\"min\":0,\"max\":0,\"p50\":0,\"p90\":0,\"p99\":0}")));
  }

  @Test
  void aRunRefusedBecauseAnotherHoldsTheOutputLeavesThePreviousOutputUntouched() throws Exception {
    assertThat(command.err(), enrich("awards-extremes.csv"), is(ExitCodes.OK));
    String before = Files.readString(dir.resolve("out/run-summary.json"));
    try (StagedOutput other =
        StagedOutput.open(dir.resolve("out"), "other", FileModes.of(ConfigLoader.defaults()))) {
      assertThat(enrich("awards-header-only.csv"), is(ExitCodes.RUN_FAILED));
    }
    assertThat(command.err(), containsString("is in use by another run"));
    assertThat(command.err(), not(containsString("\tat ")));
    assertThat(Files.readString(dir.resolve("out/run-summary.json")), is(before));
    StagedOutput.requireComplete(dir.resolve("out"));
  }

  @Test
  void aFailedRunIsPushedAsFailedSoMonitoringDoesNotKeepShowingTheLastGoodOne() throws Exception {
    java.util.concurrent.atomic.AtomicReference<String> pushed =
        new java.util.concurrent.atomic.AtomicReference<>();
    com.sun.net.httpserver.HttpServer gateway =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/",
        exchange -> {
          pushed.set(new String(exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    gateway.start();
    try {
      int code =
          command.enrich(
              dir.resolve("no-such-awards.csv"),
              CommandRun.edge("recipients.csv"),
              dir.resolve("out"),
              "--set",
              "pushgateway.url=http://127.0.0.1:" + gateway.getAddress().getPort());
      assertThat(code, is(ExitCodes.RUN_FAILED));
    } finally {
      gateway.stop(0);
    }
    assertThat(pushed.get(), containsString("state=\"FAILED\"} 1"));
    assertThat(pushed.get(), containsString("sbir_etl_run_exit_code 1.0"));
  }

  @Test
  void invalidRowsOnlyFailTheErrorRateGate() throws Exception {
    int code = enrich("awards-invalid-only.csv");
    assertThat(code, is(ExitCodes.GATE_FAILED));
    assertThat(command.err(), containsString("quality gate error_rate failed"));
    assertThat(command.err(), not(containsString("data_quality failed")));
    assertThat(command.err(), not(containsString("match_rate failed")));
    assertThat(Files.readString(dir.resolve("out/run-summary.json")), containsString("\"gates\""));
  }

  @Test
  void theBlockingSummaryGivesPercentilesOfCandidatesPerAward() throws Exception {
    int code = enrich("awards-extremes.csv");
    assertThat(command.err(), code, is(ExitCodes.OK));
    // The run's metrics for node_exporter's textfile collector, beside the outputs.
    String prom = Files.readString(dir.resolve("out/metrics.prom"));
    assertThat(prom, containsString("state=\"DONE\"} 1"));
    assertThat(prom, containsString("sbir_etl_counter{name=\"awards.read\"} 4.0\n"));
    // Each of the four awards has exactly one recipient sharing its keys.
    assertThat(
        candidatesPerAward(),
        equalTo(
            json("{\"count\":4,\"mean\":1.0,\"min\":1,\"max\":1,\"p50\":1,\"p90\":1,\"p99\":1}")));
    assertThat(
        Files.readString(dir.resolve("out/_diagnostics/candidates-per-award.json")).strip(),
        is("{\"count\":4,\"p50\":1,\"p90\":1,\"p99\":1,\"max\":1}"));
  }

  @Test
  void aFailedGateAndAFailedRunRaiseAlerts() throws Exception {
    Path alerts = dir.resolve("alerts.jsonl");
    String alertsFile = "alerts.file=" + alerts;
    // No process fits in 1 MB: the memory gate, made an ERROR, fails.
    assertThat(
        enrich(
            "awards-extremes.csv",
            "--set",
            alertsFile,
            "--set",
            "memory_threshold_mb=1",
            "--set",
            "quality.severity.memory=ERROR"),
        is(ExitCodes.GATE_FAILED));
    assertThat(
        command.enrich(
            dir.resolve("missing.csv"),
            CommandRun.edge("recipients.csv"),
            dir.resolve("out"),
            "--set",
            alertsFile),
        is(ExitCodes.RUN_FAILED));
    java.util.List<String> lines = Files.readAllLines(alerts);
    assertThat(lines.size(), is(2));
    assertThat(JSON.readTree(lines.get(0)).get("kind").asText(), is("gate_failed"));
    assertThat(JSON.readTree(lines.get(0)).get("text").asText(), containsString("memory"));
    assertThat(JSON.readTree(lines.get(1)).get("kind").asText(), is("run_failed"));
    assertThat(JSON.readTree(lines.get(1)).get("text").asText(), containsString("missing.csv"));
  }

  @Test
  void theSummaryTimesEveryStageOfTheJob() throws Exception {
    assertThat(command.err(), enrich("awards-extremes.csv"), is(ExitCodes.OK));
    com.fasterxml.jackson.databind.JsonNode stages =
        JSON.readTree(dir.resolve("out/run-summary.json").toFile()).get("stages");
    java.util.List<String> names = new java.util.ArrayList<>();
    stages.fieldNames().forEachRemaining(names::add);
    assertThat(
        names,
        org.hamcrest.Matchers.hasItems(
            "read-awards",
            "read-recipients",
            "describe-awards",
            "count-recipient-keys",
            "estimate-model",
            "choose-keys",
            "score-candidates",
            "decide-links",
            "write-outputs",
            "check-each-award-once"));
    double previousStart = 0;
    for (String name : names) {
      com.fasterxml.jackson.databind.JsonNode stage = stages.get(name);
      assertThat(name, stage.get("end_s").asDouble() >= stage.get("start_s").asDouble(), is(true));
      // In the order they started, within the run.
      assertThat(name, stage.get("start_s").asDouble() >= previousStart, is(true));
      previousStart = stage.get("start_s").asDouble();
    }
  }

  private Object candidatesPerAward() throws Exception {
    Map<?, ?> summary =
        (Map<?, ?>) JSON.readValue(dir.resolve("out/run-summary.json").toFile(), Map.class);
    return ((Map<?, ?>) summary.get("blocking")).get("candidates_per_award");
  }

  private static Object json(String text) throws Exception {
    return JSON.readValue(text, Map.class);
  }
}
