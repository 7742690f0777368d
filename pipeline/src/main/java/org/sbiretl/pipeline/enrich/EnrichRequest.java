package org.sbiretl.pipeline.enrich;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.pipeline.cet.CetFiles;
import org.sbiretl.pipeline.cet.CetSetup;
import org.sbiretl.pipeline.config.EtlConfig;

/**
 * One enrichment run as the user asked for it.
 *
 * @param flinkMaster {@code host:port} of a Flink cluster, null for embedded Flink
 * @param parallelism 0 for the runner's default
 * @param modelChecks the Direct runner checks that no step changes an element it was given and that
 *     every element survives its coder: strict and slow, for tests
 * @param cet the CET stage's files as loaded, or null for a run without it
 */
public record EnrichRequest(
    String awards,
    String recipients,
    String output,
    RunnerChoice runner,
    @Nullable String flinkMaster,
    int parallelism,
    EtlConfig config,
    boolean modelChecks,
    @Nullable CetSetup cet) {

  /** A run with the CET stage as the default configuration sets it. */
  public EnrichRequest(
      String awards,
      String recipients,
      String output,
      RunnerChoice runner,
      @Nullable String flinkMaster,
      int parallelism,
      EtlConfig config,
      boolean modelChecks) {
    this(
        awards,
        recipients,
        output,
        runner,
        flinkMaster,
        parallelism,
        config,
        modelChecks,
        CetFiles.load(null, null, null));
  }

  /** A run as the command line starts it: the Direct runner's model checks off. */
  public EnrichRequest(
      String awards,
      String recipients,
      String output,
      RunnerChoice runner,
      @Nullable String flinkMaster,
      int parallelism,
      EtlConfig config) {
    this(awards, recipients, output, runner, flinkMaster, parallelism, config, false);
  }
}
