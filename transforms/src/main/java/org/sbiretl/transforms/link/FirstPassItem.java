package org.sbiretl.transforms.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecipientCoder;

/**
 * What the counting pass over the recipients sends on, in one collection: a {@link RecipientProbe}
 * for each recipient that shares a key with some award, and once per bundle a summary (the bundle's
 * block sizes and term counts, and its share of the model's recipient sample).
 *
 * <p>One collection, not one output per kind, because on Flink each further output of a ParDo is a
 * channel that serialises every element of the ParDo once more: with four outputs, each of the 1.7M
 * probes at production shape was encoded and decoded four times before the scoring pass read it.
 * Now it crosses two channels, to the scoring pass and to the small split of the summaries.
 */
final class FirstPassItem {
  static final Coder CODER = new Coder();

  private final @Nullable RecipientProbe probe;
  private final boolean identifierHit;
  private final @Nullable RecipientStatistics counts;
  private final List<Recipient> sample;

  private FirstPassItem(
      @Nullable RecipientProbe probe,
      boolean identifierHit,
      @Nullable RecipientStatistics counts,
      List<Recipient> sample) {
    this.probe = probe;
    this.identifierHit = identifierHit;
    this.counts = counts;
    this.sample = sample;
  }

  /** A recipient that meets some award; {@code identifierHit} when through a UEI or DUNS key. */
  static FirstPassItem probe(RecipientProbe probe, boolean identifierHit) {
    return new FirstPassItem(probe, identifierHit, null, List.of());
  }

  /** One bundle's counts and sampled recipients. */
  static FirstPassItem summary(RecipientStatistics counts, Collection<Recipient> sample) {
    return new FirstPassItem(null, false, counts, List.copyOf(sample));
  }

  /** The probe, or null for a summary. */
  @Nullable RecipientProbe probe() {
    return probe;
  }

  boolean identifierHit() {
    return identifierHit;
  }

  /** The bundle's counts, or null for a probe. */
  @Nullable RecipientStatistics counts() {
    return counts;
  }

  List<Recipient> sample() {
    return sample;
  }

  /** A kind byte (probe, probe with an identifier hit, summary), then the item. */
  static final class Coder extends CustomCoder<FirstPassItem> {
    private static final long serialVersionUID = 1L;
    private static final int PROBE = 0;
    private static final int IDENTIFIER_HIT = 1;
    private static final int SUMMARY = 2;

    @Override
    public void encode(FirstPassItem item, OutputStream out) throws IOException {
      if (item.probe != null) {
        out.write(item.identifierHit ? IDENTIFIER_HIT : PROBE);
        RecipientProbe.CODER.encode(item.probe, out);
        return;
      }
      out.write(SUMMARY);
      RecipientStatistics.CODER.encode(item.counts, out);
      VarInt.encode(item.sample.size(), out);
      for (Recipient r : item.sample) {
        RecipientCoder.of().encode(r, out);
      }
    }

    @Override
    public FirstPassItem decode(InputStream in) throws IOException {
      int kind = in.read();
      if (kind == PROBE || kind == IDENTIFIER_HIT) {
        return probe(RecipientProbe.CODER.decode(in), kind == IDENTIFIER_HIT);
      }
      if (kind != SUMMARY) {
        throw new IOException("not a first-pass item: kind " + kind);
      }
      RecipientStatistics counts = RecipientStatistics.CODER.decode(in);
      int n = VarInt.decodeInt(in);
      List<Recipient> sample = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        sample.add(RecipientCoder.of().decode(in));
      }
      return new FirstPassItem(null, false, counts, List.copyOf(sample));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
