package org.sbiretl.pipeline.cli;

import org.sbiretl.pipeline.config.ConfigException;
import org.sbiretl.transforms.read.InvalidInputException;

/** One readable line for a failure: the message of its most telling cause, no stack trace. */
final class Errors {
  private Errors() {}

  /**
   * What to do when the heap was too small: the linker holds the awards' index and each award's
   * kept candidates in memory, which grow with the awards, not with the recipients.
   */
  static String outOfMemory(long maxHeapMb) {
    return "the run ran out of memory (Java heap of "
        + maxHeapMb
        + " MB): the awards' index and their kept candidates did not fit. Give it more, e.g."
        + " JAVA_OPTS=\"-Xmx3g\" ./sbir-etl enrich ..., lower"
        + " matching.max_candidates_per_award, or run on a cluster (--flink-master)";
  }

  static String describe(Throwable t) {
    // Runners wrap worker failures (PipelineExecutionException, RuntimeException chains); the
    // message a user can act on is on the innermost project exception, or else the root cause.
    Throwable root = t;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InvalidInputException || c instanceof ConfigException) {
        return c.getMessage();
      }
      if (c instanceof OutOfMemoryError) {
        return outOfMemory(Runtime.getRuntime().maxMemory() / (1024 * 1024));
      }
      root = c;
    }
    String message = root.getMessage();
    return root == t || message == null
        ? String.valueOf(message == null ? root : message)
        : "the run failed: " + root.getClass().getSimpleName() + ": " + message;
  }
}
