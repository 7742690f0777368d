package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {
  @TempDir Path dir;
  private CommandRun command;

  private int doctor(String... args) {
    command = new CommandRun(dir);
    String[] all = new String[args.length + 3];
    all[0] = "doctor";
    all[1] = "--set";
    all[2] = command.logSetting();
    System.arraycopy(args, 0, all, 3, args.length);
    return command.run(all);
  }

  private static String resource(String name) {
    return CommandRun.edge(name).toString();
  }

  @Test
  void readableInputsAndAWritableOutputPass() {
    int code =
        doctor(
            "--awards",
            resource("awards-extremes.csv"),
            "--recipients",
            resource("recipients.csv"),
            "--output",
            dir.resolve("out").toString());
    assertThat(command.out(), code, is(ExitCodes.OK));
    assertThat(command.out(), matchesPattern("(?s).*PASS  awards .*header recognised.*"));
    assertThat(command.out(), matchesPattern("(?s).*PASS  output .*writable.*"));
    assertThat(command.out(), not(containsString("FAIL")));
  }

  @Test
  void aMissingInputABadSettingAndAStoppedClusterEachFailOnTheirOwnLine() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    int code =
        doctor(
            "--awards",
            dir.resolve("missing.csv").toString(),
            "--set",
            "matching.high_threshold=2",
            "--flink-master",
            "127.0.0.1:" + port);
    assertThat(code, is(ExitCodes.RUN_FAILED));
    String text = command.out();
    assertThat(text, matchesPattern("(?s).*FAIL  awards +awards file not found: .*missing.csv.*"));
    assertThat(text, matchesPattern("(?s).*FAIL  config +.*matching.high_threshold.*"));
    assertThat(text, matchesPattern("(?s).*FAIL  flink cluster cannot reach the Flink cluster.*"));
  }
}
