package org.sbiretl.pipeline.monitoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sbiretl.pipeline.enrich.EnrichAwards;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.quality.CounterNames;
import org.sbiretl.transforms.record.ErrorReason;

/**
 * The Grafana dashboard (runners/grafana/sbir-etl.json) queries only metrics a run pushes, its
 * counter selectors match the counters the job writes, and it has a panel for each thing an
 * operator watches.
 */
class GrafanaDashboardTest {
  private static final Pattern METRIC = Pattern.compile("\\bsbir_etl_[a-z_]+");
  private static final Pattern NAME_REGEX = Pattern.compile("name=~\"([^\"]+)\"");

  private static JsonNode dashboard() throws IOException {
    return new ObjectMapper()
        .readTree(Path.of("..", "runners", "grafana", "sbir-etl.json").toFile());
  }

  private static List<String> expressions() throws IOException {
    List<String> exprs = new ArrayList<>();
    for (JsonNode panel : dashboard().path("panels")) {
      assertThat(panel.path("title").asText(), panel.path("targets").size() > 0, is(true));
      panel.path("targets").forEach(t -> exprs.add(t.path("expr").asText()));
    }
    return exprs;
  }

  @Test
  void queriesOnlyMetricsThatARunPushes() throws IOException {
    Set<String> pushed =
        Set.of(
            PushgatewayPublisher.COUNTER_METRIC,
            PushgatewayPublisher.TIMESTAMP_METRIC,
            PushgatewayPublisher.DURATION_METRIC,
            PushgatewayPublisher.INFO_METRIC + "_info",
            PushgatewayPublisher.EXIT_CODE_METRIC,
            PushgatewayPublisher.GATE_VALUE_METRIC,
            PushgatewayPublisher.GATE_STATUS_METRIC,
            PushgatewayPublisher.GATE_THRESHOLD_METRIC,
            PushgatewayPublisher.PEAK_RSS_METRIC);
    List<String> unknown = new ArrayList<>();
    for (String expr : expressions()) {
      Matcher m = METRIC.matcher(expr);
      while (m.find()) {
        if (!pushed.contains(m.group())) {
          unknown.add(m.group() + " in " + expr);
        }
      }
    }
    assertThat(String.join("\n", unknown), unknown, is(empty()));
  }

  @Test
  void counterSelectorsMatchTheCountersTheJobWrites() throws IOException {
    List<String> written = new ArrayList<>();
    for (String table : OutputTables.ALL) {
      written.add(CounterNames.output(table));
    }
    written.add(CounterNames.output(EnrichAwards.RECIPIENT_ERRORS));
    for (ErrorReason reason : ErrorReason.values()) {
      written.add("errors." + reason.code());
      written.add("recipients.errors." + reason.code());
    }
    List<String> unmatched = new ArrayList<>(written);
    for (String expr : expressions()) {
      Matcher m = NAME_REGEX.matcher(expr);
      while (m.find()) {
        // PromQL regexes are anchored and written with escaped dots inside a JSON string.
        Pattern selector = Pattern.compile(m.group(1).replace("\\\\", "\\"));
        unmatched.removeIf(name -> selector.matcher(name).matches());
      }
    }
    assertThat("counters no panel shows: " + unmatched, unmatched, is(empty()));
  }

  @Test
  void hasAPanelForEachThingAnOperatorWatches() throws IOException {
    List<String> titles = new ArrayList<>();
    dashboard().path("panels").forEach(p -> titles.add(p.path("title").asText()));
    assertThat(
        titles,
        hasItems(
            "Last run",
            "Match rate",
            "Last success",
            "Duration of the last run",
            "Quality gates",
            "Outputs per run",
            "Errors by reason",
            "Peak memory"));
  }
}
