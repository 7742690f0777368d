package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.Recipient;

class RecipientParserTest {
  /** One positional {@code recipient_lookup} row: 20 fields in dump order. */
  static final String ROW =
      "17,a1b2c3,\"ACME ROBOTICS, LLC\",'079179794',1 Main St,,\"{2X,27}\",Boston,07,USA,"
          + "123456789,ACME HOLDINGS,MA,02110-1234,02110,"
          + "\"{\"\"ACME\"\",\"\"ACME ROBOTICS, BOSTON\"\",NULL}\",fpds,2024-01-31,"
          + "abc123def456,PAR123PAR456";

  private static RecipientParser.Result parse(RecipientParser parser, String text)
      throws CsvFields.MalformedRecordException {
    return parser.parse(new RawRecord(text, 1), new CsvFields(',').parse(text));
  }

  @Test
  void positionalRowHasEveryField() throws Exception {
    RecipientParser.Result result = parse(RecipientParser.positional("r.csv"), ROW);
    assertThat(result.error(), is(nullValue()));
    Recipient r = result.recipient();
    assertThat(r.id, is("17"));
    assertThat(r.recipientHash, is("a1b2c3"));
    assertThat(r.legalBusinessName, is("ACME ROBOTICS, LLC"));
    assertThat(r.duns, is("079179794"));
    assertThat(r.addressLine1, is("1 Main St"));
    assertThat(r.addressLine2, is(nullValue()));
    assertThat(r.businessTypesCodes, is("{2X,27}"));
    assertThat(r.city, is("Boston"));
    assertThat(r.congressionalDistrict, is("07"));
    assertThat(r.countryCode, is("USA"));
    assertThat(r.parentDuns, is("123456789"));
    assertThat(r.parentLegalBusinessName, is("ACME HOLDINGS"));
    assertThat(r.state, is("MA"));
    assertThat(r.zip4, is("02110-1234"));
    assertThat(r.zip5, is("02110"));
    assertThat(r.alternateNames, contains("ACME", "ACME ROBOTICS, BOSTON"));
    assertThat(r.source, is("fpds"));
    assertThat(r.updateDate, is("2024-01-31"));
    assertThat(r.uei, is("ABC123DEF456"));
    assertThat(r.parentUei, is("PAR123PAR456"));
    assertThat(r.sourceFile, is("r.csv"));
    assertThat(r.sourceRow, is(1L));
  }

  @Test
  void headerInADifferentOrder() throws Exception {
    String[] header = {"UEI", "Legal Business Name", "city", "state", "zip5", "duns", "extra"};
    assertThat(RecipientParser.isHeader(header), is(true));
    RecipientParser parser = RecipientParser.withHeader(header, "h.csv");
    Recipient r = parse(parser, "abc123def456,Beta Corp,Austin,Texas,,12-345-6789,x").recipient();
    assertThat(r.uei, is("ABC123DEF456"));
    assertThat(r.legalBusinessName, is("Beta Corp"));
    assertThat(r.state, is("TX"));
    assertThat(r.zip5, is(nullValue()));
    assertThat(r.duns, is("123456789"));
    assertThat(r.id, is(nullValue()));
    assertThat(r.alternateNames, is(empty()));
    assertThat(parse(parser, "a,b,c").error().reason, is("ragged-row"));
  }

  @Test
  void zip5FallsBackToZip4AndUnknownStatesAreKeptAsGiven() throws Exception {
    String[] header = {"legal_business_name", "uei", "state", "zip4", "zip5", "city"};
    RecipientParser parser = RecipientParser.withHeader(header, "h.csv");
    Recipient r = parse(parser, "Gamma,,Ontario,77017-6559,,Toronto").recipient();
    assertThat(r.zip5, is("77017"));
    assertThat(r.state, is("Ontario"));
  }

  @Test
  void headerWithoutNameOrIdentifiersIsInvalid() {
    String[] header = {"id", "recipient_hash", "city", "state", "zip5", "source"};
    assertThat(RecipientParser.isHeader(header), is(true));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> RecipientParser.withHeader(header, "x.csv"));
    assertThat(e.getMessage(), containsString("x.csv"));
    assertThrows(
        InvalidInputException.class,
        () -> HeaderCheck.recipients(new StringReader(String.join(",", header) + "\n"), "x.csv"));
  }

  @Test
  void theHeaderMessageNamesWhatIsMissingAndNothingElse() {
    // uei and duns are there; only the name is missing.
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> RecipientParser.withHeader(new String[] {"id", "uei", "duns", "city"}, "r.csv"));
    assertThat(e.getMessage(), containsString("has no legal_business_name column;"));
    assertThat(e.getMessage(), not(containsString("uei nor")));
  }

  @Test
  void aShortExportHeaderIsAHeaderNotADataRow() {
    String text = "legal_business_name,uei,duns\nACME INC,ABCDEFGH1234,\n";
    assertThat(
        RecipientParser.isHeader(new String[] {"legal_business_name", "uei", "duns"}), is(true));
    assertThat(HeaderCheck.recipients(new StringReader(text), "short.csv"), is(true));
  }

  @Test
  void headerCheckAcceptsDumpsAndHeadersAndSaysWhetherThereAreRows() {
    assertThat(HeaderCheck.recipients(new StringReader(""), "empty.csv"), is(false));
    assertThat(HeaderCheck.recipients(new StringReader(ROW + "\n"), "dump.csv"), is(true));
    String header = "id,legal_business_name,uei,duns,city,state\n";
    assertThat(HeaderCheck.recipients(new StringReader(header), "header.csv"), is(false));
    assertThat(
        HeaderCheck.recipients(new StringReader(header + "1,ACME,,123456789,X,VA\n"), "h.csv"),
        is(true));
  }

  @Test
  void anotherExportsHeaderIsRefusedWithWhatItLacksNotReadAsAPositionalRow() {
    String text = "recipient_name,recipient_uei,recipient_state\nACME INC,ABCDEFGH1234,VA\n";
    assertThat(
        RecipientParser.isHeader(new String[] {"recipient_name", "recipient_uei"}), is(true));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> HeaderCheck.recipients(new StringReader(text), "other.csv"));
    assertThat(
        e.getMessage(),
        containsString(
            "other.csv: the recipients header has no legal_business_name column and neither a"
                + " uei nor a duns column"));
    // Two known names and one unknown: still a header, judged by what it names.
    assertThat(RecipientParser.isHeader(new String[] {"name", "uei", "duns"}), is(true));
  }

  @Test
  void rowsWithEmptyCellsOrNumbersAreNotHeaders() {
    assertThat(RecipientParser.isHeader(new String[] {"ACME INC", "", "VA"}), is(false));
    assertThat(RecipientParser.isHeader(new String[] {"17", "ACME INC", "VA"}), is(false));
    assertThat(RecipientParser.isHeader(new String[] {"ACME INC"}), is(false));
  }

  @Test
  void aDataRowIsNotAHeader() throws Exception {
    assertThat(RecipientParser.isHeader(new CsvFields(',').parse(ROW)), is(false));
  }

  @Test
  void missingIdentity() throws Exception {
    String text = "18,h,,,,,,Boston,,USA,,,MA,,02110,{},fpds,2024-01-31,BAD-UEI,";
    RecipientParser.Result result = parse(RecipientParser.positional("r.csv"), text);
    assertThat(result.recipient(), is(nullValue()));
    ErrorRecord e = result.error();
    assertThat(e.reason, is("missing-recipient-identity"));
    assertThat(e.originalText, is(text));
    assertThat(e.sourceFile, is("r.csv"));
    assertThat(e.sourceRow, is(1L));
  }

  @Test
  void identifierWithoutNameTakesTheFirstAlternateName() throws Exception {
    String text = "19,h,,,,,,,,,,,,,,\"{\"\"Delta Co\"\"}\",,,DEL123DEL456,";
    Recipient r = parse(RecipientParser.positional("r.csv"), text).recipient();
    assertThat(r.legalBusinessName, is("Delta Co"));
    String noAlternates = "20,h,,,,,,,,,,,,,,{},,,DEL123DEL456,";
    assertThat(
        parse(RecipientParser.positional("r.csv"), noAlternates).recipient().legalBusinessName,
        is(""));
  }

  @Test
  void copyTextNullsAreNull() throws Exception {
    String text =
        String.join(
            "\t",
            "21",
            "h",
            "EPS CORP",
            "\\N",
            "\\N",
            "\\N",
            "\\N",
            "Reston",
            "\\N",
            "USA",
            "\\N",
            "\\N",
            "VA",
            "\\N",
            "20190",
            "\\N",
            "\\N",
            "\\N",
            "EPS123EPS456",
            "\\N");
    Recipient r =
        RecipientParser.positional("r.tsv")
            .parse(new RawRecord(text, 1), new CsvFields('\t').parse(text))
            .recipient();
    assertThat(r.legalBusinessName, is("EPS CORP"));
    assertThat(r.duns, is(nullValue()));
    assertThat(r.addressLine1, is(nullValue()));
    assertThat(r.alternateNames, is(empty()));
    assertThat(r.zip5, is("20190"));
    assertThat(r.uei, is("EPS123EPS456"));
  }

  @Test
  void duplicateUeisAreBothKept() throws Exception {
    RecipientParser parser = RecipientParser.positional("r.csv");
    List<Recipient> out = new ArrayList<>();
    for (String text : new String[] {ROW, ROW.replace("17,a1b2c3", "99,ffff")}) {
      out.add(parse(parser, text).recipient());
    }
    assertThat(out.get(0).uei, is(out.get(1).uei));
    assertThat(out.get(1).id, is("99"));
  }

  @Test
  void fromValuesBuildsARecipientFromAMap() {
    Map<RecipientColumn, String> v = new EnumMap<>(RecipientColumn.class);
    v.put(RecipientColumn.LEGAL_BUSINESS_NAME, " Zeta Inc ");
    v.put(RecipientColumn.DUNS, "79179794");
    v.put(RecipientColumn.ALTERNATE_NAMES, "{\"Z\"}");
    Recipient r =
        RecipientParser.positional("p.parquet").fromValues(v, new RawRecord("{}", 0)).recipient();
    assertThat(r.legalBusinessName, is("Zeta Inc"));
    assertThat(r.duns, is("079179794"));
    assertThat(r.alternateNames, contains("Z"));
  }

  @Test
  void recipientColumnsMatchHeadersIgnoringCaseAndPunctuation() {
    assertThat(
        RecipientColumn.forHeader("Legal Business Name"), is(RecipientColumn.LEGAL_BUSINESS_NAME));
    assertThat(RecipientColumn.forHeader("ZIP5"), is(RecipientColumn.ZIP5));
    assertThat(RecipientColumn.forHeader("parent-uei"), is(RecipientColumn.PARENT_UEI));
    assertThat(RecipientColumn.forHeader("name"), is(nullValue()));
    assertThat(RecipientColumn.values().length, is(20));
  }

  // ---- Postgres arrays ----

  @Test
  void arrayWithQuotesCommasAndEscapes() {
    assertThat(
        PostgresArrays.parse("{A,\"B, C\",\"D \\\"E\\\"\"}"), contains("A", "B, C", "D \"E\""));
  }

  @Test
  void emptyAndNullArrays() {
    assertThat(PostgresArrays.parse("{}"), is(empty()));
    assertThat(PostgresArrays.parse(null), is(empty()));
    assertThat(PostgresArrays.parse("  "), is(empty()));
    assertThat(PostgresArrays.parse("{NULL}"), is(empty()));
    assertThat(PostgresArrays.parse("{A,NULL,null,\"NULL\", ,B}"), contains("A", "NULL", "B"));
  }

  @Test
  void plainTextIsOneElement() {
    assertThat(PostgresArrays.parse("ACME, INC"), contains("ACME, INC"));
  }

  @Test
  void backslashesAndSpaces() {
    assertThat(PostgresArrays.parse("{\"a\\\\b\", spaced out }"), contains("a\\b", "spaced out"));
  }

  @Test
  void formatRoundTrips() {
    List<String> names = List.of("A", "B, C", "D \"E\"", "back\\slash", "NULL");
    assertThat(
        PostgresArrays.format(names),
        is("{A,\"B, C\",\"D \\\"E\\\"\",\"back\\\\slash\",\"NULL\"}"));
    assertThat(PostgresArrays.parse(PostgresArrays.format(names)), is(names));
    assertThat(PostgresArrays.format(List.of()), is("{}"));
  }

  @Test
  void formatQuotesOnlyWhatPostgresQuotes() {
    // As PostgreSQL prints text[]: a dump's {2X,27} is written back as it was read.
    assertThat(PostgresArrays.format(List.of("2X", "27")), is("{2X,27}"));
    assertThat(
        PostgresArrays.format(List.of("ACME", "ACME LABS", "ACME, LLC", "{X}", "")),
        is("{ACME,\"ACME LABS\",\"ACME, LLC\",\"{X}\",\"\"}"));
  }
}
