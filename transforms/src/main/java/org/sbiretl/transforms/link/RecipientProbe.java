package org.sbiretl.transforms.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.sbiretl.transforms.record.BlockFieldsCoder;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecipientCoder;
import org.sbiretl.transforms.record.Wire;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * A recipient as the scoring pass needs it, computed once by the counting pass: the columns a link
 * reports ({@link Recipient#forLinking()}), its normalised features, and the hashes of its blocking
 * keys that some award has. A recipient with no such key never becomes a probe: it cannot meet an
 * award.
 */
final class RecipientProbe {
  static final Coder CODER = new Coder();

  final Recipient recipient;
  final PartyFeatures features;
  final long[] keyHashes;

  RecipientProbe(Recipient recipient, PartyFeatures features, long[] keyHashes) {
    this.recipient = recipient;
    this.features = features;
    this.keyHashes = keyHashes;
  }

  /**
   * The recipient (a {@link Recipient#forLinking()} copy), then the features and the key hashes.
   */
  static final class Coder extends BlockFieldsCoder<RecipientProbe> {
    private static final long serialVersionUID = 1L;

    @Override
    protected void writeFields(RecipientProbe p, OutputStream out) throws IOException {
      RecipientCoder.of().encode(p.recipient, out);
      FeatureWire.encode(p.features, out);
      Wire.longs(p.keyHashes, out);
    }

    @Override
    protected RecipientProbe readFields(InputStream in) throws IOException {
      Recipient r = RecipientCoder.of().decode(in);
      return new RecipientProbe(r, FeatureWire.decode(in), Wire.longs(in));
    }
  }
}
