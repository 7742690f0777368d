package org.sbiretl.transforms.cet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private final PhraseMatcher matcher = new PhraseMatcher(CetFixtures.taxonomy());

  private List<String> found(String text) {
    return matcher.find(TextWords.of(text), CetScorer.ABSTRACT).stream()
        .map(h -> h.phrase().text())
        .sorted()
        .toList();
  }

  @Test
  void wordsMatchTheirPluralsAndStemsTheirEndings() {
    assertEquals(List.of("qubit", "satellite"), found("Two QUBITS aboard small satellites."));
    assertEquals(List.of("entangle*"), found("Entanglement distribution"));
    assertEquals(List.of("quantum comput*"), found("fault-tolerant quantum computers"));
    assertTrue(PhraseMatcher.wordMatches("laser", "lasers"));
    assertTrue(PhraseMatcher.wordMatches("process", "processes"));
    assertFalse(PhraseMatcher.wordMatches("laser", "lasering"));
    assertFalse(PhraseMatcher.wordMatches("battery", "batteries"));
  }

  @Test
  void phrasesRunOverPunctuationAndAccentsButNotOverOtherWords() {
    assertEquals(List.of("high energy laser"), found("a high-energy laser testbed"));
    assertEquals(List.of("qubit", "trapped ion"), found("Trapped-ión qubit arrays"));
    assertEquals(List.of(), found("high power energy laser"));
  }

  @Test
  void anExclusionHidesTheAreasPhrasesInsideIt() {
    assertEquals(List.of(), found("Directed energy deposition of titanium alloys"));
    assertEquals(List.of(), found("cadmium-free quantum dots for displays"));
    assertEquals(
        List.of("directed energy"), found("directed energy deposition; directed energy weapons"));
  }

  @Test
  void aPhraseInsideALongerOneOfItsAreaCountsOnce() {
    PhraseMatcher m =
        new PhraseMatcher(
            CetTaxonomy.of(
                "t",
                List.of(
                    new CetArea(
                        "a", "A", List.of("neural network", "network"), List.of(), List.of()))));
    assertEquals(
        List.of("neural network"),
        m.find(TextWords.of("a neural network"), 0).stream().map(h -> h.phrase().text()).toList());
  }

  @Test
  void hitsKnowWhereTheyStandInTheOriginalText() {
    String text = "We build a CubeSat.";
    PhraseMatcher.Hit h = matcher.find(TextWords.of(text), CetScorer.TITLE).get(0);
    assertEquals("CubeSat", text.substring(h.startChar(), h.endChar()));
    assertEquals(CetScorer.TITLE, h.field());
  }

  @Test
  void aRunawayFieldIsReadOnlyUpToItsWordLimit() {
    TextWords words = TextWords.of("qubit ".repeat(TextWords.MAX_WORDS * 4));
    assertEquals(TextWords.MAX_WORDS, words.size());
    assertEquals(TextWords.MAX_WORDS, matcher.find(words, CetScorer.ABSTRACT).size());
  }

  @Test
  void htmlEntitiesSeparateWordsAndDecomposedAccentsStayInTheirWord() {
    assertEquals(List.of("high energy laser"), found("a high&nbsp;energy laser"));
    TextWords words = TextWords.of("Trapped-i\u006f\u0301n &#039;qubits&#039; AT&T");
    assertEquals(List.of("trapped", "ion", "qubits", "at", "t"), words.words);
    assertEquals(
        "qubits",
        "Trapped-i\u006f\u0301n &#039;qubits&#039; AT&T"
            .substring(words.spans.get(2)[0], words.spans.get(2)[1]));
  }

  @Test
  void aShortFirstWordMatchesItsPluralToo() {
    PhraseMatcher m =
        new PhraseMatcher(
            CetTaxonomy.of(
                "t", List.of(new CetArea("a", "A", List.of("ai"), List.of(), List.of()))));
    assertEquals(1, m.find(TextWords.of("Two AIs"), 0).size());
  }
}
