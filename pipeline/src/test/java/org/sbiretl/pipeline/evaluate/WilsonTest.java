package org.sbiretl.pipeline.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WilsonTest {
  @TempDir Path dir;

  @Test
  void knownIntervals() {
    // Reference values: 8 of 10 -> [0.4902, 0.9433]; 45 of 50 -> [0.7864, 0.9565].
    Wilson w = Wilson.interval(8, 10, Wilson.Z95);
    assertThat(w.low(), closeTo(0.4902, 1e-4));
    assertThat(w.high(), closeTo(0.9433, 1e-4));
    Wilson v = Wilson.interval(45, 50, Wilson.Z95);
    assertThat(v.low(), closeTo(0.7864, 1e-4));
    assertThat(v.high(), closeTo(0.9565, 1e-4));
  }

  @Test
  void staysInsideZeroAndOne() {
    Wilson all = Wilson.interval(10, 10, Wilson.Z95);
    assertThat(all.high(), closeTo(1.0, 1e-12));
    assertThat(all.low(), closeTo(0.7225, 1e-4));
    assertThat(Wilson.interval(0, 10, Wilson.Z95).low(), equalTo(0.0));
    assertThat(Wilson.interval(0, 0, Wilson.Z95), equalTo(new Wilson(0.0, 1.0)));
  }

  @Test
  void spotCheckVerdictsGiveObservedPrecision() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("filled.csv"),
            "award_id,reviewer_verdict\n"
                + "a,correct\nb,Correct\nc,correct\nd,correct\ne,incorrect\nf,unsure\ng,\n");
    Map<String, Object> json = SpotCheckVerdicts.read(csv).toJson();
    assertThat(json.get("correct"), equalTo(4L));
    assertThat(json.get("incorrect"), equalTo(1L));
    assertThat(json.get("unsure"), equalTo(1L));
    assertThat(json.get("blank"), equalTo(1L));
    assertThat(json.get("observed_precision"), equalTo(0.8));
    assertThat((Double) json.get("wilson95_low"), closeTo(0.3755, 1e-4));
    assertThat((Double) json.get("wilson95_high"), closeTo(0.9638, 1e-4));
  }

  @Test
  void anUnknownVerdictIsRejectedWithItsLine() throws IOException {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "award_id,reviewer_verdict\na,maybe\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SpotCheckVerdicts.read(csv));
    assertThat(e.getMessage(), containsString("line 1"));
    assertThat(e.getMessage(), containsString("\"maybe\""));
  }
}
