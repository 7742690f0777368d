package org.sbiretl.transforms.metrics;

import org.apache.beam.sdk.transforms.DoFn;

/**
 * A DoFn whose bundles are timed by a {@link StageClock} of the given stage: the clock's two
 * readings per bundle in one place instead of in every DoFn of a stage. A DoFn that has bundle
 * methods of its own calls its clock from them instead.
 */
public abstract class TimedDoFn<InputT, OutputT> extends DoFn<InputT, OutputT> {
  private final StageClock clock;

  protected TimedDoFn(String stage) {
    this.clock = new StageClock(stage);
  }

  @StartBundle
  public void startClock() {
    clock.bundleStarted();
  }

  @FinishBundle
  public void stopClock() {
    clock.bundleFinished();
  }
}
