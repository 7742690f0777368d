package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedRecordsTest {
  /** Each record as "row|cells joined by ;" or "row|reason|text" for an error. */
  private static List<String> parse(String file) {
    List<String> out = new ArrayList<>();
    CsvRecordSplitter records = new CsvRecordSplitter(new StringReader(file), 1);
    CsvFields fields = new CsvFields(',');
    while (records.hasNext()) {
      ParsedRecords.forEach(
          records.next(),
          fields,
          3,
          p ->
              out.add(
                  p.cells() != null
                      ? p.raw().row() + "|" + String.join(";", Arrays.asList(p.cells()))
                      : p.raw().row() + "|" + p.reason().code() + "|" + p.raw().text()));
    }
    return out;
  }

  @Test
  void aQuoteLeftOpenToTheEndOfTheFileLosesOnlyItsOwnRow() {
    assertThat(
        parse("1,\"ACME INC,VA\n2,BETA LLC,MD\n3,GAMMA CORP,CA\n"),
        contains("1|unclosed-quote|1,\"ACME INC,VA", "1|2;BETA LLC;MD", "1|3;GAMMA CORP;CA"));
  }

  @Test
  void aQuoteLeftOpenUntilTheNextQuoteDoesNotMergeTwoRows() {
    // The open quote closes at the next row's opening quote, and the merged text has the header's
    // three fields; the closing quote in the middle of a field gives it away.
    assertThat(
        parse("1,\"ACME INC,VA\n2,\"BETA\",MD\n3,GAMMA,CA\n"),
        contains("1|unclosed-quote|1,\"ACME INC,VA", "1|2;BETA;MD", "2|3;GAMMA;CA"));
  }

  @Test
  void multiLineFieldsThatCloseProperlyAreOneRecord() {
    assertThat(
        parse("1,\"An abstract\nover two lines\",VA\n2,\"Quoted \"\"word\"\"\r\nend\" ,MD\n"),
        contains("1|1;An abstract\nover two lines;VA", "2|2;Quoted \"word\"\r\nend ;MD"));
  }

  @Test
  void aOneLineRowWithAnOddQuoteStaysOneRaggedOrParsedRow() {
    assertThat(
        parse("1,5\" disk,VA\n2,\"ACME\" INC,MD\n"),
        contains("1|1;5\" disk;VA", "2|2;ACME INC;MD"));
  }

  @Test
  void aRaggedRowWhoseMultiLineFieldClosesProperlyIsNotTakenApart() {
    assertThat(parse("1,\"two\nlines\",VA,extra\n"), contains("1|1;two\nlines;VA;extra"));
  }

  @Test
  void theSwallowedLinesAreCheckedAgain() {
    assertThat(
        parse("1,\"A,VA\n2,\"B,MD\n3,C,CA\n"),
        contains("1|unclosed-quote|1,\"A,VA", "1|unclosed-quote|2,\"B,MD", "2|3;C;CA"));
  }
}
