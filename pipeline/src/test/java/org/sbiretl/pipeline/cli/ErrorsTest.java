package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/** {@link Errors}: one actionable line for a failure. */
class ErrorsTest {
  @Test
  void aRunOutOfMemorySaysHowToGiveItMore() {
    RuntimeException wrapped =
        new RuntimeException(
            "org.apache.flink.runtime.client.JobExecutionException: Job execution failed.",
            new IllegalStateException("task failed", new OutOfMemoryError("Java heap space")));
    String line = Errors.describe(wrapped);
    assertThat(line, startsWith("the run ran out of memory (Java heap of "));
    assertThat(line, containsString("JAVA_OPTS=\"-Xmx3g\""));
    assertThat(line, containsString("matching.max_candidates_per_award"));
  }

  @Test
  void anyOtherFailureNamesItsRootCause() {
    String line =
        Errors.describe(new RuntimeException("outer", new java.io.IOException("disk full")));
    assertThat(line, containsString("IOException: disk full"));
  }
}
