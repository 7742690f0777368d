package org.sbiretl.pipeline.quality;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.sbiretl.pipeline.output.CsvRows;
import org.sbiretl.transforms.metrics.TimedDoFn;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkedAward;

/**
 * The per-award half of the conservation gate: every valid award read must leave the linker in
 * exactly one of matched, review and unmatched. The awards and the three outputs are joined on
 * {@code award_id}, and each id is counted as once, missing (read, in no output), repeated (in more
 * than one output row) or unread (in an output, never read). Sums alone cannot see an award that is
 * duplicated in one output and missing from another; this can.
 */
public final class CheckEachAwardOnce extends PTransform<PCollectionTuple, PCollection<String>> {
  /** Input: the valid awards read. */
  public static final TupleTag<Award> AWARDS = new TupleTag<Award>() {};

  /** Input: every row of matched, review and unmatched. */
  public static final TupleTag<LinkedAward> OUTCOMES = new TupleTag<LinkedAward>() {};

  public static final String NAMESPACE = "conservation";
  public static final String ONCE = "conservation.awards-once";
  public static final String MISSING = "conservation.awards-missing";
  public static final String REPEATED = "conservation.awards-repeated";
  public static final String UNREAD = "conservation.outcomes-unread";

  /** File name (without {@code .csv}) of the violation rows in the output's diagnostics folder. */
  public static final String VIOLATIONS = "conservation-violations";

  /** Header of the violation rows: one row per award id that did not land exactly once. */
  public static final String HEADER = "award_id,violation,times_read,times_in_outputs";

  private static final TupleTag<Long> READ = new TupleTag<Long>() {};
  private static final TupleTag<Long> LEFT = new TupleTag<Long>() {};

  /** Output: a CSV row ({@link #HEADER}) per id that was missing, repeated or never read. */
  @Override
  public PCollection<String> expand(PCollectionTuple input) {
    PCollection<KV<String, Long>> read =
        input
            .get(AWARDS)
            .apply(
                "KeyAwardsRead",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                    .via(a -> KV.of(a.awardId, 1L)));
    PCollection<KV<String, Long>> left =
        input
            .get(OUTCOMES)
            .apply(
                "KeyOutcomes",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                    .via(l -> KV.of(l.award.awardId, 1L)));
    return KeyedPCollectionTuple.of(READ, read)
        .and(LEFT, left)
        .apply("JoinOnAwardId", CoGroupByKey.create())
        .apply("CountById", ParDo.of(new CountByIdFn()));
  }

  static class CountByIdFn extends TimedDoFn<KV<String, CoGbkResult>, String> {
    CountByIdFn() {
      super("check-each-award-once");
    }

    private final Counter once = Metrics.counter(NAMESPACE, ONCE);
    private final Counter missing = Metrics.counter(NAMESPACE, MISSING);
    private final Counter repeated = Metrics.counter(NAMESPACE, REPEATED);
    private final Counter unread = Metrics.counter(NAMESPACE, UNREAD);

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<String> out) {
      long reads = count(joined.getValue().getAll(READ));
      long outcomes = count(joined.getValue().getAll(LEFT));
      String violation;
      if (reads == 0) {
        unread.inc(outcomes);
        violation = "unread";
      } else if (outcomes == 0) {
        missing.inc(reads);
        violation = "missing";
      } else if (reads == 1 && outcomes == 1) {
        once.inc();
        return;
      } else {
        // Two rows read under one id (identical rows at one position cannot happen: the id
        // includes the row number) or one award in two outputs.
        repeated.inc(Math.max(reads, outcomes));
        violation = "repeated";
      }
      out.output(CsvRows.line(java.util.List.of(joined.getKey(), violation, reads, outcomes)));
    }

    private static long count(Iterable<Long> ones) {
      long n = 0;
      for (long one : ones) {
        n += one;
      }
      return n;
    }
  }
}
