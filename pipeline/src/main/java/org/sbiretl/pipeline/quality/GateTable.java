package org.sbiretl.pipeline.quality;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints the gates as a short fixed-width table for the terminal. */
public final class GateTable {
  private GateTable() {}

  public static void print(PrintWriter out, GateReport report) {
    // As wide as the longest gate name, so the columns line up with the CET gates too.
    int width = "Gate".length();
    for (GateResult g : report.gates()) {
      width = Math.max(width, g.name().length());
    }
    String row = "%-" + width + "s %-9s %-11s %-8s %-8s %s%n";
    out.printf(row, "Gate", "Value", "Threshold", "Status", "Severity", "Detail");
    for (GateResult g : report.gates()) {
      out.printf(
          row,
          g.name(),
          value(g),
          g.comparator() + " " + threshold(g),
          status(g),
          g.severity(),
          g.note());
    }
    out.flush();
  }

  public static String status(GateResult g) {
    return switch (g.status()) {
      case PASSED -> "pass";
      case FAILED -> g.failsRun() ? "FAIL" : "warn";
      case NO_DATA -> "no data";
    };
  }

  public static String value(GateResult g) {
    if (g.value() == null) {
      return "-";
    }
    return QualityGates.isCount(g.name())
        ? String.format(Locale.ROOT, "%,d", Math.round(g.value()))
        : String.format(Locale.ROOT, "%.2f%%", 100 * g.value());
  }

  public static String threshold(GateResult g) {
    return QualityGates.isCount(g.name())
        ? String.format(Locale.ROOT, "%,d", Math.round(g.threshold()))
        : String.format(Locale.ROOT, "%.2f%%", 100 * g.threshold());
  }
}
