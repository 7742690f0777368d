package org.sbiretl.pipeline.generate;

import java.io.Closeable;
import java.io.IOException;

/** Where recipient rows are streamed to. */
interface RecipientSink extends Closeable {
  void write(RecipientRow row) throws IOException;
}
