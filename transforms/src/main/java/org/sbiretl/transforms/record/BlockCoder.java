package org.sbiretl.transforms.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StructuredCoder;

/**
 * Another coder's encoding, sent as one block ({@link WireBlock}): the records' schema coders write
 * field by field, and on Flink each field was a call through the runner's stream wrapper; an award
 * crosses five channels between its reader and the linker. The bytes inside are the inner coder's.
 */
public final class BlockCoder<T> extends StructuredCoder<T> {
  private static final long serialVersionUID = 1L;

  private final Coder<T> inner;

  private BlockCoder(Coder<T> inner) {
    this.inner = inner;
  }

  public static <T> BlockCoder<T> of(Coder<T> inner) {
    return new BlockCoder<>(inner);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    WireBlock.write(value, inner::encode, out);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    return WireBlock.read(inner::decode, in);
  }

  @Override
  public List<? extends Coder<?>> getCoderArguments() {
    return List.of(inner);
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    inner.verifyDeterministic();
  }

  @Override
  public boolean consistentWithEquals() {
    return inner.consistentWithEquals();
  }

  @Override
  public Object structuralValue(T value) {
    return inner.structuralValue(value);
  }
}
