package org.sbiretl.transforms.cet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CetScorerTest {
  private final CetScorer scorer = new CetScorer(CetFixtures.taxonomy(), CetFixtures.settings());

  private CetClassification classify(String title, String text, PhraseStatistics stats) {
    return scorer.classify(scorer.find(title, text, null), stats);
  }

  private PhraseStatistics statsOf(String... abstracts) {
    PhraseStatistics s = scorer.emptyStatistics();
    for (String a : abstracts) {
      scorer.find("", a, null).countInto(s);
    }
    return s;
  }

  @Test
  void anAwardWithoutSignalIsNone() {
    CetClassification c =
        classify("Improved wound dressing", "A hydrogel dressing for burns.", statsOf());
    assertEquals(CetTaxonomy.NONE, c.area());
    assertEquals(CetTaxonomy.NONE, c.confidence());
    assertFalse(c.classified());
    assertEquals(List.of(), c.evidence());
  }

  @Test
  void aTopicCodeWithoutTitleOrAbstractIsNotEnough() {
    CetScorer.Found found = scorer.find(null, " ", "qubit satellite qubit");
    assertFalse(found.hasText());
    assertEquals(CetTaxonomy.NONE, scorer.classify(found, statsOf()).area());
  }

  @Test
  void relatedTermsAreNotCountedAsEvidencePhrases() {
    String text = "A qubit array cooled by a cryogenic stage.";
    CetClassification c = classify("Qubit arrays", text, statsOf(text));
    assertEquals("quantum", c.area());
    assertEquals(1, c.evidencePhrases());
  }

  @Test
  void aWeakRelatedTermAloneIsNotEnough() {
    assertEquals(
        CetTaxonomy.NONE,
        classify("", "Cryogenic storage of vaccines for clinics.", statsOf()).area());
  }

  @Test
  void specificPhrasesGiveTheAreaWithEvidenceQuotedFromTheText() {
    String text =
        "We will build a trapped ion processor with 32 qubits. Entanglement between modules is"
            + " distributed over photonic links.";
    CetClassification c = classify("Modular quantum computing", text, statsOf(text));
    assertEquals("quantum", c.area());
    assertEquals(CetClassification.HIGH, c.confidence());
    assertEquals(4, c.evidencePhrases());
    assertEquals(3, c.evidence().size());
    CetClassification.Evidence first = c.evidence().get(0);
    assertEquals("quantum", first.area());
    assertEquals("quantum comput*", first.phrase());
    assertEquals("title", first.field());
    assertEquals("Modular quantum computing", first.excerpt());
    assertTrue(
        c.evidence().stream()
            .anyMatch(e -> e.field().equals("abstract") && e.excerpt().contains("trapped ion")),
        c.evidence().toString());
  }

  @Test
  void aMatchInTheTitleWeighsMoreThanOneInTheAbstract() {
    PhraseStatistics s = statsOf();
    double inTitle = classify("Cubesat bus", "A new product.", s).score();
    double inAbstract = classify("A new product", "Cubesat bus.", s).score();
    assertTrue(inTitle > inAbstract, inTitle + " vs " + inAbstract);
  }

  @Test
  void aPhraseEveryAwardHasWeighsLess() {
    String text = "A satellite and spacecraft bus.";
    String[] common = new String[400];
    java.util.Arrays.fill(common, "Satellite imagery for crops.");
    CetClassification rare = classify("", text, statsOf(text));
    CetClassification frequent = classify("", text, statsOf(common));
    assertEquals("space", rare.area());
    assertTrue(frequent.score() < rare.score(), frequent.score() + " vs " + rare.score());
  }

  @Test
  void anotherStrongAreaIsSecondary() {
    String text =
        "A high energy laser with beam control for directed energy defence of a satellite and"
            + " spacecraft from orbit; cubesat demonstration.";
    CetClassification c = classify("Laser defence of satellites", text, statsOf(text));
    assertEquals(2, c.secondary().size() + 1);
    assertTrue(
        c.evidence().stream().anyMatch(e -> e.area().equals(c.secondary().get(0).area())),
        c.toString());
  }

  @Test
  void excerptsAreCutAtWordsAndMarked() {
    String text = "word ".repeat(40) + "satellite " + "tail ".repeat(40);
    int at = text.indexOf("satellite");
    String e = Excerpts.around(text, at, at + 9, 40);
    assertTrue(e.startsWith("…word"), e);
    assertTrue(e.endsWith("tail…"), e);
    assertTrue(e.contains("satellite"), e);
    assertEquals("satellite", Excerpts.around("satellite", 0, 9, 40));
  }
}
