package org.sbiretl.pipeline.enrich;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.pipeline.config.EtlConfig;

/**
 * One enrichment run as the user asked for it.
 *
 * @param flinkMaster {@code host:port} of a Flink cluster, null for embedded Flink
 * @param parallelism 0 for the runner's default
 */
public record EnrichRequest(
    String awards,
    String recipients,
    String output,
    RunnerChoice runner,
    @Nullable String flinkMaster,
    int parallelism,
    EtlConfig config) {}
