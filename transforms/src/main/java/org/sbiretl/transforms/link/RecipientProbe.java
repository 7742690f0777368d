package org.sbiretl.transforms.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.sbiretl.transforms.record.Recipient;
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

  /** The fields {@link Recipient#forLinking()} keeps, then the features and the key hashes. */
  static final class Coder extends CustomCoder<RecipientProbe> {
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(RecipientProbe p, OutputStream out) throws IOException {
      Recipient r = p.recipient;
      Wire.string(r.id, out);
      Wire.string(r.legalBusinessName, out);
      Wire.string(r.uei, out);
      Wire.string(r.duns, out);
      Wire.strings(r.alternateNames, out);
      Wire.string(r.parentUei, out);
      Wire.string(r.parentLegalBusinessName, out);
      Wire.string(r.addressLine1, out);
      Wire.string(r.city, out);
      Wire.string(r.state, out);
      Wire.string(r.zip5, out);
      Wire.string(r.businessTypesCodes, out);
      Wire.string(r.updateDate, out);
      VarLongCoder.of().encode(r.sourceRow, out);
      Wire.features(p.features, out);
      Wire.longs(p.keyHashes, out);
    }

    @Override
    public RecipientProbe decode(InputStream in) throws IOException {
      Recipient r = new Recipient();
      r.id = Wire.string(in);
      r.legalBusinessName = Wire.string(in);
      r.uei = Wire.string(in);
      r.duns = Wire.string(in);
      r.alternateNames = Wire.strings(in);
      r.parentUei = Wire.string(in);
      r.parentLegalBusinessName = Wire.string(in);
      r.addressLine1 = Wire.string(in);
      r.city = Wire.string(in);
      r.state = Wire.string(in);
      r.zip5 = Wire.string(in);
      r.businessTypesCodes = Wire.string(in);
      r.updateDate = Wire.string(in);
      r.sourceRow = VarLongCoder.of().decode(in);
      return new RecipientProbe(r, Wire.features(in), Wire.longs(in));
    }
  }
}
