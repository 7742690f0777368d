package org.sbiretl.transforms.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A compact coder that writes a value's fields itself, framed as one block ({@link WireBlock}). The
 * subclasses say which fields, in which order; the framing is here once.
 */
public abstract class BlockFieldsCoder<T> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;

  /** Writes the value's fields, each self-delimiting ({@link Wire}). */
  protected abstract void writeFields(T value, OutputStream out) throws IOException;

  /** Reads what {@link #writeFields} wrote. */
  protected abstract T readFields(InputStream in) throws IOException;

  @Override
  public final void encode(T value, OutputStream out) throws IOException {
    WireBlock.write(value, this::writeFields, out);
  }

  @Override
  public final T decode(InputStream in) throws IOException {
    return WireBlock.read(this::readFields, in);
  }
}
