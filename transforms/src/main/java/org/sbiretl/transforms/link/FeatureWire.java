package org.sbiretl.transforms.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.util.VarInt;
import org.sbiretl.transforms.record.Wire;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * The compact encoding of {@link PartyFeatures}, shared by the coders of awards' and recipients'
 * keys.
 */
final class FeatureWire {
  private FeatureWire() {}

  static void encode(PartyFeatures f, OutputStream out) throws IOException {
    VarInt.encode(f.names().size(), out);
    for (List<String> name : f.names()) {
      Wire.strings(name, out);
    }
    Wire.string(f.city(), out);
    Wire.string(f.state(), out);
    Wire.string(f.zip5(), out);
    Wire.string(f.uei(), out);
    Wire.string(f.duns(), out);
  }

  static PartyFeatures decode(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    List<List<String>> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      names.add(List.copyOf(Wire.strings(in)));
    }
    return new PartyFeatures(
        List.copyOf(names),
        Wire.string(in),
        Wire.string(in),
        Wire.string(in),
        Wire.string(in),
        Wire.string(in));
  }
}
