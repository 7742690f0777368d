package org.sbiretl.pipeline.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The histogram shows a single review row beside 100,000 matches, and marks the thresholds. */
class HistogramSvgTest {
  private static final Pattern BAR =
      Pattern.compile("height=\"([0-9.]+)\" fill=\"[^\"]+\"><title>([a-z]+) ([0-9.]+)&ndash;");

  private static Map<String, Object> histogram() {
    List<Map<String, Object>> bins = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("from", i / 20.0);
      b.put("to", (i + 1) / 20.0);
      b.put("matched", i == 19 ? 100_000L : 0L);
      b.put("review", i == 12 ? 1L : 0L);
      b.put("unmatched", i == 2 ? 30L : 0L);
      bins.add(b);
    }
    return Map.of(
        "bins",
        bins,
        "no_probability",
        Map.of(),
        "thresholds",
        Map.of("review", 0.5, "match", 0.9));
  }

  private static Map<String, Double> barHeights(String svg) {
    Map<String, Double> heights = new LinkedHashMap<>();
    Matcher m = BAR.matcher(svg);
    while (m.find()) {
      heights.put(m.group(2) + " " + m.group(3), Double.parseDouble(m.group(1)));
    }
    return heights;
  }

  @Test
  void aSingleReviewRowIsAVisibleBarOnTheLogScale() {
    StringBuilder o = new StringBuilder();
    HistogramSvg.render(o, histogram());
    Map<String, Double> heights = barHeights(o.toString());

    assertThat(
        heights.keySet(), is(java.util.Set.of("matched 0.95", "review 0.6", "unmatched 0.1")));
    double full = heights.get("matched 0.95");
    // log10(2) / log10(100,001) of the plot: about 6 %, where a linear scale gives 0.001 %.
    assertThat(heights.get("review 0.6"), greaterThan(full * 0.05));
    assertThat(heights.get("unmatched 0.1"), greaterThan(heights.get("review 0.6")));
    assertThat(o.toString(), containsString(">100,000</text>"));
  }

  @Test
  void thresholdsAreMarkedWhereTheyCutTheProbabilityAxis() {
    StringBuilder o = new StringBuilder();
    HistogramSvg.render(o, histogram());
    String svg = o.toString();
    // The axis runs from x=60 to x=890: 0.5 at 475, 0.9 at 807.
    assertThat(svg, containsString("class=\"threshold\" x1=\"475.0\""));
    assertThat(svg, containsString("class=\"threshold\" x1=\"807.0\""));
    assertThat(svg, containsString("review &#8805; 0.5"));
    assertThat(svg, containsString("match &#8805; 0.9"));
  }

  @Test
  void ticksArePowersOfTenUpToTheLargestCount() {
    assertThat(HistogramSvg.tickAbove(1), is(1L));
    assertThat(HistogramSvg.tickAbove(7), is(10L));
    assertThat(HistogramSvg.tickAbove(100_000), is(100_000L));
    assertThat(HistogramSvg.tickAbove(100_001), is(1_000_000L));
  }
}
