package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;

class AwardParserTest {
  private static final String HEADER = "Company,Agency,Phase,Award Amount,UEI,Duns,State,Zip";

  private static Award only(AwardFiles.Parsed p) {
    assertThat(p.errors(), is(empty()));
    assertThat(p.awards().size(), is(1));
    return p.awards().get(0);
  }

  private static Award one(String row) {
    return only(AwardFiles.parse(HEADER + "\n" + row + "\n", "t.csv"));
  }

  private static ErrorRecord error(String text) {
    AwardFiles.Parsed p = AwardFiles.parse(text, "bad.csv");
    assertThat(p.awards(), is(empty()));
    assertThat(p.errors().size(), is(1));
    return p.errors().get(0);
  }

  private static Map<String, Long> flagCounts(List<Award> awards) {
    return awards.stream()
        .flatMap(a -> a.dataQualityFlags.stream())
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  private static Award byRow(List<Award> awards, long row) {
    return awards.stream().filter(a -> a.sourceRow == row).findFirst().orElseThrow();
  }

  // ---- every header variant ----

  @Test
  void bulkHeaderSample() {
    AwardFiles.Parsed p = AwardFiles.resource("/origin/sbir_sample_head.csv");
    assertThat(p.errors(), is(empty()));
    assertThat(
        p.awards().stream().map(a -> a.company).toList(),
        contains(
            "Acme Innovations Inc.",
            "BioTech Solutions LLC",
            "Quantum Computing Corp",
            "GreenEnergy Systems",
            "CyberDefense Technologies"));
    Award a = p.awards().get(0);
    assertThat(a.sourceFile, is("sbir_sample_head.csv"));
    assertThat(a.sourceRow, is(1L));
    assertThat(a.uei, is("ABC123DEF456"));
    assertThat(a.duns, is("123456789"));
    assertThat(a.awardAmount, is(150000.0));
    assertThat(a.proposalAwardDate, is("2023-03-15"));
    assertThat(a.phase, is("I"));
    assertThat(a.state, is("VA"));
    assertThat(a.zip, is("22201"));
    assertThat(a.numberEmployees, is(25));
    assertThat(a.awardYear, is(2023));
    assertThat(a.solicitationYear, is(2023));
    assertThat(a.address2, is(nullValue()));
    assertThat(a.riPocPhone, is("617-555-0103"));
    assertThat(a.dataQualityFlags, is(empty()));
    assertThat(p.awards().get(1).awardAmount, is(1000000.0));
    assertThat(p.awards().get(1).state, is("MD"));
  }

  @Test
  void bulkLinkageShape() {
    AwardFiles.Parsed p = AwardFiles.resource("/origin/sbir_bulk_awards_linkage_shape.csv");
    assertThat(p.errors(), is(empty()));
    assertThat(p.awards().size(), is(4));
    Award a = p.awards().get(0);
    assertThat(a.company, is("Acme Bio, Inc."));
    assertThat(a.uei, is("ABCDEFGHIJKL"));
    assertThat(a.zip, is("02110"));
    assertThat(a.state, is("MA"));
    assertThat(a.contract, is("1234567"));
    assertThat(a.riName, is(nullValue()));
    Award legacy = p.awards().get(1);
    assertThat(legacy.solicitationNumber, is(nullValue()));
    assertThat(legacy.solicitationYear, is(nullValue()));
    assertThat(legacy.dataQualityFlags, is(empty()));
  }

  @Test
  void olderColumnOrderWithNumberOfEmployees() {
    AwardFiles.Parsed p = AwardFiles.resource("/origin/sbir_sample_2025-10.csv");
    assertThat(p.errors(), is(empty()));
    assertThat(p.awards().size(), is(100));
    Award a = p.awards().get(0);
    assertThat(a.company, is("MedTech Solutions"));
    assertThat(a.address1, is("338 Main St"));
    assertThat(a.city, is("Miami"));
    assertThat(a.state, is("OR"));
    assertThat(a.zip, is("81426"));
    assertThat(a.numberEmployees, is(460));
    assertThat(a.awardAmount, is(1921036.0));
    assertThat(a.phase, is("II"));
    assertThat(a.uei, is(nullValue()));
    assertThat(a.duns, is("594078161"));
    assertThat(a.proposalAwardDate, is("2000-04-05"));
    assertThat(a.contactPhone, is("invalid-phone"));
    assertThat(flagCounts(p.awards()), is(Map.of()));
    assertThat(p.awards().stream().filter(x -> x.uei != null).count(), is(72L));
    assertThat(p.awards().stream().filter(x -> x.phase.equals("III")).count(), is(28L));
  }

  @Test
  void womenOwnedExportWithExtraColumnsParsesEveryRow() {
    AwardFiles.Parsed p = AwardFiles.resource("/real/sjucsd_sbir_1k_sample.csv");
    assertThat(p.all().size(), is(891));
    assertThat(p.awards().size() + p.errors().size(), is(891));
    assertThat(p.errors(), is(empty()));
    assertThat(
        p.awards().stream().map(a -> a.sourceRow).toList(),
        is(java.util.stream.LongStream.rangeClosed(1, 891).boxed().toList()));
    // 52 rows have "-" for a ZIP, read as no ZIP; 9 have the quoted placeholder DUNS '000000000',
    // which is kept and flagged. Nothing else is malformed.
    assertThat(p.awards().stream().filter(a -> a.zip == null).count(), is(52L));
    assertThat(flagCounts(p.awards()), is(Map.of("duns-malformed", 9L)));
    assertThat(p.awards().stream().filter(a -> a.duns != null).count(), is(588L - 9L));
    assertThat(p.awards().stream().filter(a -> a.uei != null).count(), is(0L));
    assertThat(
        p.awards().stream().map(a -> a.womanOwned).distinct().sorted().toList(),
        contains("N", "Y"));

    Award first = byRow(p.awards(), 1);
    assertThat(first.company, is("EXPEDITION TECHNOLOGY, INC."));
    assertThat(first.duns, is("079179794"));
    assertThat(first.awardAmount, is(139882.0));
    assertThat(first.proposalAwardDate, is("2019-10-21"));
    assertThat(first.contractEndDate, is("2020-04-21"));
    assertThat(first.solicitationYear, is(2019));
    assertThat(first.numberEmployees, is(34));
    assertThat(first.phase, is("I"));
    assertThat(first.state, is("VA"));
    assertThat(first.zip, is("20171"));
    assertThat(first.contactTitle, is(nullValue()));
    assertThat(first.piTitle, is("Chief Scientist"));
    assertThat(first.abstractText, startsWith("Current automated RF signal acquisition"));

    Award eightDigitDuns = byRow(p.awards(), 128);
    assertThat(eightDigitDuns.company, is("Technology Service Corporation"));
    assertThat(eightDigitDuns.duns, is("053885604"));

    Award dashedDuns = byRow(p.awards(), 378);
    assertThat(dashedDuns.company, is("EM PHOTONICS INC"));
    assertThat(dashedDuns.duns, is("051041170"));

    Award placeholderDuns = byRow(p.awards(), 250);
    assertThat(placeholderDuns.company, is("N.P. PHOTONICS, INC."));
    assertThat(placeholderDuns.duns, is(nullValue()));
    assertThat(placeholderDuns.dataQualityFlags, contains("duns-malformed"));

    Award zipWithEmptyPlusFour = byRow(p.awards(), 64);
    assertThat(zipWithEmptyPlusFour.company, is("AppliFlex LLC"));
    assertThat(zipWithEmptyPlusFour.zip, is("37215"));
    assertThat(zipWithEmptyPlusFour.dataQualityFlags, is(empty()));

    Award noAmount = byRow(p.awards(), 827);
    assertThat(noAmount.company, is("ASTRALUX, INC."));
    assertThat(noAmount.awardAmount, is(nullValue()));
    assertThat(noAmount.duns, is(nullValue()));
    assertThat(noAmount.proposalAwardDate, is(nullValue()));
    assertThat(noAmount.dataQualityFlags, is(empty()));

    Award multiLine = byRow(p.awards(), 104);
    assertThat(multiLine.company, is("GINER INC"));
    assertThat(
        multiLine.abstractText,
        startsWith("This Small Business Innovative Research Phase II project will demonstrate"));
    assertThat(multiLine.abstractText, endsWith("ation, medical and industrial equipment."));
    assertThat(multiLine.abstractText.chars().filter(c -> c == '\r').count(), is(2L));
    assertThat(multiLine.abstractText.length(), is(1228));
  }

  @Test
  void websiteExport() {
    AwardFiles.Parsed p = AwardFiles.resource("/real/gerwaric_sample_sbir_awards.csv");
    assertThat(p.errors(), is(empty()));
    assertThat(
        p.awards().stream().map(a -> a.company).toList(),
        contains(
            "AGILE DATA DECISIONS, INC.",
            "ATA ENGINEERING, INC.",
            "AVAWATZ COMPANY",
            "DEEP ANALYTICS LLC",
            "Flexnode Inc"));
    Award a = p.awards().get(0);
    assertThat(a.awardAmount, is(171433.0));
    assertThat(a.proposalAwardDate, is("2024-05-07"));
    assertThat(a.contractEndDate, is("2024-10-06"));
    assertThat(a.zip, is("77017"));
    assertThat(a.state, is("TX"));
    assertThat(a.duns, is(nullValue()));
    assertThat(a.address2, is("STE 250F FL 2"));
    assertThat(a.numberEmployees, is(6));
    assertThat(a.companyWebsite, is("http://agiledd.ai"));
    assertThat(p.awards().get(1).duns, is("133709001"));
    assertThat(p.awards().get(3).zip, is("05602"));
    assertThat(p.awards().get(4).awardAmount, is(1880681.0));
    assertThat(p.awards().get(4).proposalAwardDate, is("2024-01-23"));
    // One abstract holds mangled bytes ("vendor\x9b\x83?\xaa\x83?\x9bs"), not UTF-8: flagged.
    assertThat(flagCounts(p.awards()), is(Map.of("text-not-utf8", 1L)));
  }

  @Test
  void synonymHeadersInAnyCaseAndSpacing() {
    String text =
        "COMPANY NAME,agency,PHASE,award_amount,DUNS,Hubzone Owned,Address 1,city,STATE,zip code\n"
            + "\"Acme, Inc.\",DOD,Phase II,\"$1,000.00\",'079179794',Y,1 Main St,Boston,ma,2110\n";
    Award a = only(AwardFiles.parse(text, "synonyms.csv"));
    assertThat(a.company, is("Acme, Inc."));
    assertThat(a.agency, is("DOD"));
    assertThat(a.phase, is("II"));
    assertThat(a.awardAmount, is(1000.0));
    assertThat(a.duns, is("079179794"));
    assertThat(a.hubzoneOwned, is("Y"));
    assertThat(a.address1, is("1 Main St"));
    assertThat(a.city, is("Boston"));
    assertThat(a.state, is("MA"));
    assertThat(a.zip, is("02110"));
    assertThat(a.uei, is(nullValue()));
    assertThat(a.dataQualityFlags, is(empty()));
  }

  // ---- bad input ----

  @Test
  void rowWithTooFewFieldsIsRagged() {
    String bad = "Acme,DOD,Phase I";
    ErrorRecord e = error(HEADER + "\n" + bad + "\n");
    assertThat(e.reason, is("ragged-row"));
    assertThat(e.sourceFile, is("bad.csv"));
    assertThat(e.sourceRow, is(1L));
    assertThat(e.originalText, is(bad));
    assertThat(e.message, containsString("3 fields"));
    assertThat(e.awardId, is(RowIds.of("bad.csv", 1, bad)));
  }

  @Test
  void rowWithTooManyFieldsIsRagged() {
    String good = "Acme,DOD,Phase I,100,,,VA,22201";
    String bad = "Beta,\"multi\nline\",DOD,Phase I,100,,,VA,22201";
    AwardFiles.Parsed p = AwardFiles.parse(HEADER + "\n" + good + "\n" + bad + "\n", "bad.csv");
    assertThat(p.awards().size(), is(1));
    ErrorRecord e = p.errors().get(0);
    assertThat(e.reason, is("ragged-row"));
    assertThat(e.sourceRow, is(2L));
    assertThat(e.originalText, is(bad));
  }

  @Test
  void emptyCompanyIsAnError() {
    String bad = "  ,DOD,Phase I,100,,,VA,22201";
    ErrorRecord e = error(HEADER + "\n" + bad + "\n");
    assertThat(e.reason, is("missing-company"));
    assertThat(e.originalText, is(bad));
    assertThat(e.sourceRow, is(1L));
  }

  @Test
  void malformedIdentifiersAreNulledAndFlagged() {
    Award a = one("Acme,DOD,Phase I,100,ABC-123,12345,VA,22201");
    assertThat(a.uei, is(nullValue()));
    assertThat(a.duns, is(nullValue()));
    assertThat(a.dataQualityFlags, contains("uei-malformed", "duns-malformed"));
  }

  @Test
  void missingIdentifiersAreNotFlagged() {
    Award a = one("Acme,DOD,Phase I,100,,,VA,22201");
    assertThat(a.uei, is(nullValue()));
    assertThat(a.dataQualityFlags, is(empty()));
  }

  @Test
  void unparseableValuesAreFlaggedOnce() {
    String header = "Company,Award Amount,Proposal Award Date,Contract End Date,Phase,State,Zip";
    Award a =
        only(
            AwardFiles.parse(
                header + "\nAcme,lots,2/30/2024,someday,Phase IV,Atlantis,ABCDE\n", "f.csv"));
    assertThat(a.awardAmount, is(nullValue()));
    assertThat(a.proposalAwardDate, is(nullValue()));
    assertThat(a.contractEndDate, is(nullValue()));
    assertThat(
        a.dataQualityFlags,
        contains(
            "phase-unknown",
            "date-unparseable",
            "amount-unparseable",
            "state-unknown",
            "zip-malformed"));
    // Nothing is lost: every value that did not normalise is kept as it was read.
    assertThat(
        a.unparsedValues,
        is(
            "{\"phase\":\"Phase IV\",\"proposal_award_date\":\"2/30/2024\","
                + "\"contract_end_date\":\"someday\",\"award_amount\":\"lots\","
                + "\"state\":\"Atlantis\",\"zip\":\"ABCDE\"}"));
  }

  @Test
  void cellsThatSayTheyHaveNoValueAreEmptyNotMalformed() {
    // SBIR.gov's export writes "-" for a missing ZIP; N/A and none occur in hand-kept sheets.
    Award a = one("Acme,DOD,Phase I,N/A,none,-,VA,-");
    assertThat(a.zip, is(nullValue()));
    assertThat(a.awardAmount, is(nullValue()));
    assertThat(a.uei, is(nullValue()));
    assertThat(a.dataQualityFlags, is(empty()));
    assertThat(a.unparsedValues, is(nullValue()));
  }

  @Test
  void aCleanRowHasNoUnparsedValues() {
    Award a = one("Acme,DOD,Phase I,100,,,VA,22201");
    assertThat(a.unparsedValues, is(nullValue()));
  }

  @Test
  void malformedIdentifiersAreKeptAsRead() {
    Award a = one("Acme,DOD,Phase I,100,ABC-123,12345,VA,22201");
    assertThat(a.unparsedValues, is("{\"uei\":\"ABC-123\",\"duns\":\"12345\"}"));
  }

  @Test
  void strayQuoteInCompanyDoesNotSwallowLaterRows() {
    String text =
        HEADER + "\nAcme 5\" disk,DOD,Phase I,100,,,VA,22201\nBeta,DOD,Phase I,1,,,VA,1\n";
    AwardFiles.Parsed p = AwardFiles.parse(text, "q.csv");
    assertThat(p.errors(), is(empty()));
    assertThat(p.awards().stream().map(a -> a.company).toList(), contains("Acme 5\" disk", "Beta"));
  }

  @Test
  void awardIdsAreDeterministic() {
    String text = HEADER + "\nAcme,DOD,Phase I,100,,,VA,22201\nAcme,DOD,Phase I,100,,,VA,22201\n";
    List<Award> first = AwardFiles.parse(text, "dir/a.csv").awards();
    List<Award> again = AwardFiles.parse(text, "other/dir/a.csv").awards();
    assertThat(first.get(0).awardId, is(again.get(0).awardId));
    assertThat(first.get(1).awardId, is(again.get(1).awardId));
    // The same text on a different row, or in a differently named file, is a different award.
    assertThat(first.get(0).awardId, is(not(first.get(1).awardId)));
    assertThat(
        AwardFiles.parse(text, "b.csv").awards().get(0).awardId, is(not(first.get(0).awardId)));
    assertThat(first.get(0).awardId, matchesPattern("[0-9a-f]{20}"));
    assertThat(
        AwardFiles.resource("/real/sjucsd_sbir_1k_sample.csv").awards().stream()
            .map(a -> a.awardId)
            .distinct()
            .count(),
        is(891L));
  }

  @Test
  void rowIdsUseTheBaseName() {
    assertThat(RowIds.baseName("gs://bucket/in/awards.csv"), is("awards.csv"));
    assertThat(RowIds.baseName("C:\\in\\awards.csv"), is("awards.csv"));
    assertThat(RowIds.baseName("awards.csv"), is("awards.csv"));
    assertThat(RowIds.of("/a/x.csv", 3, "t"), is(RowIds.of("x.csv", 3, "t")));
    assertThat(RowIds.of("x.csv", 3, "t"), is(not(RowIds.of("x.csv", 3, "u"))));
  }

  @Test
  void everyResultIsExactlyOneOfAwardOrError() {
    String text =
        HEADER + "\nAcme,DOD,Phase I,100,,,VA,22201\n,DOD,,,,,,\nshort\n\"unterminated,DOD\n";
    AwardFiles.Parsed p = AwardFiles.parse(text, "mix.csv");
    assertThat(p.all().size(), is(4));
    assertThat(
        p.all().stream().map(r -> (r.award() == null) != (r.error() == null)).toList(),
        everyItem(is(true)));
    assertThat(
        p.errors().stream().map(e -> e.reason + "@" + e.sourceRow).toList(),
        contains("missing-company@2", "ragged-row@3", "unclosed-quote@4"));
  }
}
