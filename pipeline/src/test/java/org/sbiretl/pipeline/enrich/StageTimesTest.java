package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sbiretl.pipeline.enrich.StageTimes.Reading;

class StageTimesTest {
  @Test
  void aStageRunsFromItsFirstBundleStartToItsLastBundleFinishOverEveryStep() {
    long t0 = 1_000_000;
    Map<String, Object> stages =
        StageTimes.of(
            List.of(
                // Two steps share the stage "estimate-model": their clocks are merged.
                new Reading("estimate-model.bundle-start-ms", 3, t0 + 9_000, t0 + 11_000),
                new Reading("estimate-model.bundle-finish-ms", 3, t0 + 9_500, t0 + 12_000),
                new Reading("estimate-model.bundle-start-ms", 1, t0 + 8_000, t0 + 8_000),
                new Reading("estimate-model.bundle-finish-ms", 1, t0 + 8_200, t0 + 8_200),
                new Reading("read-awards.bundle-start-ms", 4, t0 + 1_500, t0 + 3_000),
                new Reading("read-awards.bundle-finish-ms", 4, t0 + 2_000, t0 + 4_250),
                // A stage that never ran has empty distributions.
                new Reading("link-siblings.bundle-start-ms", 0, Long.MAX_VALUE, Long.MIN_VALUE),
                new Reading("link-siblings.bundle-finish-ms", 0, Long.MAX_VALUE, Long.MIN_VALUE)),
            t0);
    assertThat(stages.keySet(), contains("read-awards", "estimate-model"));
    assertThat(
        stages.get("read-awards"), is(Map.of("start_s", 1.5, "end_s", 4.25, "seconds", 2.75)));
    assertThat(
        stages.get("estimate-model"), is(Map.of("start_s", 8.0, "end_s", 12.0, "seconds", 4.0)));
  }
}
