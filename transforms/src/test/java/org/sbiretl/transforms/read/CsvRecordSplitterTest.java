package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.arrayContaining;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CsvRecordSplitterTest {

  private static List<RawRecord> split(String text, long firstRow) {
    List<RawRecord> out = new ArrayList<>();
    new CsvRecordSplitter(new StringReader(text), firstRow).forEachRemaining(out::add);
    return out;
  }

  private static List<String> texts(String text) {
    return split(text, 1).stream().map(RawRecord::text).toList();
  }

  private static String readAll(Reader reader) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    reader.transferTo(out);
    return out.toString();
  }

  private static String[] fields(String record) throws CsvFields.MalformedRecordException {
    return new CsvFields(',').parse(record);
  }

  @Test
  void quotedCommasStayInOneRecord() throws Exception {
    assertThat(texts("a,\"b, c\",d\ne,f,g\n"), contains("a,\"b, c\",d", "e,f,g"));
    assertThat(fields("a,\"b, c\",d"), arrayContaining("a", "b, c", "d"));
  }

  @Test
  void multiLineQuotedFieldIsOneRecordWithItsOriginalText() throws Exception {
    String first = "1,\"line one\nline two\r\nline three\rend\",x";
    List<RawRecord> records = split(first + "\n2,plain,y\n", 1);
    assertThat(records.stream().map(RawRecord::text).toList(), contains(first, "2,plain,y"));
    assertThat(records.get(0).row(), is(1L));
    assertThat(records.get(1).row(), is(2L));
    assertThat(fields(first)[1], is("line one\nline two\r\nline three\rend"));
  }

  @Test
  void doubledQuotesAreEscapes() throws Exception {
    String record = "\"He said \"\"hi\"\"\",\"\"\"\",\"a\"\"\nb\"";
    assertThat(texts(record + "\nnext"), contains(record, "next"));
    assertThat(fields(record), arrayContaining("He said \"hi\"", "\"", "a\"\nb"));
  }

  @Test
  void crLfAndCrAndLfAllEndRecords() {
    assertThat(texts("a\r\nb\rc\nd"), contains("a", "b", "c", "d"));
    assertThat(texts("a\r\n\r\nb\r\n"), contains("a", "b"));
  }

  @Test
  void blankLinesAreSkippedAndNotCounted() {
    List<RawRecord> records = split("\n\nh1,h2\n\n   \na,b\n\t\nc,d\n\n", 0);
    assertThat(records.stream().map(RawRecord::text).toList(), contains("h1,h2", "a,b", "c,d"));
    assertThat(records.stream().map(RawRecord::row).toList(), contains(0L, 1L, 2L));
  }

  @Test
  void emptyAndBlankInputsHaveNoRecords() {
    assertThat(texts(""), is(empty()));
    assertThat(texts("\n\r\n  \n"), is(empty()));
    CsvRecordSplitter splitter = new CsvRecordSplitter(new StringReader(""), 1);
    assertThat(splitter.hasNext(), is(false));
    assertThrows(NoSuchElementException.class, splitter::next);
  }

  @Test
  void strayQuoteInsideAFieldDoesNotSwallowTheFile() throws Exception {
    String text = "1,5\" disk,x\n2,\"Acme\" Inc,y\n3,3.5\" floppy,z\n4,ok,w\n";
    assertThat(
        texts(text), contains("1,5\" disk,x", "2,\"Acme\" Inc,y", "3,3.5\" floppy,z", "4,ok,w"));
    assertThat(fields("1,5\" disk,x"), arrayContaining("1", "5\" disk", "x"));
    assertThat(fields("2,\"Acme\" Inc,y"), arrayContaining("2", "Acme Inc", "y"));
  }

  @Test
  void quotedFieldWithAStrayInnerQuoteEndsAtTheLine() {
    assertThat(texts("1,\"5\" disk\",x\n2,b,c\n"), contains("1,\"5\" disk\",x", "2,b,c"));
  }

  @Test
  void unterminatedQuoteAtEndOfFileIsOneLastRecord() throws Exception {
    List<String> records = texts("1,a,b\n2,\"never closed,c\nstill inside");
    assertThat(records, contains("1,a,b", "2,\"never closed,c\nstill inside"));
    assertThat(fields(records.get(1)), arrayContaining("2", "never closed,c\nstill inside"));
  }

  @Test
  void tabDelimitedCopyTextWithNulls() throws Exception {
    String text = "1\tACME INC\t\\N\tBoston\n2\tBETA, LLC\t123456789\t\\N\n";
    List<String> records = texts(text);
    assertThat(records, contains("1\tACME INC\t\\N\tBoston", "2\tBETA, LLC\t123456789\t\\N"));
    assertThat(TextFiles.sniffDelimiter(records.get(0)), is('\t'));
    assertThat(
        new CsvFields('\t').parse(records.get(1)),
        arrayContaining("2", "BETA, LLC", "123456789", "\\N"));
  }

  @Test
  void sniffDelimiterPrefersCommas() {
    assertThat(TextFiles.sniffDelimiter("a,b\tc,d"), is(','));
    assertThat(TextFiles.sniffDelimiter("a\tb\tc,d"), is('\t'));
    assertThat(TextFiles.sniffDelimiter("single"), is(','));
  }

  @Test
  void csvFieldsRejectsTextThatIsNotOneRecord() {
    CsvFields.MalformedRecordException e =
        assertThrows(CsvFields.MalformedRecordException.class, () -> fields("a,b\nc,d"));
    assertThat(e.getMessage(), containsString("found 2"));
  }

  @Test
  void csvFieldsKeepsEmptyFields() throws Exception {
    assertThat(fields("a,,\"\","), arrayContaining("a", "", "", ""));
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    byte[] bytes = "\uFEFFCompany,City\nAcme,Boston\n".getBytes(StandardCharsets.UTF_8);
    try (Reader reader = TextFiles.open(new ByteArrayInputStream(bytes))) {
      RecordSource source = RecordSource.open(reader, "bom.csv", true);
      assertThat(source.headerCells(), arrayContaining("Company", "City"));
      assertThat(source.next(), is(new RawRecord("Acme,Boston", 1)));
      assertThat(source.hasNext(), is(false));
    }
  }

  @Test
  void shortInputsSurviveBomDetection() throws IOException {
    for (String s : new String[] {"", "a", "ab", "abc"}) {
      try (Reader reader =
          TextFiles.open(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)))) {
        assertThat(readAll(reader), is(s));
      }
    }
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252() throws IOException {
    byte[] bytes = {'a', (byte) 0x9b, 'b'};
    try (Reader reader = TextFiles.open(new ByteArrayInputStream(bytes))) {
      assertThat(readAll(reader), is("a\u203Ab"));
    }
  }

  @Test
  void recordSourceWithHeaderNumbersDataRowsFromOne() {
    RecordSource source = RecordSource.open(new StringReader("h1,h2\na,b\nc,d\n"), "f.csv", true);
    assertThat(source.headerCells(), arrayContaining("h1", "h2"));
    List<RawRecord> rows = new ArrayList<>();
    source.forEachRemaining(rows::add);
    assertThat(rows, contains(new RawRecord("a,b", 1), new RawRecord("c,d", 2)));
  }

  @Test
  void recordSourceWithoutHeaderKeepsTheFirstRecordAsData() {
    RecordSource source = RecordSource.open(new StringReader("a\tb\nc\td\n"), "f.tsv", false);
    assertThat(source.headerCells().length, is(0));
    List<RawRecord> rows = new ArrayList<>();
    source.forEachRemaining(rows::add);
    assertThat(rows, contains(new RawRecord("a\tb", 1), new RawRecord("c\td", 2)));
    assertThrows(NoSuchElementException.class, source::next);
  }

  @Test
  void emptyFileWithHeaderExpectedIsInvalidInput() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> RecordSource.open(new StringReader("\n\n"), "awards.csv", true));
    assertThat(e.getMessage(), containsString("awards.csv"));
    assertThat(e.getMessage(), containsString("empty"));
  }

  @Test
  void emptyFileWithoutHeaderHasNoRecords() {
    assertThat(RecordSource.open(new StringReader(""), "r.csv", false).hasNext(), is(false));
  }
}
