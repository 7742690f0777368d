package org.sbiretl.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.sbiretl.pipeline.cli.SbirEtlCommand;

/**
 * A small generated input for whole-job tests: awards and recipients from the project's own
 * generator (fixed seed), plus a few malformed rows so that the error outputs are not empty.
 */
record TestInputs(Path awards, Path recipients) {

  /**
   * Matching thresholds that put some generated awards into every output: with the defaults (0.9 /
   * 0.5) the generator's clean data leaves {@code review} empty, and an empty output compares equal
   * on any runner.
   */
  static final String[] REVIEW_SETTINGS = {
    "matching.high_threshold=0.99", "matching.low_threshold=0.005"
  };

  /** Writes {@code awards} × {@code recipients} generated rows (seed 11) into {@code dir}. */
  static TestInputs generate(Path dir, int awards, int recipients) throws IOException {
    int exit =
        SbirEtlCommand.commandLine()
            .execute(
                "generate",
                "--awards",
                String.valueOf(awards),
                "--recipients",
                String.valueOf(recipients),
                "--seed",
                "11",
                "--output",
                dir.toString());
    assertEquals(0, exit, "generate failed");
    TestInputs inputs =
        new TestInputs(
            dir.resolve("awards.csv").toAbsolutePath(),
            dir.resolve("recipients.csv").toAbsolutePath());
    // A ragged award row and one without a company (→ errors), a recipient row without any
    // identity (→ recipient-errors).
    append(inputs.awards(), "RAGGED ROW,only,three\n" + ",".repeat(41) + "\n");
    append(inputs.recipients(), "999999999" + ",".repeat(19) + "\n");
    return inputs;
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
