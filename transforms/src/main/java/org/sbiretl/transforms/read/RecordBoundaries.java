package org.sbiretl.transforms.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds record boundaries in a UTF-8 CSV byte stream by the rules of {@link CsvRecordSplitter} (a
 * quote opens a quoted field only at the start of a field, {@code ""} inside quotes is a quote, CR,
 * LF and CRLF end records, blank records are not counted), and cuts the stream into byte ranges of
 * a given number of records that start on record boundaries. Each range can then be split and
 * parsed on its own, on any worker, with the same records and row numbers as a pass over the whole
 * file.
 *
 * <p>The scan works on bytes: in UTF-8 the quote, comma, tab, CR and LF bytes never occur inside a
 * multi-byte character, so the byte-level state is the character-level one.
 */
final class RecordBoundaries {
  /**
   * A byte range of a file.
   *
   * @param recordsBefore the non-blank records that end before {@code start}
   */
  record Range(long start, long end, long recordsBefore) {}

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int filled;
  private long offset;

  private RecordBoundaries(InputStream in) {
    this.in = in;
  }

  /** The ranges of a stream, each of {@code recordsPerRange} records (the last may have fewer). */
  static List<Range> split(InputStream in, long recordsPerRange) throws IOException {
    if (recordsPerRange < 1) {
      throw new IllegalArgumentException("records per range must be at least 1");
    }
    return new RecordBoundaries(in).scan(recordsPerRange);
  }

  private List<Range> scan(long recordsPerRange) throws IOException {
    skipByteOrderMark();
    List<Range> ranges = new ArrayList<>();
    long rangeStart = 0;
    long rangeRecords = 0;
    long records = 0;
    // A record of whitespace only is skipped by the splitter; its bytes are kept only while the
    // record could still be one (non-ASCII whitespace needs decoding to tell).
    ByteArrayOutputStream maybeBlank = new ByteArrayOutputStream();
    while (true) {
      boolean inQuotes = false;
      boolean fieldStart = true;
      boolean sawAny = false;
      boolean blank = true;
      boolean undecided = false;
      maybeBlank.reset();
      int b;
      while ((b = read()) != -1) {
        sawAny = true;
        if (inQuotes) {
          blank = false;
          if (b == '"') {
            int n = read();
            if (n != '"') {
              inQuotes = false;
              unread(n);
            }
          }
          continue;
        }
        if (b == '\r' || b == '\n') {
          if (b == '\r') {
            int n = read();
            if (n != '\n') {
              unread(n);
            }
          }
          break;
        }
        if (blank) {
          if (b >= 0x80) {
            undecided = true;
            maybeBlank.write(b);
          } else if (!Character.isWhitespace(b)) {
            blank = false;
          } else {
            maybeBlank.write(b);
          }
        }
        if (b == '"' && fieldStart) {
          inQuotes = true;
          blank = false;
        }
        fieldStart = b == ',' || b == '\t' || (fieldStart && b == ' ');
      }
      if (!sawAny) {
        break;
      }
      if (blank && undecided) {
        blank = new String(maybeBlank.toByteArray(), StandardCharsets.UTF_8).isBlank();
      }
      if (!blank) {
        records++;
      }
      if (b == -1) {
        break;
      }
      if (records - rangeRecords >= recordsPerRange) {
        ranges.add(new Range(rangeStart, offset, rangeRecords));
        rangeStart = offset;
        rangeRecords = records;
      }
    }
    if (offset > rangeStart || ranges.isEmpty()) {
      ranges.add(new Range(rangeStart, offset, rangeRecords));
    }
    return ranges;
  }

  private int pushedBack = -2;

  /** A leading UTF-8 byte-order mark is not part of the first record, as in {@link TextFiles}. */
  private void skipByteOrderMark() throws IOException {
    filled = in.readNBytes(buffer, 0, BUFFER);
    if (filled >= 3
        && (buffer[0] & 0xFF) == 0xEF
        && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF) {
      position = 3;
      offset = 3;
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int b = pushedBack;
      pushedBack = -2;
      if (b != -1) {
        offset++;
      }
      return b;
    }
    if (position == filled) {
      filled = in.read(buffer, 0, BUFFER);
      position = 0;
      if (filled <= 0) {
        filled = 0;
        return -1;
      }
    }
    offset++;
    return buffer[position++] & 0xFF;
  }

  private void unread(int b) {
    pushedBack = b;
    if (b != -1) {
      offset--;
    }
  }
}
