package org.sbiretl.transforms.cet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;

/**
 * Tags each linked award with its Critical and Emerging Technology areas ({@link
 * CetTables#CLASSIFICATION} rows). Two inputs: {@link #READ_AWARDS}, the valid awards as read, from
 * which {@code CountPhraseDocuments} counts how many awards contain each phrase (the rarity of a
 * phrase is part of its weight); and {@link #LINKED_AWARDS}, the same awards with their links,
 * which {@code ScoreAreas} scores with those counts as a side input. Counting from the awards as
 * read lets it run while the recipients are still being linked, not after the last link. Counters
 * {@code cet.*} feed the report and the coverage gates.
 */
public final class ClassifyCetAreas extends PTransform<PCollectionTuple, PCollection<Row>> {
  /** The valid awards as read, for the phrase counts. */
  public static final TupleTag<Award> READ_AWARDS = new TupleTag<>() {};

  /** Every award with its link (matched, review and unmatched): what is classified. */
  public static final TupleTag<LinkedAward> LINKED_AWARDS = new TupleTag<>() {};

  public static final String AWARDS = "cet.awards";
  public static final String CLASSIFIED = "cet.classified";
  public static final String WITHOUT_TEXT = "cet.without-text";
  public static final String HIGH_CONFIDENCE = "cet.high-confidence";
  public static final String EVIDENCED = "cet.evidenced";

  /** Awards whose primary area is {@code id}: {@code cet.area.ID}. */
  public static String areaCounter(String id) {
    return "cet.area." + id;
  }

  /** Their award dollars, rounded: {@code cet.dollars.ID}. */
  public static String dollarsCounter(String id) {
    return "cet.dollars." + id;
  }

  private final CetTaxonomy taxonomy;
  private final CetSettings settings;

  private ClassifyCetAreas(CetTaxonomy taxonomy, CetSettings settings) {
    this.taxonomy = taxonomy;
    this.settings = settings;
  }

  public static ClassifyCetAreas with(CetTaxonomy taxonomy, CetSettings settings) {
    List<String> problems = settings.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new ClassifyCetAreas(taxonomy, settings);
  }

  @Override
  public PCollection<Row> expand(PCollectionTuple input) {
    PCollectionView<PhraseStatistics> statistics =
        input
            .get(READ_AWARDS)
            .apply(
                "CountPhraseDocuments",
                Combine.globally(new CountPhraseDocuments(taxonomy, settings)))
            .apply("AsView", org.apache.beam.sdk.transforms.View.asSingleton());
    return input
        .get(LINKED_AWARDS)
        .apply(
            "ScoreAreas",
            ParDo.of(new ScoreAreasFn(taxonomy, settings, statistics)).withSideInputs(statistics))
        .setRowSchema(CetTables.CLASSIFICATION);
  }

  /** Per award, once: which phrases it contains, added up over the run. */
  static final class CountPhraseDocuments
      extends Combine.CombineFn<Award, PhraseStatistics, PhraseStatistics> {
    private final CetTaxonomy taxonomy;
    private final CetSettings settings;
    private transient CetScorer scorer;

    CountPhraseDocuments(CetTaxonomy taxonomy, CetSettings settings) {
      this.taxonomy = taxonomy;
      this.settings = settings;
    }

    private CetScorer scorer() {
      if (scorer == null) {
        scorer = new CetScorer(taxonomy, settings);
      }
      return scorer;
    }

    @Override
    public PhraseStatistics createAccumulator() {
      return scorer().emptyStatistics();
    }

    @Override
    public PhraseStatistics addInput(PhraseStatistics acc, Award a) {
      scorer().find(a.awardTitle, a.abstractText, a.topicCode).countInto(acc);
      return acc;
    }

    @Override
    public PhraseStatistics mergeAccumulators(Iterable<PhraseStatistics> accs) {
      PhraseStatistics sum = createAccumulator();
      for (PhraseStatistics a : accs) {
        sum.add(a);
      }
      return sum;
    }

    @Override
    public PhraseStatistics extractOutput(PhraseStatistics acc) {
      return acc;
    }

    @Override
    public Coder<PhraseStatistics> getAccumulatorCoder(CoderRegistry registry, Coder<Award> input) {
      return SerializableCoder.of(PhraseStatistics.class);
    }

    @Override
    public Coder<PhraseStatistics> getDefaultOutputCoder(
        CoderRegistry registry, Coder<Award> input) {
      return SerializableCoder.of(PhraseStatistics.class);
    }
  }

  /** Scores one award and writes its row; counts what the gates and the report read. */
  static final class ScoreAreasFn extends DoFn<LinkedAward, Row> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Counter awards = Metrics.counter("cet", AWARDS);
    private final Counter classified = Metrics.counter("cet", CLASSIFIED);
    private final Counter withoutText = Metrics.counter("cet", WITHOUT_TEXT);
    private final Counter high = Metrics.counter("cet", HIGH_CONFIDENCE);
    private final Counter evidenced = Metrics.counter("cet", EVIDENCED);

    private final CetTaxonomy taxonomy;
    private final CetSettings settings;
    private final PCollectionView<PhraseStatistics> statisticsView;
    private transient CetScorer scorer;

    /** The side input, read once per bundle: Flink's reader is costly per call. */
    private transient PhraseStatistics statistics;

    ScoreAreasFn(
        CetTaxonomy taxonomy, CetSettings settings, PCollectionView<PhraseStatistics> statistics) {
      this.taxonomy = taxonomy;
      this.settings = settings;
      this.statisticsView = statistics;
    }

    @Setup
    public void setup() {
      scorer = new CetScorer(taxonomy, settings);
    }

    @StartBundle
    public void startBundle() {
      statistics = null;
    }

    @ProcessElement
    public void process(ProcessContext c) throws JsonProcessingException {
      if (statistics == null) {
        statistics = c.sideInput(statisticsView);
      }
      LinkedAward linked = c.element();
      Award a = linked.award;
      CetScorer.Found found = scorer.find(a.awardTitle, a.abstractText, a.topicCode);
      CetClassification result = scorer.classify(found, statistics);
      awards.inc();
      if (!found.hasText()) {
        withoutText.inc();
      }
      if (result.classified()) {
        classified.inc();
        Metrics.counter("cet", areaCounter(result.area())).inc();
        if (a.awardAmount != null) {
          Metrics.counter("cet", dollarsCounter(result.area())).inc(Math.round(a.awardAmount));
        }
        if (result.confidence().equals(CetClassification.HIGH)) {
          high.inc();
        }
        if (result.evidencePhrases() >= settings.minEvidencePhrases()) {
          evidenced.inc();
        }
      }
      c.output(row(linked, result));
    }

    private Row row(LinkedAward linked, CetClassification r) throws JsonProcessingException {
      Award a = linked.award;
      LinkOutcome link = linked.link;
      return Row.withSchema(CetTables.CLASSIFICATION)
          .addValues(
              a.awardId,
              a.agencyTrackingNumber,
              a.company,
              link.outcome,
              LinkOutcome.MATCHED.equals(link.outcome) ? link.recipientUei : null,
              a.awardYear,
              a.awardAmount,
              taxonomy.version(),
              r.area(),
              taxonomy.nameOf(r.area()),
              r.score(),
              r.confidence(),
              r.secondary().stream()
                  .map(s -> s.area() + ":" + s.score())
                  .collect(Collectors.joining(";")),
              r.evidencePhrases(),
              JSON.writeValueAsString(r.evidence().stream().map(ScoreAreasFn::json).toList()))
          .build();
    }

    private static Map<String, String> json(CetClassification.Evidence e) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("area", e.area());
      m.put("phrase", e.phrase());
      m.put("field", e.field());
      m.put("excerpt", e.excerpt());
      return m;
    }
  }
}
