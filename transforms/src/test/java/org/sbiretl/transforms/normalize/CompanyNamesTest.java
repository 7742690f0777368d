package org.sbiretl.transforms.normalize;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {

  private static String text(String name) {
    return CompanyNames.normalize(name).text();
  }

  /** The primary name and every alternate, each normalised: the forms a name can be matched by. */
  private static Set<List<String>> variants(String name) {
    Set<List<String>> out = new LinkedHashSet<>();
    CompanyNames.Normalized n = CompanyNames.normalize(name);
    out.add(n.tokens());
    for (String alternate : n.alternates()) {
      out.add(CompanyNames.normalize(alternate).tokens());
    }
    return out;
  }

  private static boolean sameName(String a, String b) {
    Set<List<String>> common = new LinkedHashSet<>(variants(a));
    common.retainAll(variants(b));
    common.remove(List.of());
    return !common.isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ＡＣＭＥ Ｉｎｃ.|acme",
        "Société Générale S.A.|societe generale",
        "Ångström Labs|angstrom lab",
        "Smith & Wesson|smith wesson",
        "Smith and Wesson|smith wesson",
        "Dun+Bradstreet|dun bradstreet",
        "O'Brien Engineering|obrien eng",
        "EXPEDITION TECHNOLOGY, INC.|expedition tech"
      })
  void foldsCasePunctuationAndUnicode(String raw, String expected) {
    assertThat(text(raw), is(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme L.L.C.|acme",
        "Acme, LLC|acme",
        "Acme Inc.|acme",
        "Acme Co., Inc.|acme",
        "Acme Corporation|acme",
        "Acme Holdings Co Ltd|acme holding",
        "ACME INCORPORAT|acme",
        "ACME CORPORATI|acme",
        "Acme Pty Ltd|acme",
        "Acme GmbH|acme",
        "STELLAR SCIENCE LTD CO|stellar sci",
        "Co Dynamics Inc|co dynamic",
        "Inc Research Llc|inc res",
        "Limited Brands Inc|limited brand"
      })
  void legalDesignatorsRemovedOnlyAtTheEnd(String raw, String expected) {
    assertThat(text(raw), is(expected));
  }

  @Test
  void aLoneLegalWordIsKept() {
    assertThat(CompanyNames.normalize("Inc.").tokens(), contains("inc"));
    assertThat(CompanyNames.normalize("Company").tokens(), contains("company"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme Technologies|Acme Tech",
        "Acme Technology|Acme Tech",
        "Acme International|Acme Intl",
        "Acme Laboratories|Acme Labs",
        "Acme Laboratory|Acme Lab",
        "Acme Systems|Acme Sys",
        "Acme Manufacturing|Acme Mfg",
        "Acme Services|Acme Svc",
        "Acme Associates|Acme Assoc",
        "Acme Engineering|Acme Eng",
        "Acme Engineering|Acme Engr",
        "University of Acme|Univ of Acme",
        "Acme Sciences|Acme Science"
      })
  void abbreviationsShareOneSpelling(String a, String b) {
    assertThat(text(a), is(text(b)));
  }

  @Test
  void abbreviationCanonicalForms() {
    assertThat(CompanyNames.canonical("technologies"), is("tech"));
    assertThat(CompanyNames.canonical("intl"), is("intl"));
    assertThat(CompanyNames.canonical("labs"), is("lab"));
    assertThat(CompanyNames.canonical("univ"), is("univ"));
    assertThat(CompanyNames.canonical("dynamics"), is("dynamic"));
    assertThat(CompanyNames.canonical("glass"), is("glass"));
    assertThat(CompanyNames.canonical("plus"), is("plus"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thinkpoint Technoloiges|Thinkpoint Technologies",
        "Murphy & Asosociates|Murphy and Associates",
        "Tran and Assochiates|Tran & Associates",
        "Scientific & Sciencews Research|Scientific & Sciences Research",
        "Acme Laboratoreis|Acme Laboratories",
        "Acme Enginering|Acme Engineering"
      })
  void misspeltLongWordsTakeTheWordsAbbreviation(String typo, String correct) {
    assertThat(text(typo), is(text(correct)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Crystal Labs LZC|crystal lab",
        "Fitzgerald Networks, VNC|fitzgerald network",
        "Ionsource Labs, Inl.|ionsource lab",
        "Piedmont Corporation, L.E.C.|piedmont",
        "Holiday Inn|holiday inn",
        "Red Ink|red ink",
        "Acme Ind|acme ind"
      })
  void oneLetterMisspeltShortDesignatorsAreDesignators(String name, String expected) {
    assertThat(text(name), is(expected));
  }

  @Test
  void misspellingNeedsALongWordAndItsFirstLetters() {
    // "rational" is one edit from "national" but starts differently: a different word.
    assertThat(CompanyNames.canonical("rational"), is("rational"));
    // Short words are not corrected: one edit makes too many of them other real words.
    assertThat(CompanyNames.canonical("sistem"), is("sistem"));
    // Nine letters allow one edit, not two.
    assertThat(CompanyNames.canonical("materails"), is("materail"));
    assertThat(CompanyNames.canonical("materals"), is("material"));
  }

  @Test
  void leadingTheIsDropped() {
    assertThat(text("The Acme Company"), is("acme"));
    assertThat(text("THE"), is("the"));
    assertThat(text("Breathe Easy Inc"), is("breathe easy"));
  }

  @Test
  void dbaBecomesAnAlternate() {
    CompanyNames.Normalized n = CompanyNames.normalize("Smith Holdings LLC d/b/a Acme Robotics");
    assertThat(n.text(), is("smith holding"));
    assertThat(n.alternates(), contains("acme robotics"));
    assertThat(CompanyNames.normalize("Smith Holdings DBA Acme").alternates(), contains("acme"));
    assertThat(
        CompanyNames.normalize("Smith Holdings, d.b.a. Acme").alternates(), contains("acme"));
  }

  @Test
  void dbaInsideAWordIsNotSplit() {
    CompanyNames.Normalized n = CompanyNames.normalize("Adbari Systems");
    assertThat(n.text(), is("adbari sys"));
    assertThat(n.alternates(), is(empty()));
  }

  @Test
  void parenthesesBecomeAlternates() {
    CompanyNames.Normalized n = CompanyNames.normalize("METROPOLITAN LIFE INSURANCE COMPANY (INC)");
    assertThat(n.text(), is("metropolitan life insurance"));
    assertThat(n.alternates(), hasItem("inc"));
    CompanyNames.Normalized onlyParens = CompanyNames.normalize("(Acme Robotics)");
    assertThat(onlyParens.text(), is("acme robotic"));
  }

  @Test
  void parenthesisedQualifierMatchesTheNameWrittenWithoutBrackets() {
    assertThat(sameName("Tech & Innovation (USA) Inc.", "TECH AND INNOVATION USA INC"), is(true));
    assertThat(sameName("Tech & Innovation (USA) Inc.", "Tech and Innovation, Inc."), is(true));
    assertThat(sameName("Acme (Boston) LLC", "Acme Boston"), is(true));
    assertThat(sameName("Tech & Innovation (USA) Inc.", "Innovation Tech Inc"), is(false));
  }

  /** Names as the SBIR.gov exports write them, with HTML entities (real rows, award data). */
  @Test
  void htmlEntitiesAreDecodedBeforeMatching() {
    assertThat(sameName("EN&apos;URGA INC.", "En'urga Inc."), is(true));
    assertThat(sameName("G&amp;C SYSTEMS, INC.", "G&C Systems Inc"), is(true));
    assertThat(text("Q&#38;A Labs"), is("q a lab"));
  }

  @Test
  void primaryTokensKeepTheNameOutsideBrackets() {
    assertThat(text("Tech & Innovation (USA) Inc."), is("tech innovation"));
  }

  @Test
  void nothingUsableGivesNoTokens() {
    assertThat(CompanyNames.normalize(null).tokens(), is(empty()));
    assertThat(CompanyNames.normalize("  ").tokens(), is(empty()));
    assertThat(CompanyNames.normalize("--").tokens(), is(empty()));
    assertThat(CompanyNames.normalize("Acme").tokens(), is(not(empty())));
  }

  @Test
  void squashedJoinsTokens() {
    assertThat(CompanyNames.normalize("Bio Tech Inc").squashed(), is("biotech"));
    assertThat(CompanyNames.normalize("BioTech, Inc.").squashed(), is("biotech"));
  }

  @Test
  void singleLettersAreJoined() {
    assertThat(CompanyNames.normalize("J L G INC").tokens(), is(new ArrayList<>(List.of("jlg"))));
    assertThat(text("A.B.C. Corp"), is(text("ABC Corp")));
  }
}
