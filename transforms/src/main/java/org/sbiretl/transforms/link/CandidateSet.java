package org.sbiretl.transforms.link;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.util.VarInt;
import org.sbiretl.transforms.record.BlockFieldsCoder;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecipientCoder;
import org.sbiretl.transforms.score.PairComparator;

/**
 * The candidates one award kept from one part of the recipient table: how many recipient rows were
 * scored against it, how many of those were worth keeping, and the kept rows, scored (see {@link
 * ScoreCandidates} for which are kept). Only these leave the recipient pass.
 */
final class CandidateSet {
  static final Coder CODER = new Coder();

  final int scored;
  final int plausible;
  final List<ScoredCandidate> kept;

  CandidateSet(int scored, int plausible, List<ScoredCandidate> kept) {
    this.scored = scored;
    this.plausible = plausible;
    this.kept = kept;
  }

  static final class Coder extends BlockFieldsCoder<CandidateSet> {
    private static final long serialVersionUID = 1L;
    private static final RecipientCoder RECIPIENT = RecipientCoder.of();

    @Override
    protected void writeFields(CandidateSet set, OutputStream out) throws IOException {
      VarInt.encode(set.scored, out);
      VarInt.encode(set.plausible, out);
      VarInt.encode(set.kept.size(), out);
      DataOutputStream d = new DataOutputStream(out);
      for (ScoredCandidate c : set.kept) {
        RECIPIENT.encode(c.recipient(), out);
        int[] levels = c.comparison().levels();
        VarInt.encode(levels.length, out);
        for (int level : levels) {
          // MISSING is -1: shifted so that every level encodes as a small non-negative number.
          VarInt.encode(level + 1, out);
        }
        d.writeDouble(c.comparison().nameSimilarity());
        VarInt.encode(c.comparison().recipientNameVariant(), out);
        VarInt.encode(c.weights().length, out);
        for (double w : c.weights()) {
          d.writeDouble(w);
        }
        d.writeDouble(c.probability());
      }
    }

    @Override
    protected CandidateSet readFields(InputStream in) throws IOException {
      int scored = VarInt.decodeInt(in);
      int plausible = VarInt.decodeInt(in);
      int n = VarInt.decodeInt(in);
      DataInputStream d = new DataInputStream(in);
      List<ScoredCandidate> kept = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Recipient r = RECIPIENT.decode(in);
        int[] levels = new int[VarInt.decodeInt(in)];
        for (int l = 0; l < levels.length; l++) {
          levels[l] = VarInt.decodeInt(in) - 1;
        }
        double similarity = d.readDouble();
        int variant = VarInt.decodeInt(in);
        double[] weights = new double[VarInt.decodeInt(in)];
        for (int w = 0; w < weights.length; w++) {
          weights[w] = d.readDouble();
        }
        kept.add(
            new ScoredCandidate(
                r,
                new PairComparator.Result(levels, similarity, variant),
                weights,
                d.readDouble()));
      }
      return new CandidateSet(scored, plausible, kept);
    }
  }
}
