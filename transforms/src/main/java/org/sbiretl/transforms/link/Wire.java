package org.sbiretl.transforms.link;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.util.VarInt;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * Field encodings shared by the linker's compact coders: every field length-prefixed, so a value is
 * self-delimiting in any coder context. These types cross shuffles and side inputs many times per
 * run; a schema or Java-serialisation coder would spend more time describing them than moving them.
 */
final class Wire {
  private Wire() {}

  static void string(@Nullable String s, OutputStream out) throws IOException {
    if (s == null) {
      VarInt.encode(0, out);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    VarInt.encode(b.length + 1, out);
    out.write(b);
  }

  static @Nullable String string(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in) - 1;
    if (n < 0) {
      return null;
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new EOFException("a string of " + n + " bytes was cut short");
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  static void longs(long[] a, OutputStream out) throws IOException {
    VarInt.encode(a.length, out);
    DataOutputStream d = new DataOutputStream(out);
    for (long v : a) {
      d.writeLong(v);
    }
  }

  static long[] longs(InputStream in) throws IOException {
    long[] a = new long[VarInt.decodeInt(in)];
    DataInputStream d = new DataInputStream(in);
    for (int i = 0; i < a.length; i++) {
      a[i] = d.readLong();
    }
    return a;
  }

  static void ints(int[] a, OutputStream out) throws IOException {
    VarInt.encode(a.length, out);
    for (int v : a) {
      VarInt.encode(v, out);
    }
  }

  static int[] ints(InputStream in) throws IOException {
    int[] a = new int[VarInt.decodeInt(in)];
    for (int i = 0; i < a.length; i++) {
      a[i] = VarInt.decodeInt(in);
    }
    return a;
  }

  static void strings(List<String> list, OutputStream out) throws IOException {
    VarInt.encode(list.size(), out);
    for (String s : list) {
      string(s, out);
    }
  }

  static List<String> strings(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(string(in));
    }
    return out;
  }

  static void features(PartyFeatures f, OutputStream out) throws IOException {
    VarInt.encode(f.names().size(), out);
    for (List<String> name : f.names()) {
      strings(name, out);
    }
    string(f.city(), out);
    string(f.state(), out);
    string(f.zip5(), out);
    string(f.uei(), out);
    string(f.duns(), out);
  }

  static PartyFeatures features(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    List<List<String>> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      names.add(List.copyOf(strings(in)));
    }
    return new PartyFeatures(
        List.copyOf(names), string(in), string(in), string(in), string(in), string(in));
  }
}
