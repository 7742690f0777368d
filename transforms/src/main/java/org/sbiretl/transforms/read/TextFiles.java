package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;

/** Opens matched text files for record splitting: UTF-8, byte-order mark skipped. */
public final class TextFiles {
  private TextFiles() {}

  public static Reader open(FileIO.ReadableFile file) throws IOException {
    return open(Channels.newInputStream(file.open()));
  }

  /**
   * A UTF-8 reader that skips a leading byte-order mark; bytes that are not UTF-8 are read as
   * Windows-1252 ({@link Utf8OrWindows1252Reader}), and the records holding them are flagged by
   * {@link CsvRecordSplitter}.
   */
  public static Reader open(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int n = pushback.readNBytes(head, 0, 3);
    boolean bom =
        n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    if (!bom && n > 0) {
      pushback.unread(head, 0, n);
    }
    return new Utf8OrWindows1252Reader(pushback);
  }

  /** Tab for a Postgres {@code COPY} text dump, comma otherwise, judged from the first record. */
  public static char sniffDelimiter(String firstRecord) {
    long tabs = firstRecord.chars().filter(c -> c == '\t').count();
    long commas = firstRecord.chars().filter(c -> c == ',').count();
    return tabs > commas ? '\t' : ',';
  }
}
