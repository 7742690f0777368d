package org.sbiretl.pipeline.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.output.OutputDirs;
import org.sbiretl.pipeline.quality.Completeness;
import org.sbiretl.pipeline.quality.GateInputs;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.QualityGates;

class ReportBuilderTest {
  @TempDir Path dir;
  private Map<String, Object> summary;
  private GateReport gates;

  @BeforeEach
  void outputs() throws IOException {
    List<String> cols = OutputDirs.LINK_COLUMNS;
    OutputDirs.table(
        dir,
        "matched",
        cols,
        List.of(
            OutputDirs.linked(
                "a1",
                "Acme",
                "DOD",
                "I",
                "T1",
                "2020",
                "100000",
                "AAAAAAAAAAAA",
                "123456789",
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
                "II",
                "T2",
                "2021",
                "750000",
                "",
                "987654321",
                "40",
                "duns-exact",
                "",
                "0.99",
                "BBBBBBBBBBBB",
                "BETA"),
            OutputDirs.linked(
                "a3",
                "Gamma",
                "NASA",
                "I",
                "T3",
                "2021",
                "150000",
                "",
                "",
                "",
                "name-probabilistic",
                "",
                "0.93",
                "CCCCCCCCCCCC",
                "GAMMA INC")));
    OutputDirs.table(
        dir,
        "review",
        cols,
        List.of(
            OutputDirs.linked(
                "r1",
                "Delta",
                "NASA",
                "II",
                "T4",
                "2021",
                "500000",
                "",
                "",
                "600",
                "",
                "between-thresholds",
                "0.72",
                "DDDDDDDDDDDD",
                "DELTA LLC")));
    OutputDirs.table(
        dir,
        "unmatched",
        cols,
        List.of(
            OutputDirs.linked(
                "u1",
                "Eps",
                "DOE",
                "I",
                "T5",
                "2019",
                "100",
                "",
                "",
                "3",
                "",
                "below-threshold",
                "0.02",
                "EEEEEEEEEEEE",
                "EPSILON"),
            OutputDirs.linked(
                "u2",
                "Zeta",
                "DOE",
                "I",
                "T6",
                "1983",
                "1000000000",
                "",
                "",
                "",
                "",
                "no-candidate",
                "",
                "",
                "")));
    summary = new LinkedHashMap<>();
    summary.put("output_dir", dir.toString());
    summary.put("runner", "flink");
    summary.put("run_id", "20261202-071500-ab12");
    summary.put(
        "counts",
        Map.of(
            "awards_read",
            6,
            "awards_valid",
            6,
            "matched",
            3,
            "review",
            1,
            "unmatched",
            2,
            "errors",
            0));
    summary.put(
        "blocking", Map.of("pruned_keys_busiest", List.of(Map.of("key", "t:inc", "size", 900))));
    gates =
        QualityGates.evaluate(
            new GateInputs(
                6,
                6,
                6,
                3,
                1,
                2,
                0,
                Completeness.ofMatched(dir),
                new GateInputs.ById(6, 0, 0, 0),
                GateInputs.UNKNOWN),
            QualityGatesDefaults.settings());
  }

  private Map<String, Object> build(int spotSize) throws IOException {
    return ReportBuilder.build(dir, summary, gates, spotSize, 42L, null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> row(Object rows, String key) {
    for (Object r : (List<Object>) rows) {
      if (((Map<String, Object>) r).get("key").equals(key)) {
        return (Map<String, Object>) r;
      }
    }
    throw new AssertionError("no " + key + " in " + rows);
  }

  @Test
  void totalsMatchRateAndGates() throws IOException {
    Map<String, Object> r = build(50);
    assertThat(r.get("match_rate"), equalTo(0.5));
    assertThat(r.get("no_data"), is(false));
    assertThat((List<?>) r.get("gates"), hasSize(6));
    // The hand-made matched rows have every required field except an identifier on none: complete.
    assertThat(gates.gates().get(1).value(), equalTo(1.0));
  }

  @Test
  void breakdownsCountAwardsAndMatches() throws IOException {
    Map<?, ?> b = (Map<?, ?>) build(50).get("breakdowns");
    assertThat(row(b.get("phase"), "I").get("count"), equalTo(4L));
    assertThat(row(b.get("phase"), "I").get("matched"), equalTo(2L));
    assertThat(row(b.get("phase"), "I").get("match_rate"), equalTo(0.5));
    assertThat(row(b.get("company_size"), "1-10").get("count"), equalTo(2L));
    assertThat(row(b.get("company_size"), "11-50").get("matched"), equalTo(1L));
    assertThat(row(b.get("company_size"), "500+").get("count"), equalTo(1L));
    assertThat(row(b.get("company_size"), "unknown").get("count"), equalTo(2L));
    assertThat(row(b.get("identifier_type"), "both").get("matched"), equalTo(1L));
    assertThat(row(b.get("identifier_type"), "DUNS only").get("matched"), equalTo(1L));
    assertThat(row(b.get("identifier_type"), "neither").get("count"), equalTo(4L));
    assertThat(row(b.get("agency"), "DOE").get("match_rate"), equalTo(0.0));
    assertThat(row(b.get("award_year"), "1983").get("count"), equalTo(1L));
    assertThat(row(b.get("match_method"), "(unmatched)").get("count"), equalTo(2L));
  }

  @Test
  void histogramReasonsLargestUnmatchedAndReviewSample() throws IOException {
    Map<String, Object> r = build(50);
    Map<?, ?> h = (Map<?, ?>) r.get("match_probability_histogram");
    List<?> bins = (List<?>) h.get("bins");
    assertThat(((Map<?, ?>) bins.get(19)).get("matched"), equalTo(2L)); // 1.0 and 0.99
    assertThat(((Map<?, ?>) bins.get(18)).get("matched"), equalTo(1L)); // 0.93
    assertThat(((Map<?, ?>) bins.get(14)).get("review"), equalTo(1L)); // 0.72
    assertThat(((Map<?, ?>) h.get("no_probability")).get("unmatched"), equalTo(1L));
    // No configuration in the summary: no thresholds to mark.
    assertThat(h.get("thresholds"), equalTo(Map.of()));
    summary.put("config", Map.of("matching", Map.of("low_threshold", 0.5, "high_threshold", 0.9)));
    assertThat(
        ((Map<?, ?>) build(50).get("match_probability_histogram")).get("thresholds"),
        equalTo(Map.of("review", 0.5, "match", 0.9)));
    assertThat(
        r.get("unmatched_reasons"), equalTo(Map.of("below-threshold", 1L, "no-candidate", 1L)));
    List<?> largest = (List<?>) r.get("largest_unmatched");
    assertThat(((Map<?, ?>) largest.get(0)).get("award_amount"), equalTo(1.0e9));
    assertThat(((Map<?, ?>) largest.get(1)).get("award_amount"), equalTo(100.0));
    Map<?, ?> review = (Map<?, ?>) ((List<?>) r.get("review_sample")).get(0);
    assertThat(review.get("explanation").toString(), containsString("name exact +13.80"));
    assertThat(((List<?>) review.get("candidates")), hasSize(1));
    assertThat(
        r.get("busiest_blocking_keys"), equalTo(List.of(Map.of("key", "t:inc", "size", 900))));
    assertThat(r.get("evaluation"), nullValue());
  }

  @Test
  void spotCheckTakesUpToTheSampleSizePerMethodAndWritesAVerdictColumn() throws IOException {
    Map<String, Object> r = build(1);
    List<?> rows = (List<?>) ((Map<?, ?>) r.get("spot_check")).get("rows");
    List<Object> methods = new ArrayList<>();
    rows.forEach(x -> methods.add(((Map<?, ?>) x).get("match_method")));
    assertThat(methods, contains("duns-exact", "name-probabilistic", "uei-exact"));
    Map<?, ?> first = (Map<?, ?>) rows.get(0);
    assertThat(first.get("award_address"), equalTo("1 Main St, Dayton, OH, 45426"));
    assertThat(first.get("recipient_address"), equalTo("1 MAIN ST, DAYTON, OH, 45426"));

    Path csv = dir.resolve("report/spot-check.csv");
    QualityReport.writeSpotCheckCsv(r, csv);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0), containsString("explanation,reviewer_verdict"));
    assertThat(lines, hasSize(4));
    assertThat(lines.get(1), containsString("duns-exact,a2,T2,Beta,BETA"));
  }

  @Test
  void htmlShowsTheKeyNumbersWithoutExternalResources() throws IOException {
    String html = HtmlReport.render(build(50));
    assertThat(html, containsString("<b id=\"matched-count\">3</b>"));
    assertThat(html, containsString("<b id=\"match-rate\">50.00%</b>"));
    assertThat(html, containsString("<svg"));
    assertThat(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"), is(false));
    assertThat(html.contains("https://"), is(false));
    assertThat(html.contains("<script"), is(false));
    // The header names the run; the banner names the gate that failed (3 of 6 matched < 70 %).
    assertThat(html, containsString("run 20261202-071500-ab12, started"));
    assertThat(html, containsString("Failed (severity ERROR): match_rate</div>"));
    // Contents with anchors; the long spot-check sheet starts collapsed.
    assertThat(html, containsString("<li><a href=\"#s-quality-gates\">Quality gates</a></li>"));
    assertThat(html, containsString("<h2 id=\"s-quality-gates\">Quality gates</h2>"));
    assertThat(html.indexOf("<nav class=\"contents\">"), is(lessThan(html.indexOf("<h2"))));
    assertThat(html, containsString("<details><summary><h2 id=\"s-spot-check-sheet\">"));
    // Reason codes are explained where they are counted.
    assertThat(
        html,
        containsString(
            "<td>no-candidate</td><td class=\"n\">1</td><td>No recipient shared any blocking"));
  }

  @Test
  void anEmptyOutputSaysNoData() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Map<String, Object> s = new LinkedHashMap<>(summary);
    s.put("counts", Map.of("awards_read", 0, "awards_valid", 0, "matched", 0));
    Map<String, Object> r = ReportBuilder.build(empty, s, gates, 50, 42L, null);
    assertThat(r.get("no_data"), is(true));
    assertThat(r.get("match_rate"), nullValue());
    String html = HtmlReport.render(r);
    assertThat(html, containsString("No data"));
    assertThat(html, containsString("n/a (no valid awards)"));
  }
}
