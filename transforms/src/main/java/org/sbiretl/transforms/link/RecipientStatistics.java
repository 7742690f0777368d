package org.sbiretl.transforms.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.record.Wire;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * What the recipient table says about the awards' keys and terms, counted in one pass: for each key
 * of the {@link AwardKeyIndex}, the recipients under it (its block size); for each term, the
 * recipients whose names carry it (its document frequency); and the number of recipients.
 */
final class RecipientStatistics implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  static final Coder CODER = new Coder();

  /** Indexed like {@link AwardKeyIndex#keys}; empty before the first count. */
  int[] blockSizes;

  /** Indexed like {@link AwardKeyIndex#terms}. */
  int[] termCounts;

  long recipients;

  RecipientStatistics(int[] blockSizes, int[] termCounts, long recipients) {
    this.blockSizes = blockSizes;
    this.termCounts = termCounts;
    this.recipients = recipients;
  }

  static RecipientStatistics sized(AwardKeyIndex index) {
    return new RecipientStatistics(new int[index.keys.size()], new int[index.terms.size()], 0);
  }

  /** The block size of a key hash, 0 when no recipient (or no award) has it. */
  int blockSize(AwardKeyIndex index, long keyHash) {
    int at = index.keys.indexOf(keyHash);
    return at < 0 || blockSizes.length == 0 ? 0 : blockSizes[at];
  }

  /** Token weights over the recipient table, read from these counts. */
  TokenWeights weights(AwardKeyIndex index) {
    return new TokenWeights(new TermFrequencies(index.terms, termCounts), recipients);
  }

  /** Term frequencies by hash; a term no award has counts as unseen, which no award asks for. */
  private record TermFrequencies(KeyHashes terms, int[] counts)
      implements TokenWeights.Frequencies {
    @Override
    public long of(String term) {
      int at = terms.indexOf(KeyHashes.hash(term));
      return at < 0 || counts.length == 0 ? 0 : counts[at];
    }
  }

  /** Adds the counts of every partition of the recipient pass. */
  static final class SumFn
      extends Combine.CombineFn<RecipientStatistics, RecipientStatistics, RecipientStatistics> {
    private static final long serialVersionUID = 1L;

    @Override
    public RecipientStatistics createAccumulator() {
      return new RecipientStatistics(new int[0], new int[0], 0);
    }

    @Override
    public RecipientStatistics addInput(RecipientStatistics acc, RecipientStatistics in) {
      acc.blockSizes = add(acc.blockSizes, in.blockSizes);
      acc.termCounts = add(acc.termCounts, in.termCounts);
      acc.recipients += in.recipients;
      return acc;
    }

    @Override
    public RecipientStatistics mergeAccumulators(Iterable<RecipientStatistics> accumulators) {
      RecipientStatistics out = createAccumulator();
      for (RecipientStatistics a : accumulators) {
        addInput(out, a);
      }
      return out;
    }

    @Override
    public RecipientStatistics extractOutput(RecipientStatistics acc) {
      return acc;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<RecipientStatistics> getAccumulatorCoder(
        CoderRegistry registry, org.apache.beam.sdk.coders.Coder<RecipientStatistics> inputCoder) {
      return CODER;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<RecipientStatistics> getDefaultOutputCoder(
        CoderRegistry registry, org.apache.beam.sdk.coders.Coder<RecipientStatistics> inputCoder) {
      return CODER;
    }

    private static int[] add(int[] acc, int[] more) {
      if (acc.length == 0) {
        return more.clone();
      }
      if (more.length == 0) {
        return acc;
      }
      if (acc.length != more.length) {
        throw new IllegalStateException("counts over different key indexes cannot be added");
      }
      for (int i = 0; i < acc.length; i++) {
        acc[i] += more[i];
      }
      return acc;
    }
  }

  static final class Coder extends CustomCoder<RecipientStatistics> {
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(RecipientStatistics s, OutputStream out) throws IOException {
      Wire.ints(s.blockSizes, out);
      Wire.ints(s.termCounts, out);
      VarLongCoder.of().encode(s.recipients, out);
    }

    @Override
    public RecipientStatistics decode(InputStream in) throws IOException {
      return new RecipientStatistics(Wire.ints(in), Wire.ints(in), VarLongCoder.of().decode(in));
    }
  }
}
