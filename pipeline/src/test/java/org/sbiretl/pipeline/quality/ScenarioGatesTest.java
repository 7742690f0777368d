package org.sbiretl.pipeline.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference scenarios (test resource scenarios/enrichment_scenarios.json, see its NOTICE) as
 * gate inputs: each scenario is an award whose expected outcome is a match when it names a match
 * method with a confidence at or above the high threshold (0.90), a review when it names a method
 * below it, and unmatched otherwise.
 */
class ScenarioGatesTest {
  private static final double HIGH_THRESHOLD = 0.90;
  private static JsonNode scenarios;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        ScenarioGatesTest.class.getResourceAsStream("/scenarios/enrichment_scenarios.json")) {
      scenarios = new ObjectMapper().readTree(in);
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

  /** Gate inputs for a run of the given scenarios, one award each. */
  private static GateInputs run(List<JsonNode> awards) {
    long matched = 0;
    long review = 0;
    for (JsonNode s : awards) {
      boolean hasMethod = !s.get("expected_match_method").isNull();
      double confidence = s.get("expected_confidence").asDouble() / 100.0;
      if (hasMethod && confidence >= HIGH_THRESHOLD) {
        matched++;
      } else if (hasMethod) {
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
