package org.sbiretl.pipeline.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sbiretl.pipeline.quality.GateInputs;

/**
 * Peak resident memory of this process: the kernel's high-water mark ({@code VmHWM} in {@code
 * /proc/self/status}), the same figure as {@code /usr/bin/time -v}'s "Maximum resident set size".
 * Heap, the JVM's own memory and Flink's network buffers all count, as they do against a machine's
 * or container's limit. {@link GateInputs#UNKNOWN} where the kernel does not say (not Linux).
 */
public final class PeakMemory {
  private static final Pattern HIGH_WATER_MARK = Pattern.compile("(?m)^VmHWM:\\s*(\\d+)\\s*kB");

  private PeakMemory() {}

  public static long megabytes() {
    try {
      return fromStatus(Files.readString(Path.of("/proc/self/status")));
    } catch (IOException | RuntimeException e) {
      return GateInputs.UNKNOWN;
    }
  }

  /** The high-water mark in a {@code /proc/PID/status} text, in MB; unknown when absent. */
  static long fromStatus(String status) {
    Matcher m = HIGH_WATER_MARK.matcher(status);
    return m.find() ? Long.parseLong(m.group(1)) / 1024 : GateInputs.UNKNOWN;
  }
}
