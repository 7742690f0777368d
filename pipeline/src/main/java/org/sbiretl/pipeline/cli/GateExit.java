package org.sbiretl.pipeline.cli;

import java.io.PrintWriter;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.GateResult;

/** The exit code a gate report gives, naming every failing ERROR gate on stderr. */
final class GateExit {
  private GateExit() {}

  static int code(PrintWriter err, GateReport gates) {
    for (GateResult g : gates.failing()) {
      err.printf(
          "error: quality gate %s failed: %s (must be %s %s; %s)%n",
          g.name(),
          org.sbiretl.pipeline.quality.GateTable.value(g),
          g.comparator(),
          org.sbiretl.pipeline.quality.GateTable.threshold(g),
          g.note());
    }
    err.flush();
    return gates.passed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }
}
