package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Splits CSV text into records on line ends that are outside quoted fields, keeping each record's
 * original text.
 *
 * <p>Fields are then parsed per record by commons-csv ({@link CsvFields}); splitting first is what
 * lets one malformed record become one error row instead of derailing the rest of the file, and
 * what gives every error row its original text. A quote opens a quoted field only at the start of a
 * field (so {@code 5" disk} stays literal), and {@code ""} inside quotes is an escaped quote, as
 * RFC 4180 says. CR, LF and CRLF all end records; blank lines are skipped.
 */
public final class CsvRecordSplitter implements Iterator<RawRecord> {
  private final Reader reader;
  private final @Nullable Utf8OrWindows1252Reader decoder;
  private long consumed;
  private final StringBuilder current = new StringBuilder(256);
  private int pushedBack = -2;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int filled;
  private long row;
  private RawRecord next;
  private boolean done;

  /**
   * @param firstRow the number given to the first record: 0 when it is a header row, so that data
   *     rows count from 1
   */
  public CsvRecordSplitter(Reader reader, long firstRow) {
    this.reader = reader;
    this.decoder = reader instanceof Utf8OrWindows1252Reader d ? d : null;
    this.row = firstRow - 1;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readRecord();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord r = next;
    next = null;
    return r;
  }

  private RawRecord readRecord() {
    try {
      while (true) {
        current.setLength(0);
        boolean inQuotes = false;
        boolean fieldStart = true;
        int c;
        boolean sawAny = false;
        while ((c = read()) != -1) {
          sawAny = true;
          char ch = (char) c;
          if (inQuotes) {
            current.append(ch);
            if (ch == '"') {
              int n = read();
              if (n == '"') {
                current.append('"');
              } else {
                inQuotes = false;
                unread(n);
              }
            }
            continue;
          }
          if (ch == '\r' || ch == '\n') {
            if (ch == '\r') {
              int n = read();
              if (n != '\n') {
                unread(n);
              }
            }
            break;
          }
          current.append(ch);
          if (ch == '"' && fieldStart) {
            inQuotes = true;
          }
          // Comma and tab both start a field, so one splitter serves CSV and Postgres COPY text.
          fieldStart = ch == ',' || ch == '\t' || (fieldStart && ch == ' ');
        }
        if (!sawAny) {
          return null;
        }
        boolean notUtf8 = decoder != null && decoder.recodedBefore(consumed);
        if (current.toString().isBlank()) {
          if (c == -1) {
            return null;
          }
          continue;
        }
        row++;
        return new RawRecord(current.toString(), row, notUtf8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      if (c != -1) {
        consumed++;
      }
      return c;
    }
    // Characters are taken from a local buffer: a reader call per character costs more than the
    // splitting itself.
    if (position == filled) {
      filled = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (filled <= 0) {
        filled = 0;
        return -1;
      }
    }
    consumed++;
    return buffer[position++];
  }

  private void unread(int c) {
    if (c != -1) {
      consumed--;
    }
    pushedBack = c;
  }
}
