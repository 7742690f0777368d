package org.sbiretl.pipeline.enrich;

import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.output.WriteTable;
import org.sbiretl.pipeline.quality.CheckEachAwardOnce;
import org.sbiretl.transforms.cet.BuildCetProfiles;
import org.sbiretl.transforms.cet.CetSettings;
import org.sbiretl.transforms.cet.CetTables;
import org.sbiretl.transforms.cet.CetTaxonomy;
import org.sbiretl.transforms.cet.ClassifyCetAreas;
import org.sbiretl.transforms.link.LinkAwards;
import org.sbiretl.transforms.link.LinkSettings;
import org.sbiretl.transforms.link.SummarizeCandidateCounts;
import org.sbiretl.transforms.read.DatabaseSource;
import org.sbiretl.transforms.read.ReadAwards;
import org.sbiretl.transforms.read.ReadRecipients;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.Recipient;

/**
 * The whole enrichment job as one composite: read awards and recipients, link, check that each
 * award landed once, write the outputs and the diagnostics. Applied to a pipeline's {@link PBegin},
 * on any runner; {@link EnrichRun} adds everything around it (preflight, staged outputs, gates,
 * report).
 *
 * <pre>
 * ReadAwards ──┬─ awards ─── LinkAwards ─┬─ matched ── WriteMatched
 *              │                 ▲       ├─ review ─── WriteReview
 *              └─ errors ─┐      │       └─ unmatched ─ WriteUnmatched
 * ReadRecipients ─────────┼──────┘
 *                         └──────────────── WriteErrors
 * awards, matched + review + unmatched ─ ClassifyCetAreas ─┬─ WriteCetClassifications (if configured)
 *                                                          └─ BuildCetProfiles ─ WriteCetProfiles
 * </pre>
 */
public final class EnrichAwards extends PTransform<PBegin, PDone> {
  /** Folder of the run's own diagnostics inside the output directory. */
  public static final String DIAGNOSTICS = OutputTables.DIAGNOSTICS;

  public static final String RECIPIENT_ERRORS = "recipient-errors";

  /** Percentiles of the candidates scored per award, in {@link #DIAGNOSTICS}. */
  public static final String CANDIDATES_PER_AWARD = "candidates-per-award";

  private final String awardFiles;
  private final @Nullable String recipientFiles;
  private final @Nullable DatabaseSource database;
  private final String out;
  private final int recordsPerRange;
  private final boolean parquet;
  private final boolean csv;
  private final LinkSettings settings;

  /** Applied to the linker's outputs before they are checked and written; tests only. */
  private final @Nullable PTransform<PCollectionTuple, PCollectionTuple> alterOutcomes;

  /** The CET stage's taxonomy and scoring; null for a run without it. */
  private final @Nullable CetTaxonomy cetTaxonomy;

  private final @Nullable CetSettings cetSettings;

  private EnrichAwards(
      String awardFiles,
      @Nullable String recipientFiles,
      @Nullable DatabaseSource database,
      String out,
      int recordsPerRange,
      boolean parquet,
      boolean csv,
      LinkSettings settings,
      @Nullable PTransform<PCollectionTuple, PCollectionTuple> alterOutcomes,
      @Nullable CetTaxonomy cetTaxonomy,
      @Nullable CetSettings cetSettings) {
    this.awardFiles = awardFiles;
    this.recipientFiles = recipientFiles;
    this.database = database;
    this.out = out;
    this.recordsPerRange = recordsPerRange;
    this.parquet = parquet;
    this.csv = csv;
    this.settings = settings;
    this.alterOutcomes = alterOutcomes;
    this.cetTaxonomy = cetTaxonomy;
    this.cetSettings = cetSettings;
  }

  /**
   * The job for the inputs, output and chunk size of {@code options}.
   *
   * @param database the recipients' database, or null to read {@code options.getRecipients()} as
   *     files. Passed as an object, not an option, so its password is not among the options a
   *     runner shows (the Flink UI lists them).
   */
  public static EnrichAwards of(
      EnrichOptions options, LinkSettings settings, @Nullable DatabaseSource database) {
    if (database == null && options.getRecipients() == null) {
      throw new IllegalArgumentException("no recipients: neither files nor a database given");
    }
    return new EnrichAwards(
        options.getAwards(),
        options.getRecipients(),
        database,
        options.getOutput(),
        options.getChunkSize(),
        options.getWriteParquet(),
        options.getWriteCsv(),
        settings,
        null,
        null,
        null);
  }

  /**
   * The same job with {@code fault} applied to the linker's output tuple ({@link LinkAwards}' tags)
   * before the per-award check and the writers see it: how a test plants a duplicated or lost award
   * and proves that the conservation check and its gate catch it.
   */
  EnrichAwards withOutcomesAltered(PTransform<PCollectionTuple, PCollectionTuple> fault) {
    return copy(fault, cetTaxonomy, cetSettings);
  }

  /**
   * The same job with the CET stage: every linked award classified into the taxonomy's areas
   * ({@link CetTables#CLASSIFICATIONS}) and one CET profile per company ({@link
   * CetTables#PROFILES}).
   */
  public EnrichAwards withCetAreas(CetTaxonomy taxonomy, CetSettings scoring) {
    return copy(alterOutcomes, taxonomy, scoring);
  }

  private EnrichAwards copy(
      @Nullable PTransform<PCollectionTuple, PCollectionTuple> fault,
      @Nullable CetTaxonomy taxonomy,
      @Nullable CetSettings scoring) {
    return new EnrichAwards(
        awardFiles,
        recipientFiles,
        database,
        out,
        recordsPerRange,
        parquet,
        csv,
        settings,
        fault,
        taxonomy,
        scoring);
  }

  @Override
  public PDone expand(PBegin begin) {
    PCollectionTuple awards =
        begin.apply("ReadAwards", ReadAwards.from(awardFiles).withRecordsPerRange(recordsPerRange));
    PCollectionTuple recipients =
        begin.apply(
            "ReadRecipients",
            database != null
                ? ReadRecipients.fromDatabase(database)
                : ReadRecipients.from(recipientFiles).withRecordsPerRange(recordsPerRange));
    PCollection<Recipient> validRecipients = recipients.get(ReadRecipients.RECIPIENTS);
    PCollection<Award> validAwards = awards.get(ReadAwards.AWARDS);

    PCollectionTuple linked =
        PCollectionTuple.of(LinkAwards.AWARDS, validAwards)
            .and(LinkAwards.RECIPIENTS, validRecipients)
            .apply("LinkAwards", LinkAwards.with(settings));
    if (alterOutcomes != null) {
      linked = linked.apply("AlterOutcomes", alterOutcomes);
    }

    PCollection<LinkedAward> allOutcomes =
        PCollectionList.of(linked.get(LinkAwards.MATCHED))
            .and(linked.get(LinkAwards.REVIEW))
            .and(linked.get(LinkAwards.UNMATCHED))
            .apply("AllOutcomes", Flatten.pCollections());
    PCollectionTuple.of(CheckEachAwardOnce.AWARDS, validAwards)
        .and(CheckEachAwardOnce.OUTCOMES, allOutcomes)
        .apply("CheckEachAwardOnce", new CheckEachAwardOnce())
        .apply(
            "WriteConservationViolations",
            TextIO.write()
                .to(out + "/" + DIAGNOSTICS + "/" + CheckEachAwardOnce.VIOLATIONS)
                .withSuffix(".csv")
                .withHeader(CheckEachAwardOnce.HEADER)
                .withoutSharding());

    writeLinked(linked.get(LinkAwards.MATCHED), OutputTables.MATCHED);
    writeLinked(linked.get(LinkAwards.REVIEW), OutputTables.REVIEW);
    writeLinked(linked.get(LinkAwards.UNMATCHED), OutputTables.UNMATCHED);
    writeErrors(awards.get(ReadAwards.ERRORS), OutputTables.ERRORS);
    writeErrors(recipients.get(ReadRecipients.ERRORS), RECIPIENT_ERRORS);
    if (cetTaxonomy != null && cetSettings != null) {
      PCollection<Row> classified =
          PCollectionTuple.of(ClassifyCetAreas.READ_AWARDS, validAwards)
              .and(ClassifyCetAreas.LINKED_AWARDS, allOutcomes)
              .apply("ClassifyCetAreas", ClassifyCetAreas.with(cetTaxonomy, cetSettings));
      classified.apply(
          "WriteCetClassifications",
          new WriteTable(out, CetTables.CLASSIFICATIONS, CetTables.CLASSIFICATION, parquet, csv));
      classified
          .apply("BuildCetProfiles", BuildCetProfiles.of(cetTaxonomy))
          .apply(
              "WriteCetProfiles",
              new WriteTable(out, CetTables.PROFILES, CetTables.PROFILE, parquet, csv));
    }

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
    return PDone.in(begin.getPipeline());
  }

  private void writeLinked(PCollection<LinkedAward> rows, String table) {
    String name = Character.toUpperCase(table.charAt(0)) + table.substring(1);
    rows.apply(
            "Flatten" + name,
            MapElements.into(TypeDescriptors.rows()).via(new OutputTables.ToLinkedRow()))
        .setRowSchema(OutputTables.linkedSchema())
        .apply(
            "Write" + name, new WriteTable(out, table, OutputTables.linkedSchema(), parquet, csv));
  }

  private void writeErrors(PCollection<ErrorRecord> errors, String table) {
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
