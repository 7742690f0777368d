package org.sbiretl.transforms.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.sbiretl.transforms.block.BlockingKeys;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.BlockFieldsCoder;
import org.sbiretl.transforms.record.Wire;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * What the linker needs of one award, normalised once: its features, its blocking keys with their
 * hashes, and the hashes of its name terms (tokens and whole names, see {@link NameTerms}). After
 * {@link ChooseAwardKeys} the keys are only those the award is blocked on, and the terms are empty.
 */
final class AwardKeys {
  static final Coder CODER = new Coder();

  final String awardId;
  final PartyFeatures features;
  final String[] keys;
  final long[] keyHashes;
  final long[] terms;

  AwardKeys(String awardId, PartyFeatures features, String[] keys, long[] keyHashes, long[] terms) {
    this.awardId = awardId;
    this.features = features;
    this.keys = keys;
    this.keyHashes = keyHashes;
    this.terms = terms;
  }

  static AwardKeys of(Award award) {
    PartyFeatures features = PartyFeatures.ofAward(award);
    String[] keys = BlockingKeys.of(features).toArray(String[]::new);
    long[] hashes = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      hashes[i] = KeyHashes.hash(keys[i]);
    }
    List<String> terms = NameTerms.of(features.names());
    long[] termHashes = new long[terms.size()];
    for (int i = 0; i < termHashes.length; i++) {
      termHashes[i] = KeyHashes.hash(terms.get(i));
    }
    return new AwardKeys(award.awardId, features, keys, hashes, termHashes);
  }

  /** Field by field; the type crosses a shuffle and a side input. */
  static final class Coder extends BlockFieldsCoder<AwardKeys> {
    private static final long serialVersionUID = 1L;

    @Override
    protected void writeFields(AwardKeys a, OutputStream out) throws IOException {
      Wire.string(a.awardId, out);
      FeatureWire.encode(a.features, out);
      Wire.strings(List.of(a.keys), out);
      Wire.longs(a.keyHashes, out);
      Wire.longs(a.terms, out);
    }

    @Override
    protected AwardKeys readFields(InputStream in) throws IOException {
      return new AwardKeys(
          Wire.string(in),
          FeatureWire.decode(in),
          Wire.strings(in).toArray(String[]::new),
          Wire.longs(in),
          Wire.longs(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
