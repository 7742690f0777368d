package org.sbiretl.transforms.metrics;

import java.io.Serializable;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * When a stage of the job was at work, on any runner: the wall-clock time at which each of its
 * bundles started and finished, as two Beam distributions that the runner aggregates over every
 * worker. The first start (the start distribution's minimum) and the last finish (the finish
 * distribution's maximum) bound the stage; several DoFns may share one stage name.
 *
 * <p>A DoFn holds one as a field and calls {@link #bundleStarted()} from its {@code @StartBundle}
 * and {@link #bundleFinished()} from its {@code @FinishBundle}: two clock readings per bundle, not
 * per element.
 */
public final class StageClock implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The metrics namespace of every stage clock. */
  public static final String NAMESPACE = "stage-clock";

  /** Suffix of the distribution of bundle start times, in epoch milliseconds. */
  public static final String STARTS = ".bundle-start-ms";

  /** Suffix of the distribution of bundle finish times, in epoch milliseconds. */
  public static final String FINISHES = ".bundle-finish-ms";

  private final Distribution starts;
  private final Distribution finishes;

  public StageClock(String stage) {
    this.starts = Metrics.distribution(NAMESPACE, stage + STARTS);
    this.finishes = Metrics.distribution(NAMESPACE, stage + FINISHES);
  }

  public void bundleStarted() {
    starts.update(System.currentTimeMillis());
  }

  public void bundleFinished() {
    finishes.update(System.currentTimeMillis());
  }
}
