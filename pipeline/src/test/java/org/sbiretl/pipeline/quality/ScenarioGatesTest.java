package org.sbiretl.pipeline.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.cli.CommandRun;
import org.sbiretl.pipeline.cli.ExitCodes;
import org.sbiretl.pipeline.generate.AwardFactory;
import org.sbiretl.pipeline.output.OutputDirs;
import org.sbiretl.pipeline.output.OutputTables;

/**
 * The reference scenarios (test resource scenarios/enrichment_scenarios.json, see its NOTICE) run
 * through the linker, and the linker's outcomes judged by the gates: every award and recipient of
 * the scenarios goes into one {@code enrich} run (Direct runner), each award's output table is read
 * back, and the gate inputs of a set of scenarios are what the linker made of them. So the good
 * scenarios pass the gates only if the linker matches them, and the bad ones fail only if it does
 * not.
 */
class ScenarioGatesTest {
  private static JsonNode scenarios;

  /** Company → the output table ({@code matched}, {@code review}, …) the linker put it in. */
  private static final Map<String, String> OUTCOMES = new HashMap<>();

  @BeforeAll
  static void linkEveryScenario(@TempDir Path dir) throws IOException {
    try (InputStream in =
        ScenarioGatesTest.class.getResourceAsStream("/scenarios/enrichment_scenarios.json")) {
      scenarios = new ObjectMapper().readTree(in);
    }
    List<String> awards = new ArrayList<>();
    awards.add(CSVFormat.DEFAULT.format(AwardFactory.COLUMNS.toArray()));
    List<String> recipients = new ArrayList<>(List.of("id,legal_business_name,uei,duns"));
    int id = 0;
    for (String section : List.of("good_scenarios", "bad_scenarios")) {
      for (JsonNode s : scenarios.get(section).get("scenarios")) {
        JsonNode company = s.get("sbir_company");
        Object[] row = new Object[AwardFactory.COLUMNS.size()];
        for (int i = 0; i < row.length; i++) {
          JsonNode v = company.get(AwardFactory.COLUMNS.get(i));
          row[i] = v == null ? "" : v.asText();
        }
        awards.add(CSVFormat.DEFAULT.format(row));
        JsonNode r = s.get("usaspending_recipient");
        if (r != null && !r.isNull()) {
          recipients.add(
              CSVFormat.DEFAULT.format(
                  ++id,
                  r.get("recipient_name").asText(),
                  r.get("recipient_uei").asText(),
                  r.get("recipient_duns").asText()));
        }
      }
    }
    Files.write(dir.resolve("awards.csv"), awards);
    Files.write(dir.resolve("recipients.csv"), recipients);
    int code =
        new CommandRun(dir)
            .enrich(
                dir.resolve("awards.csv"),
                dir.resolve("recipients.csv"),
                dir.resolve("out"),
                "--format",
                "csv");
    // Exit 2: the mix of scenarios fails the match-rate gate, as it should (below).
    assertThat(code, is(oneOf(ExitCodes.OK, ExitCodes.GATE_FAILED)));
    for (String table :
        List.of(OutputTables.MATCHED, OutputTables.REVIEW, OutputTables.UNMATCHED)) {
      for (CSVRecord rec : OutputDirs.rows(dir.resolve("out").resolve(table))) {
        OUTCOMES.put(rec.get("company"), table);
      }
    }
  }

  private static JsonNode scenario(String id) {
    for (String section : List.of("good_scenarios", "bad_scenarios")) {
      for (JsonNode s : scenarios.get(section).get("scenarios")) {
        if (s.get("id").asText().equals(id)) {
          return s;
        }
      }
    }
    throw new AssertionError("no scenario " + id);
  }

  /** Gate inputs for a run of the given scenarios, one award each, as the linker decided them. */
  private static GateInputs run(List<JsonNode> awards) {
    long matched = 0;
    long review = 0;
    for (JsonNode s : awards) {
      String company = s.get("sbir_company").get("Company").asText();
      String table = OUTCOMES.get(company);
      assertThat("no output row for " + company, table != null, is(true));
      if (table.equals(OutputTables.MATCHED)) {
        matched++;
      } else if (table.equals(OutputTables.REVIEW)) {
        review++;
      }
    }
    long n = awards.size();
    return QualityGatesTest.conserved(
        n, n, matched, review, n - matched - review, 0, QualityGatesTest.complete(matched));
  }

  private static List<String> ids(String key) {
    List<String> ids = new ArrayList<>();
    scenarios.get("quality_gate_thresholds").get(key).forEach(x -> ids.add(x.asText()));
    return ids;
  }

  private static GateSettings settings() {
    double threshold =
        scenarios.get("quality_gate_thresholds").get("match_rate_threshold").asDouble();
    GateSettings d = QualityGatesTest.DEFAULTS;
    return new GateSettings(
        threshold,
        d.completenessThreshold(),
        d.dataQualityThreshold(),
        d.errorRateThreshold(),
        d.severities(),
        d.spotCheckSampleSize(),
        d.memoryThresholdMb());
  }

  @Test
  void everyGoodScenarioPassesTheGates() {
    List<String> good = ids("scenarios_meeting_threshold");
    assertThat(good, hasSize(5));
    for (String id : good) {
      GateReport r = QualityGates.evaluate(run(List.of(scenario(id))), settings());
      assertThat(id + " " + r, r.passed(), is(true));
    }
    List<JsonNode> all = good.stream().map(ScenarioGatesTest::scenario).toList();
    assertThat(QualityGates.evaluate(run(all), settings()).passed(), is(true));
  }

  @Test
  void everyBadScenarioFailsTheMatchRateGate() {
    List<String> bad = ids("scenarios_failing_threshold");
    assertThat(bad, hasSize(6));
    for (String id : bad) {
      GateReport r = QualityGates.evaluate(run(List.of(scenario(id))), settings());
      assertThat(
          id, r.failing().stream().map(GateResult::name).toList(), is(List.of("match_rate")));
    }
    List<JsonNode> all = bad.stream().map(ScenarioGatesTest::scenario).toList();
    assertThat(QualityGates.evaluate(run(all), settings()).passed(), is(false));
  }

  @Test
  void aMixOfFiveGoodAndSixBadFallsBelowSeventyPercent() {
    List<JsonNode> all = new ArrayList<>();
    ids("scenarios_meeting_threshold").forEach(id -> all.add(scenario(id)));
    ids("scenarios_failing_threshold").forEach(id -> all.add(scenario(id)));
    GateReport r = QualityGates.evaluate(run(all), settings());
    assertThat(r.gates().get(0).value(), is(5.0 / 11));
    assertThat(r.passed(), is(false));
  }
}
