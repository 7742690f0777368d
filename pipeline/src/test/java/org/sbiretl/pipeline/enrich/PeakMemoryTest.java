package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.sbiretl.pipeline.quality.GateInputs;

/** The kernel's high-water mark of resident memory, read from /proc. */
class PeakMemoryTest {
  @Test
  void theHighWaterMarkIsReadInMegabytes() {
    String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t 1783808 kB\nVmRSS:\t 912000 kB\n";
    assertThat(PeakMemory.fromStatus(status), is(1742L));
  }

  @Test
  void aStatusWithoutItIsUnknown() {
    assertThat(PeakMemory.fromStatus("Name:\tjava\n"), is(GateInputs.UNKNOWN));
  }

  @Test
  void thisProcessHasOneOnLinux() {
    if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      assertThat(PeakMemory.megabytes(), greaterThan(0L));
    }
  }
}
