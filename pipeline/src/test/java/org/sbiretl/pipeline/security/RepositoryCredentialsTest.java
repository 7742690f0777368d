package org.sbiretl.pipeline.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No credential in the repository: every file git tracks is scanned by {@link CredentialScanner}. A
 * finding names the file, the line and the rule, never the value, so the failure message does not
 * spread the secret further. Skipped only where git itself is missing.
 */
class RepositoryCredentialsTest {

  @Test
  void noTrackedFileHoldsACredential() throws Exception {
    Path root = Path.of(git(Path.of("."), "rev-parse", "--show-toplevel").strip());
    List<String> tracked = List.of(git(root, "ls-files", "-z").split("\0"));
    assertThat(tracked.size(), greaterThan(100));
    assertThat(tracked, hasItem("config/base.yaml"));

    List<CredentialScanner.Finding> findings = new ArrayList<>();
    for (String path : tracked) {
      Path file = root.resolve(path);
      // A file deleted in the work tree but not yet in the index has nothing to scan.
      if (!path.isEmpty() && Files.isRegularFile(file)) {
        // ISO-8859-1 maps every byte to a character, so binary files are scanned too.
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        findings.addAll(CredentialScanner.scan(path, text));
      }
    }

    assertThat(findings.toString(), findings, is(empty()));
  }

  /** The output of a git command; the test is skipped when there is no git to run. */
  private static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException e) {
      Assumptions.assumeTrue(false, "git is not installed: " + e.getMessage());
      throw e;
    }
    process.getOutputStream().close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = process.getInputStream()) {
      in.transferTo(out);
    }
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + errors);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
