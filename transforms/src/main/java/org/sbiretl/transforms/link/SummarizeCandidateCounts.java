package org.sbiretl.transforms.link;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;

/**
 * Exact percentiles of the candidates scored per award ({@link LinkAwards#CANDIDATE_COUNTS}): p50,
 * p90, p99 and max, as one {@link Summary}. Counts are small integers (at most {@code
 * matching.max_candidates_per_award}), so a histogram of count → awards is small and exact, unlike
 * an approximate quantile sketch. An empty input gives a summary of zeros.
 */
public class SummarizeCandidateCounts
    extends PTransform<PCollection<Integer>, PCollection<SummarizeCandidateCounts.Summary>> {

  /**
   * How many awards were counted and the nearest-rank percentiles of their candidate counts: the
   * p-th percentile is the smallest count that at least p% of the awards do not exceed.
   */
  @DefaultCoder(SerializableCoder.class)
  public record Summary(long awards, int p50, int p90, int p99, int max) implements Serializable {
    static final Summary EMPTY = new Summary(0, 0, 0, 0, 0);
  }

  @Override
  public PCollection<Summary> expand(PCollection<Integer> counts) {
    return counts.apply("CandidateCountHistogram", Combine.globally(new HistogramFn()));
  }

  /** The summary of a histogram of candidate count → number of awards with it. */
  static Summary summarise(Map<Integer, Long> histogram) {
    List<Map.Entry<Integer, Long>> bins = new ArrayList<>(histogram.entrySet());
    bins.sort(Map.Entry.comparingByKey());
    long awards = 0;
    for (Map.Entry<Integer, Long> bin : bins) {
      awards += bin.getValue();
    }
    if (awards == 0) {
      return Summary.EMPTY;
    }
    return new Summary(
        awards,
        percentile(bins, awards, 50),
        percentile(bins, awards, 90),
        percentile(bins, awards, 99),
        bins.get(bins.size() - 1).getKey());
  }

  /** Nearest rank: the value at 1-based rank ⌈p·n/100⌉ of the sorted counts. */
  private static int percentile(List<Map.Entry<Integer, Long>> sortedBins, long n, int p) {
    long rank = Math.max(1, (p * n + 99) / 100);
    long seen = 0;
    for (Map.Entry<Integer, Long> bin : sortedBins) {
      seen += bin.getValue();
      if (seen >= rank) {
        return bin.getKey();
      }
    }
    return sortedBins.get(sortedBins.size() - 1).getKey();
  }

  /** Counts awards per candidate count, then summarises the histogram. */
  static final class HistogramFn extends Combine.CombineFn<Integer, Map<Integer, Long>, Summary> {
    @Override
    public Map<Integer, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<Integer, Long> addInput(Map<Integer, Long> histogram, Integer count) {
      histogram.merge(count, 1L, Long::sum);
      return histogram;
    }

    @Override
    public Map<Integer, Long> mergeAccumulators(Iterable<Map<Integer, Long>> histograms) {
      Map<Integer, Long> merged = new HashMap<>();
      for (Map<Integer, Long> h : histograms) {
        h.forEach((count, awards) -> merged.merge(count, awards, Long::sum));
      }
      return merged;
    }

    @Override
    public Summary extractOutput(Map<Integer, Long> histogram) {
      return summarise(histogram);
    }

    @Override
    public Coder<Map<Integer, Long>> getAccumulatorCoder(
        CoderRegistry registry, Coder<Integer> inputCoder) {
      return MapCoder.of(VarIntCoder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<Summary> getDefaultOutputCoder(CoderRegistry registry, Coder<Integer> inputCoder) {
      return SerializableCoder.of(Summary.class);
    }
  }
}
