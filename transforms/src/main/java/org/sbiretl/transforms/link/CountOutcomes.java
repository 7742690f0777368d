package org.sbiretl.transforms.link;

import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;

/**
 * Counts final outcomes as they pass: per phase and outcome, per match method and flag, and per
 * review or unmatched reason. Counted once every decision is final, so that no award is counted
 * under an outcome it later left.
 */
class CountOutcomes extends DoFn<LinkedAward, LinkedAward> {
  @ProcessElement
  public void process(@Element LinkedAward linked, OutputReceiver<LinkedAward> out) {
    LinkOutcome link = linked.link;
    String phase = linked.award.phase == null ? "unknown" : linked.award.phase;
    Metrics.counter("linking", "phase-" + phase + "." + link.outcome).inc();
    switch (link.outcome) {
      case LinkOutcome.MATCHED -> {
        Metrics.counter("linking", "matched." + link.matchMethod).inc();
        for (String flag : link.matchFlags) {
          Metrics.counter("linking", "match-flags." + flag).inc();
        }
      }
      case LinkOutcome.REVIEW -> Metrics.counter("linking", "review." + link.reason).inc();
      default -> Metrics.counter("linking", "unmatched." + link.reason).inc();
    }
    out.output(linked);
  }
}
