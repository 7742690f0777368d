package org.sbiretl.transforms.record;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.beam.sdk.util.VarInt;

/**
 * A record's fields sent as one length-prefixed block of bytes. A runner hands a coder a stream
 * whose every call crosses a wrapper into its own memory pages (on Flink, {@code
 * DataOutputViewWrapper}); a recipient written field by field made about fifty such calls, and at
 * production shape that cost more than parsing the rows. Written into an array first, it makes two.
 *
 * <p>A block written inside another block is not framed again: a coder nested in another compact
 * coder sees the outer block's stream, on writing and on reading alike, so both sides agree. Beam's
 * {@code ByteArrayOutputStream} family synchronises every call, hence these two classes.
 */
public final class WireBlock {
  private WireBlock() {}

  /** Writes one value's fields. */
  @FunctionalInterface
  public interface FieldWriter<T> {
    void write(T value, OutputStream out) throws IOException;
  }

  /** Reads one value's fields. */
  @FunctionalInterface
  public interface FieldReader<T> {
    T read(InputStream in) throws IOException;
  }

  public static <T> void write(T value, FieldWriter<T> fields, OutputStream out)
      throws IOException {
    if (out instanceof Output) {
      fields.write(value, out);
      return;
    }
    Output block = new Output();
    fields.write(value, block);
    VarInt.encode(block.size, out);
    out.write(block.bytes, 0, block.size);
  }

  public static <T> T read(FieldReader<T> fields, InputStream in) throws IOException {
    if (in instanceof Input) {
      return fields.read(in);
    }
    byte[] bytes = new byte[VarInt.decodeInt(in)];
    int at = 0;
    while (at < bytes.length) {
      int n = in.read(bytes, at, bytes.length - at);
      if (n < 0) {
        throw new EOFException("a block of " + bytes.length + " bytes was cut short at " + at);
      }
      at += n;
    }
    return fields.read(new Input(bytes));
  }

  /** A growing array, unsynchronised. */
  static final class Output extends OutputStream {
    private byte[] bytes = new byte[512];
    private int size;

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    @Override
    public void write(int b) {
      room(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      room(len);
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }
  }

  /** An array read in place, unsynchronised; strings are decoded from it without a copy. */
  static final class Input extends InputStream {
    private final byte[] bytes;
    private int at;

    Input(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return len == 0 ? 0 : -1;
      }
      int n = Math.min(len, bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }

    String string(int length) throws EOFException {
      if (length > bytes.length - at) {
        throw new EOFException("a string of " + length + " bytes was cut short");
      }
      String s = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }
  }
}
