package org.sbiretl.pipeline.enrich;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Run ids that sort by start time and read at a glance ({@code 20261202-031502-4f2a}). One id names
 * the run everywhere: the Flink job name, run-summary.json, the log and the Pushgateway.
 */
final class RunIds {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunIds() {}

  static String next(Instant started) {
    return STAMP.format(started) + "-" + String.format("%04x", RANDOM.nextInt(0x10000));
  }
}
