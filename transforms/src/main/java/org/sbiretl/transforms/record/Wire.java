package org.sbiretl.transforms.record;

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

/**
 * Field encodings shared by the compact coders of records and linker types: every field
 * length-prefixed, so a value is self-delimiting in any coder context. These types cross shuffles
 * and side inputs many times per run; a schema or Java-serialisation coder would spend more time
 * describing them than moving them.
 */
public final class Wire {
  private Wire() {}

  public static void string(@Nullable String s, OutputStream out) throws IOException {
    if (s == null) {
      VarInt.encode(0, out);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    VarInt.encode(b.length + 1, out);
    out.write(b);
  }

  public static @Nullable String string(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in) - 1;
    if (n < 0) {
      return null;
    }
    if (in instanceof WireBlock.Input block) {
      return block.string(n);
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new EOFException("a string of " + n + " bytes was cut short");
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  public static void longs(long[] a, OutputStream out) throws IOException {
    VarInt.encode(a.length, out);
    DataOutputStream d = new DataOutputStream(out);
    for (long v : a) {
      d.writeLong(v);
    }
  }

  public static long[] longs(InputStream in) throws IOException {
    long[] a = new long[VarInt.decodeInt(in)];
    DataInputStream d = new DataInputStream(in);
    for (int i = 0; i < a.length; i++) {
      a[i] = d.readLong();
    }
    return a;
  }

  public static void ints(int[] a, OutputStream out) throws IOException {
    VarInt.encode(a.length, out);
    for (int v : a) {
      VarInt.encode(v, out);
    }
  }

  public static int[] ints(InputStream in) throws IOException {
    int[] a = new int[VarInt.decodeInt(in)];
    for (int i = 0; i < a.length; i++) {
      a[i] = VarInt.decodeInt(in);
    }
    return a;
  }

  public static void strings(List<String> list, OutputStream out) throws IOException {
    VarInt.encode(list.size(), out);
    for (String s : list) {
      string(s, out);
    }
  }

  public static List<String> strings(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(string(in));
    }
    return out;
  }

  /** A nullable int: 0 for null, else the value's zig-zag form plus one. */
  public static void nullableInt(@Nullable Integer v, OutputStream out) throws IOException {
    VarInt.encode(v == null ? 0L : ((((long) v) << 1) ^ (((long) v) >> 63)) + 1, out);
  }

  public static @Nullable Integer nullableInt(InputStream in) throws IOException {
    long z = VarInt.decodeLong(in);
    if (z == 0) {
      return null;
    }
    z -= 1;
    return (int) ((z >>> 1) ^ -(z & 1));
  }

  /** A nullable double: a presence byte, then its eight bytes. */
  public static void nullableDouble(@Nullable Double v, OutputStream out) throws IOException {
    out.write(v == null ? 0 : 1);
    if (v != null) {
      new DataOutputStream(out).writeDouble(v);
    }
  }

  public static @Nullable Double nullableDouble(InputStream in) throws IOException {
    int present = in.read();
    if (present < 0) {
      throw new EOFException("a double was cut short");
    }
    return present == 0 ? null : new DataInputStream(in).readDouble();
  }
}
