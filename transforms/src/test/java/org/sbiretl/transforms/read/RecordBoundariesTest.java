package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordBoundaries}: a file cut into ranges gives, range by range, exactly the records and
 * row numbers of one pass of {@link CsvRecordSplitter} over the whole file.
 */
class RecordBoundariesTest {
  private static final String TRICKY =
      "id,name,note\r\n"
          + "1,\"ACME, INC\",\"two\nlines\"\r\n"
          + "\r\n"
          + "   \n"
          + "2,5\" DISK CO,plain\n"
          + "3,\"quote \"\" inside\",x\r"
          + "4,\u00c9COLE \u2003,\"\r\n\"\n"
          + "\u2003\u3000\n"
          + "5,\"unterminated\n"
          + "6,last,row";

  private static List<RawRecord> wholeFile(String text) {
    List<RawRecord> out = new ArrayList<>();
    new CsvRecordSplitter(new StringReader(text), 0).forEachRemaining(out::add);
    return out;
  }

  private static List<RawRecord> byRanges(byte[] bytes, long records) throws IOException {
    List<RawRecord> out = new ArrayList<>();
    for (RecordBoundaries.Range r :
        RecordBoundaries.split(new ByteArrayInputStream(bytes), records)) {
      byte[] part = Arrays.copyOfRange(bytes, (int) r.start(), (int) r.end());
      try (Reader reader = TextFiles.open(new ByteArrayInputStream(part))) {
        new CsvRecordSplitter(reader, r.recordsBefore()).forEachRemaining(out::add);
      }
    }
    return out;
  }

  @Test
  void everyRangeSizeGivesTheRecordsAndRowsOfOnePass() throws IOException {
    byte[] bytes = TRICKY.getBytes(StandardCharsets.UTF_8);
    List<RawRecord> expected = wholeFile(TRICKY);
    assertThat(expected.size(), greaterThan(5));
    for (long records = 1; records <= expected.size() + 1; records++) {
      assertThat("ranges of " + records + " records", byRanges(bytes, records), is(expected));
    }
  }

  @Test
  void eachRangeHoldsTheGivenNumberOfRecords() throws IOException {
    byte[] bytes = TRICKY.getBytes(StandardCharsets.UTF_8);
    List<RecordBoundaries.Range> ranges =
        RecordBoundaries.split(new ByteArrayInputStream(bytes), 2);
    for (int i = 0; i < ranges.size(); i++) {
      assertThat(ranges.get(i).recordsBefore(), is(2L * i));
    }
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstRecord() throws IOException {
    String text = "\uFEFF\n\nid,name\n1,a\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<RawRecord> expected = new ArrayList<>();
    try (Reader reader = TextFiles.open(new ByteArrayInputStream(bytes))) {
      new CsvRecordSplitter(reader, 0).forEachRemaining(expected::add);
    }
    for (long records = 1; records <= 3; records++) {
      assertThat(byRanges(bytes, records), is(expected));
    }
  }

  @Test
  void rangesCoverTheWholeStreamWithoutGaps() throws IOException {
    byte[] bytes = TRICKY.getBytes(StandardCharsets.UTF_8);
    List<RecordBoundaries.Range> ranges =
        RecordBoundaries.split(new ByteArrayInputStream(bytes), 1);
    assertThat(ranges.get(0).start(), is(0L));
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).start(), is(ranges.get(i - 1).end()));
    }
    assertThat(ranges.get(ranges.size() - 1).end(), is((long) bytes.length));
  }

  @Test
  void anEmptyStreamIsOneEmptyRange() throws IOException {
    assertThat(
        RecordBoundaries.split(new ByteArrayInputStream(new byte[0]), 10),
        is(List.of(new RecordBoundaries.Range(0, 0, 0))));
  }
}
