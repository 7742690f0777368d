package org.sbiretl.pipeline.enrich;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.output.WriteTable;
import org.sbiretl.pipeline.quality.CheckEachAwardOnce;
import org.sbiretl.transforms.link.LinkAwards;
import org.sbiretl.transforms.link.LinkSettings;
import org.sbiretl.transforms.link.SummarizeCandidateCounts;
import org.sbiretl.transforms.read.ReadAwards;
import org.sbiretl.transforms.read.ReadRecipients;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.Recipient;

/**
 * The enrichment job: read awards and recipients, link, write the four outputs and diagnostics.
 *
 * <pre>
 * ReadAwards ──┬─ awards ─── LinkAwards ─┬─ matched ── WriteMatched
 *              │                 ▲       ├─ review ─── WriteReview
 *              └─ errors ─┐      │       └─ unmatched ─ WriteUnmatched
 * ReadRecipients ─────────┼──────┘
 *                         └──────────────── WriteErrors
 * </pre>
 */
public final class EnrichPipeline {
  /** Folder of the run's own diagnostics inside the output directory. */
  public static final String DIAGNOSTICS = "_diagnostics";

  public static final String RECIPIENT_ERRORS = "recipient-errors";

  /** Percentiles of the candidates scored per award, in {@link #DIAGNOSTICS}. */
  public static final String CANDIDATES_PER_AWARD = "candidates-per-award";

  private EnrichPipeline() {}

  /**
   * Adds the job to a pipeline.
   *
   * @param database the recipients' database, or null to read {@code options.getRecipients()} as
   *     files. Passed as an object, not an option, so its password is not among the options a
   *     runner shows (the Flink UI lists them).
   */
  public static void build(
      Pipeline p,
      EnrichOptions options,
      LinkSettings settings,
      org.sbiretl.transforms.read.@Nullable DatabaseSource database) {
    String out = options.getOutput();
    boolean parquet = options.getWriteParquet();
    boolean csv = options.getWriteCsv();

    PCollectionTuple awards =
        p.apply(
            "ReadAwards",
            ReadAwards.from(options.getAwards()).withRecordsPerRange(options.getChunkSize()));
    PCollectionTuple recipients =
        p.apply(
            "ReadRecipients",
            database != null
                ? ReadRecipients.fromDatabase(database)
                : ReadRecipients.from(options.getRecipients())
                    .withRecordsPerRange(options.getChunkSize()));
    PCollection<Recipient> validRecipients = recipients.get(ReadRecipients.RECIPIENTS);
    PCollection<Award> validAwards = awards.get(ReadAwards.AWARDS);

    PCollectionTuple linked =
        PCollectionTuple.of(LinkAwards.AWARDS, validAwards)
            .and(LinkAwards.RECIPIENTS, validRecipients)
            .apply("LinkAwards", LinkAwards.with(settings));

    PCollectionTuple.of(CheckEachAwardOnce.AWARDS, validAwards)
        .and(
            CheckEachAwardOnce.OUTCOMES,
            PCollectionList.of(linked.get(LinkAwards.MATCHED))
                .and(linked.get(LinkAwards.REVIEW))
                .and(linked.get(LinkAwards.UNMATCHED))
                .apply("AllOutcomes", Flatten.pCollections()))
        .apply("CheckEachAwardOnce", new CheckEachAwardOnce());

    writeLinked(linked.get(LinkAwards.MATCHED), out, OutputTables.MATCHED, parquet, csv);
    writeLinked(linked.get(LinkAwards.REVIEW), out, OutputTables.REVIEW, parquet, csv);
    writeLinked(linked.get(LinkAwards.UNMATCHED), out, OutputTables.UNMATCHED, parquet, csv);
    writeErrors(awards.get(ReadAwards.ERRORS), out, OutputTables.ERRORS, parquet, csv);
    writeErrors(recipients.get(ReadRecipients.ERRORS), out, RECIPIENT_ERRORS, parquet, csv);

    String diagnostics = out + "/" + DIAGNOSTICS;
    if (settings.recordCandidates()) {
      linked
          .get(LinkAwards.CANDIDATE_PAIRS)
          .apply(
              "WriteCandidatePairs",
              TextIO.write()
                  .to(diagnostics + "/candidates/part")
                  .withSuffix(".csv")
                  .withHeader("award_id,recipient_uei"));
    }
    linked
        .get(LinkAwards.CAPPED_KEYS)
        .apply("ReportPrunedKeys", new ReportPrunedKeys())
        .apply(
            "WritePrunedKeys",
            TextIO.write().to(diagnostics + "/pruned-keys").withSuffix(".json").withoutSharding());
    linked
        .get(LinkAwards.CANDIDATE_COUNTS)
        .apply("SummarizeCandidateCounts", new SummarizeCandidateCounts())
        .apply(
            "CandidateCountsJson",
            MapElements.into(TypeDescriptors.strings()).via(Diagnostics::candidateCountsJson))
        .apply(
            "WriteCandidateCounts",
            TextIO.write()
                .to(diagnostics + "/" + CANDIDATES_PER_AWARD)
                .withSuffix(".json")
                .withoutSharding());
    linked
        .get(LinkAwards.MODEL)
        .apply(
            "DescribeModel",
            MapElements.into(TypeDescriptors.strings()).via(Diagnostics::modelJson))
        .apply(
            "WriteModel",
            TextIO.write().to(diagnostics + "/model").withSuffix(".json").withoutSharding());
  }

  private static void writeLinked(
      PCollection<LinkedAward> rows, String out, String table, boolean parquet, boolean csv) {
    String name = Character.toUpperCase(table.charAt(0)) + table.substring(1);
    rows.apply(
            "Flatten" + name,
            MapElements.into(TypeDescriptors.rows()).via(new OutputTables.ToLinkedRow()))
        .setRowSchema(OutputTables.linkedSchema())
        .apply(
            "Write" + name, new WriteTable(out, table, OutputTables.linkedSchema(), parquet, csv));
  }

  private static void writeErrors(
      PCollection<ErrorRecord> errors, String out, String table, boolean parquet, boolean csv) {
    String name = table.equals(OutputTables.ERRORS) ? "Errors" : "RecipientErrors";
    errors
        .apply(
            "Flatten" + name,
            MapElements.into(TypeDescriptors.rows()).via(new OutputTables.ToErrorRow()))
        .setRowSchema(OutputTables.errorSchema())
        .apply(
            "Write" + name, new WriteTable(out, table, OutputTables.errorSchema(), parquet, csv));
  }
}
