package org.sbiretl.pipeline.cli;

import org.sbiretl.pipeline.config.ConfigException;
import org.sbiretl.transforms.read.InvalidInputException;

/** One readable line for a failure: the message of its most telling cause, no stack trace. */
final class Errors {
  private Errors() {}

  static String describe(Throwable t) {
    // Runners wrap worker failures (PipelineExecutionException, RuntimeException chains); the
    // message a user can act on is on the innermost project exception, or else the root cause.
    Throwable root = t;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InvalidInputException || c instanceof ConfigException) {
        return c.getMessage();
      }
      root = c;
    }
    String message = root.getMessage();
    return root == t || message == null
        ? String.valueOf(message == null ? root : message)
        : "the run failed: " + root.getClass().getSimpleName() + ": " + message;
  }
}
