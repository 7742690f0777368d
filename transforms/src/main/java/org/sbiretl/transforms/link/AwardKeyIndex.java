package org.sbiretl.transforms.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.record.Wire;

/**
 * Every blocking key and name term that some award has, as sorted hash sets: shipped to the
 * recipient side so that a recipient key or term no award shares costs one binary search and
 * nothing more. Positions in these sets index the counts of {@link RecipientStatistics}.
 */
final class AwardKeyIndex implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  static final Coder CODER = new Coder();

  final KeyHashes keys;
  final KeyHashes terms;

  AwardKeyIndex(KeyHashes keys, KeyHashes terms) {
    this.keys = keys;
    this.terms = terms;
  }

  /** Collects the hashes of many awards; repeats are removed once, at the end. */
  static final class IndexFn extends Combine.CombineFn<AwardKeys, Hashes, AwardKeyIndex> {
    private static final long serialVersionUID = 1L;

    @Override
    public Hashes createAccumulator() {
      return new Hashes();
    }

    @Override
    public Hashes addInput(Hashes acc, AwardKeys award) {
      acc.keys = append(acc.keys, acc.keyCount, award.keyHashes, award.keyHashes.length);
      acc.keyCount += award.keyHashes.length;
      acc.terms = append(acc.terms, acc.termCount, award.terms, award.terms.length);
      acc.termCount += award.terms.length;
      return acc;
    }

    @Override
    public Hashes mergeAccumulators(Iterable<Hashes> accumulators) {
      Hashes merged = new Hashes();
      for (Hashes h : accumulators) {
        merged.keys = append(merged.keys, merged.keyCount, h.keys, h.keyCount);
        merged.keyCount += h.keyCount;
        merged.terms = append(merged.terms, merged.termCount, h.terms, h.termCount);
        merged.termCount += h.termCount;
      }
      return merged;
    }

    @Override
    public AwardKeyIndex extractOutput(Hashes acc) {
      return new AwardKeyIndex(
          KeyHashes.ofUnsorted(acc.keys, acc.keyCount),
          KeyHashes.ofUnsorted(acc.terms, acc.termCount));
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<Hashes> getAccumulatorCoder(
        CoderRegistry registry, org.apache.beam.sdk.coders.Coder<AwardKeys> inputCoder) {
      return Hashes.CODER;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<AwardKeyIndex> getDefaultOutputCoder(
        CoderRegistry registry, org.apache.beam.sdk.coders.Coder<AwardKeys> inputCoder) {
      return CODER;
    }

    /** {@code to} (of which {@code used} are filled) with the first {@code count} of more. */
    private static long[] append(long[] to, int used, long[] more, int count) {
      long[] out = to;
      if (used + count > to.length) {
        out = Arrays.copyOf(to, Math.max(used + count, to.length * 2));
      }
      System.arraycopy(more, 0, out, used, count);
      return out;
    }
  }

  /** Accumulated hashes, unsorted and possibly repeated. */
  static final class Hashes {
    static final HashesCoder CODER = new HashesCoder();
    long[] keys = new long[64];
    int keyCount;
    long[] terms = new long[64];
    int termCount;
  }

  static final class HashesCoder extends CustomCoder<Hashes> {
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(Hashes h, OutputStream out) throws IOException {
      Wire.longs(Arrays.copyOf(h.keys, h.keyCount), out);
      Wire.longs(Arrays.copyOf(h.terms, h.termCount), out);
    }

    @Override
    public Hashes decode(InputStream in) throws IOException {
      Hashes h = new Hashes();
      h.keys = Wire.longs(in);
      h.keyCount = h.keys.length;
      h.terms = Wire.longs(in);
      h.termCount = h.terms.length;
      return h;
    }
  }

  static final class Coder extends CustomCoder<AwardKeyIndex> {
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(AwardKeyIndex index, OutputStream out) throws IOException {
      Wire.longs(index.keys.sorted(), out);
      Wire.longs(index.terms.sorted(), out);
    }

    @Override
    public AwardKeyIndex decode(InputStream in) throws IOException {
      return new AwardKeyIndex(
          KeyHashes.ofSortedDistinct(Wire.longs(in)), KeyHashes.ofSortedDistinct(Wire.longs(in)));
    }
  }
}
