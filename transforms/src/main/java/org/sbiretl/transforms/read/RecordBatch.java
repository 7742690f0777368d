package org.sbiretl.transforms.read;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;

/**
 * Consecutive records of one file, split but not yet parsed, with what parsing them needs: the
 * file's name, its delimiter and its header (none for a positional file). Splitting a file into
 * records has to run in order, from the start; parsing the records does not, so batches are spread
 * over all workers and parsed there.
 *
 * @param header the header row's cells, or an empty array for a positional file
 */
record RecordBatch(String file, char delimiter, String[] header, List<RawRecord> records) {
  /** Records per batch: enough to make the shuffle's per-element cost negligible. */
  static final int SIZE = 2_000;

  static final Coder CODER = new Coder();

  CsvFields fields() {
    return new CsvFields(delimiter);
  }

  /** Strings as UTF-8 with lengths; rows as numbers. */
  static final class Coder extends CustomCoder<RecordBatch> {
    private static final long serialVersionUID = 1L;
    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();

    @Override
    public void encode(RecordBatch b, OutputStream out) throws IOException {
      TEXT.encode(b.file(), out);
      VarInt.encode((int) b.delimiter(), out);
      VarInt.encode(b.header().length, out);
      for (String h : b.header()) {
        TEXT.encode(h, out);
      }
      VarInt.encode(b.records().size(), out);
      DataOutputStream d = new DataOutputStream(out);
      for (RawRecord r : b.records()) {
        d.writeLong(r.row());
        TEXT.encode(r.text(), out);
      }
    }

    @Override
    public RecordBatch decode(InputStream in) throws IOException {
      String file = TEXT.decode(in);
      char delimiter = (char) VarInt.decodeInt(in);
      String[] header = new String[VarInt.decodeInt(in)];
      for (int i = 0; i < header.length; i++) {
        header[i] = TEXT.decode(in);
      }
      int n = VarInt.decodeInt(in);
      DataInputStream d = new DataInputStream(in);
      List<RawRecord> records = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        long row = d.readLong();
        records.add(new RawRecord(TEXT.decode(in), row));
      }
      return new RecordBatch(file, delimiter, header, records);
    }
  }
}
