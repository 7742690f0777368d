package org.sbiretl.pipeline.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sbiretl.pipeline.output.OutputReader.OutputRow;

class SpotCheckSamplerTest {
  private static List<OutputRow> rows(int n) {
    List<OutputRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new OutputRow(Map.of("award_id", "award-" + i)));
    }
    return rows;
  }

  private static List<String> sample(List<OutputRow> rows, int size, long seed) {
    SpotCheckSampler s = new SpotCheckSampler(size, seed);
    rows.forEach(r -> s.offer("uei-exact", r));
    return s.sample().get("uei-exact").stream().map(r -> r.text("award_id")).toList();
  }

  @Test
  void theSampleDependsOnTheSeedNotOnTheReadingOrder() {
    List<OutputRow> rows = rows(500);
    List<String> first = sample(rows, 50, 42);
    List<OutputRow> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(sample(shuffled, 50, 42), equalTo(first));
    assertThat(first, hasSize(50));
    assertThat(sample(rows, 50, 43), not(equalTo(first)));
  }

  @Test
  void smallMethodsAreTakenWholeAndSizeZeroTakesNothing() {
    assertThat(sample(rows(7), 50, 42), hasSize(7));
    SpotCheckSampler none = new SpotCheckSampler(0, 42);
    rows(5).forEach(r -> none.offer("uei-exact", r));
    assertThat(none.sample().isEmpty(), equalTo(true));
  }
}
