package org.sbiretl.transforms.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.util.VarInt;

/**
 * A byte range of a delimited text file that starts on a record boundary ({@link
 * RecordBoundaries}), with what parsing its records needs: the file's delimiter and header, and the
 * row number of its first record. A file is planned into ranges once, in order; the ranges are then
 * read and parsed on any worker.
 *
 * @param file the file's resource id
 * @param name the file's name as error rows report it
 * @param header the header row's cells, or an empty array for a positional file
 * @param firstRow the row number of the range's first record (the header is row 0)
 * @param skipsHeader the range starts with the header row, which is not data
 */
record FileRange(
    String file,
    String name,
    long start,
    long end,
    long firstRow,
    char delimiter,
    String[] header,
    boolean skipsHeader) {
  /**
   * Records per range unless the reader is told otherwise ({@code chunk_size}): enough ranges to
   * share a large file evenly between workers, few enough that planning them costs nothing.
   */
  public static final int DEFAULT_RECORDS = 10_000;

  static final Coder CODER = new Coder();

  /**
   * Plans a file into ranges.
   *
   * @param headerRows 1 when the file's first record is a header, else 0
   */
  static List<FileRange> plan(
      FileIO.ReadableFile file,
      String name,
      char delimiter,
      String[] header,
      long headerRows,
      int recordsPerRange)
      throws IOException {
    List<FileRange> out = new ArrayList<>();
    try (InputStream in = java.nio.channels.Channels.newInputStream(file.open())) {
      for (RecordBoundaries.Range r : RecordBoundaries.split(in, recordsPerRange)) {
        out.add(
            new FileRange(
                file.getMetadata().resourceId().toString(),
                name,
                r.start(),
                r.end(),
                r.recordsBefore() + 1 - headerRows,
                delimiter,
                header,
                headerRows > 0 && r.start() == 0));
      }
    }
    return out;
  }

  CsvFields fields() {
    return new CsvFields(delimiter);
  }

  /** Splits the range into records, in order, the header row left out. */
  void forEachRecord(Consumer<RawRecord> action) throws IOException {
    byte[] bytes = new byte[Math.toIntExact(end - start)];
    try (ReadableByteChannel channel =
        FileSystems.open(FileSystems.matchNewResource(file, false))) {
      skipTo(channel, start);
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read until the range is full or the file ends
      }
    }
    try (Reader reader = TextFiles.open(new ByteArrayInputStream(bytes))) {
      CsvRecordSplitter records = new CsvRecordSplitter(reader, firstRow);
      boolean first = true;
      while (records.hasNext()) {
        RawRecord raw = records.next();
        if (first && skipsHeader) {
          first = false;
          continue;
        }
        first = false;
        action.accept(raw);
      }
    }
  }

  private static void skipTo(ReadableByteChannel channel, long position) throws IOException {
    if (channel instanceof SeekableByteChannel seekable) {
      seekable.position(position);
      return;
    }
    ByteBuffer scratch = ByteBuffer.allocate(1 << 16);
    long left = position;
    while (left > 0) {
      scratch.clear().limit((int) Math.min(scratch.capacity(), left));
      int n = channel.read(scratch);
      if (n < 0) {
        return;
      }
      left -= n;
    }
  }

  static final class Coder extends CustomCoder<FileRange> {
    private static final long serialVersionUID = 1L;
    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
    private static final VarLongCoder LONG = VarLongCoder.of();

    @Override
    public void encode(FileRange r, OutputStream out) throws IOException {
      TEXT.encode(r.file(), out);
      TEXT.encode(r.name(), out);
      LONG.encode(r.start(), out);
      LONG.encode(r.end(), out);
      LONG.encode(r.firstRow(), out);
      VarInt.encode((int) r.delimiter(), out);
      VarInt.encode(r.header().length, out);
      for (String h : r.header()) {
        TEXT.encode(h, out);
      }
      out.write(r.skipsHeader() ? 1 : 0);
    }

    @Override
    public FileRange decode(InputStream in) throws IOException {
      String file = TEXT.decode(in);
      String name = TEXT.decode(in);
      long start = LONG.decode(in);
      long end = LONG.decode(in);
      long firstRow = LONG.decode(in);
      char delimiter = (char) VarInt.decodeInt(in);
      String[] header = new String[VarInt.decodeInt(in)];
      for (int i = 0; i < header.length; i++) {
        header[i] = TEXT.decode(in);
      }
      return new FileRange(file, name, start, end, firstRow, delimiter, header, in.read() == 1);
    }
  }
}
