package org.sbiretl.transforms.link;

import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.sbiretl.transforms.block.BlockingKeys;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.metrics.StageClock;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecipientCoder;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * The first pass over the recipient table, which sizes everything the second pass needs: each
 * recipient is normalised, and its blocking keys and name terms that some award has ({@link
 * AwardKeyIndex}) are counted in arrays local to the worker, added up once at the end ({@link
 * #STATISTICS}). Each recipient with a key some award has leaves as a {@link RecipientProbe} among
 * the pass's {@link #ITEMS}, so the scoring pass neither parses nor normalises again. Two small
 * outputs feed the model: the recipients that share an identifier with some award ({@link
 * #IDENTIFIER_HITS}) and a deterministic sample of {@value EstimateMatchModel#SAMPLE} recipients
 * ({@link #SAMPLE}).
 */
class CountRecipientKeys extends PTransform<PCollection<Recipient>, PCollectionTuple> {
  static final TupleTag<RecipientStatistics> STATISTICS = new TupleTag<RecipientStatistics>() {};

  /** Every item of the pass; the scoring pass reads the probes among them. */
  static final TupleTag<FirstPassItem> ITEMS = new TupleTag<FirstPassItem>() {};

  static final TupleTag<RecipientProbe> IDENTIFIER_HITS = new TupleTag<RecipientProbe>() {};
  static final TupleTag<List<Recipient>> SAMPLE = new TupleTag<List<Recipient>>() {};

  private static final TupleTag<RecipientStatistics> PARTIAL_COUNTS =
      new TupleTag<RecipientStatistics>() {};
  private static final TupleTag<Recipient> SAMPLED = new TupleTag<Recipient>() {};

  private final PCollectionView<AwardKeyIndex> index;

  CountRecipientKeys(PCollectionView<AwardKeyIndex> index) {
    this.index = index;
  }

  @Override
  public PCollectionTuple expand(PCollection<Recipient> recipients) {
    PCollection<FirstPassItem> items =
        recipients
            .apply("CountKeysAndTerms", ParDo.of(new CountFn(index)).withSideInputs(index))
            .setCoder(FirstPassItem.CODER);
    PCollectionTuple summaries =
        items.apply(
            "SplitSummaries",
            ParDo.of(new SplitSummariesFn())
                .withOutputTags(PARTIAL_COUNTS, TupleTagList.of(IDENTIFIER_HITS).and(SAMPLED)));
    summaries.get(PARTIAL_COUNTS).setCoder(RecipientStatistics.CODER);
    summaries.get(IDENTIFIER_HITS).setCoder(RecipientProbe.CODER);
    summaries.get(SAMPLED).setCoder(RecipientCoder.of());
    PCollection<RecipientStatistics> statistics =
        summaries
            .get(PARTIAL_COUNTS)
            .apply("AddCounts", Combine.globally(new RecipientStatistics.SumFn()));
    PCollection<List<Recipient>> sample =
        summaries
            .get(SAMPLED)
            .apply("SampleRecipients", Top.of(EstimateMatchModel.SAMPLE, new SampleOrder()));
    return PCollectionTuple.of(STATISTICS, statistics)
        .and(ITEMS, items)
        .and(IDENTIFIER_HITS, summaries.get(IDENTIFIER_HITS))
        .and(SAMPLE, sample);
  }

  /**
   * A recipient's place in the model sample: a hash of what the row says (id, name, identifiers,
   * address), so the sample depends neither on the order rows arrive in nor on where they come
   * from: a CSV export, its Parquet copy and the same table in a database give one sample, and so
   * one model.
   */
  static long sampleHash(Recipient r) {
    long h = 0;
    for (String field :
        new String[] {r.id, r.legalBusinessName, r.uei, r.duns, r.addressLine1, r.zip5}) {
      h = h * 0x9E3779B97F4A7C15L + (field == null ? 0 : KeyHashes.hash(field));
    }
    // SplitMix64 finaliser: similar rows land far apart.
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  /** Smallest sample hash first: {@code Top} keeps the largest, so the order is reversed. */
  static final class SampleOrder implements java.util.Comparator<Recipient>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Recipient a, Recipient b) {
      return Long.compare(sampleHash(b), sampleHash(a));
    }
  }

  static class CountFn extends DoFn<Recipient, FirstPassItem> {
    private final StageClock clock = new StageClock("count-recipient-keys");
    private final PCollectionView<AwardKeyIndex> indexView;
    private final Counter kept = Metrics.counter("blocking", "blocking.recipient-keys-kept");
    private final Counter dropped = Metrics.counter("blocking", "blocking.recipient-keys-dropped");
    private transient AwardKeyIndex index;
    private transient RecipientStatistics counts;
    private transient PriorityQueue<Recipient> sample;

    /** The sample hash of the queue's head, kept so that each row costs one hash, not two. */
    private transient long largestSampled;

    private transient long keysKept;
    private transient long keysDropped;

    CountFn(PCollectionView<AwardKeyIndex> index) {
      this.indexView = index;
    }

    @StartBundle
    public void startBundle() {
      clock.bundleStarted();
      counts = null;
      sample = new PriorityQueue<>(new SampleOrder());
      keysKept = 0;
      keysDropped = 0;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (counts == null) {
        // Read once per bundle: a side input lookup costs more than a recipient's key lookups on
        // Flink, which describes the view in a message string on every call. The index is the same
        // whichever copy a runner hands over.
        index = c.sideInput(indexView);
        counts = RecipientStatistics.sized(index);
      }
      Recipient r = c.element();
      PartyFeatures features = PartyFeatures.ofRecipient(r);
      counts.recipients++;
      boolean identifierHit = false;
      Set<String> keys = BlockingKeys.of(features);
      long[] shared = new long[keys.size()];
      int n = 0;
      for (String key : keys) {
        long hash = KeyHashes.hash(key);
        int at = index.keys.indexOf(hash);
        if (at >= 0) {
          counts.blockSizes[at]++;
          shared[n++] = hash;
          identifierHit |= BlockingKeys.isIdentifierKey(key);
        }
      }
      keysKept += n;
      keysDropped += keys.size() - n;
      for (String term : NameTerms.of(features.names())) {
        int at = index.terms.indexOf(KeyHashes.hash(term));
        if (at >= 0) {
          counts.termCounts[at]++;
        }
      }
      if (n > 0) {
        c.output(
            FirstPassItem.probe(
                new RecipientProbe(r.forLinking(), features, java.util.Arrays.copyOf(shared, n)),
                identifierHit));
      }
      // The queue's head is the sampled recipient with the largest hash, the first to give way.
      if (sample.size() < EstimateMatchModel.SAMPLE) {
        sample.add(r.forLinking());
        largestSampled = sampleHash(sample.peek());
      } else if (sampleHash(r) < largestSampled) {
        sample.poll();
        sample.add(r.forLinking());
        largestSampled = sampleHash(sample.peek());
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      if (counts != null) {
        c.output(
            FirstPassItem.summary(counts, sample),
            GlobalWindow.INSTANCE.maxTimestamp(),
            GlobalWindow.INSTANCE);
      }
      kept.inc(keysKept);
      dropped.inc(keysDropped);
      counts = null;
      sample = null;
      clock.bundleFinished();
    }
  }

  /** Takes the summaries and identifier hits out of the pass's items; probes pass by. */
  static class SplitSummariesFn extends DoFn<FirstPassItem, RecipientStatistics> {
    @ProcessElement
    public void process(@Element FirstPassItem item, MultiOutputReceiver out) {
      RecipientProbe probe = item.probe();
      if (probe != null) {
        if (item.identifierHit()) {
          out.get(IDENTIFIER_HITS).output(probe);
        }
        return;
      }
      out.get(PARTIAL_COUNTS).output(item.counts());
      for (Recipient r : item.sample()) {
        out.get(SAMPLED).output(r);
      }
    }
  }
}
