package org.sbiretl.pipeline.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Award texts by technology area (docs/generator.md § Titles and abstracts): the shares of awards
 * outside the CET areas and touching a second one, firm specialisation, varied phrasing, and the
 * format features the readers are tested on.
 */
class TextModelTest {
  private static final long SEED = 42;
  private static final int AWARDS = 20_000;

  private static Population plan;
  private static List<AwardFactory.Generated> awards;

  @BeforeAll
  static void generate() {
    plan = Population.plan(SEED, AWARDS, 100_000);
    IdentifierModel ids = new IdentifierModel(SEED);
    FirmFactory firms = new FirmFactory(SEED, ids);
    RecipientFactory recipients = new RecipientFactory(SEED, plan, firms, ids);
    AwardFactory factory = new AwardFactory(SEED, plan, firms, recipients, true);
    awards = new ArrayList<>(AWARDS);
    for (int i = 0; i < AWARDS; i++) {
      awards.add(factory.award(i));
    }
  }

  private static boolean cet(AwardFactory.Generated g) {
    return TechnologyAreas.topic(g.text().topic()).cet();
  }

  @Test
  void aboutThirtyPercentOfAwardsAreOutsideTheCetAreas() {
    long outside = awards.stream().filter(g -> !cet(g)).count();
    assertThat(
        outside / (double) AWARDS, allOf(greaterThanOrEqualTo(0.25), lessThanOrEqualTo(0.35)));
  }

  @Test
  void aboutFifteenPercentOfCetAwardsTouchASecondArea() {
    List<AwardFactory.Generated> inCet = awards.stream().filter(TextModelTest::cet).toList();
    long touching = inCet.stream().filter(g -> g.text().crossArea() >= 0).count();
    assertThat(
        touching / (double) inCet.size(),
        allOf(greaterThanOrEqualTo(0.12), lessThanOrEqualTo(0.18)));
    for (AwardFactory.Generated g : inCet) {
      int cross = g.text().crossArea();
      if (cross >= 0) {
        assertThat(cross, not(is(g.text().topic())));
        assertTrue(TechnologyAreas.topic(cross).cet());
      }
    }
    assertTrue(
        awards.stream().filter(g -> !cet(g)).allMatch(g -> g.text().crossArea() < 0),
        "awards outside the CET areas touch none");
  }

  @Test
  void everyTopicIsWrittenAbout() {
    int[] count = new int[TechnologyAreas.count()];
    awards.forEach(g -> count[g.text().topic()]++);
    for (int t = 0; t < count.length; t++) {
      assertThat(TechnologyAreas.topic(t).id(), count[t] / (double) AWARDS, greaterThan(0.004));
    }
    long areas =
        java.util.stream.IntStream.range(0, count.length)
            .filter(t -> TechnologyAreas.topic(t).cet())
            .count();
    assertEquals(18, areas, "the 18 CET areas");
    assertEquals(24, count.length, "and six fields outside them");
  }

  /**
   * A firm's awards stay in its one or two areas: among firms with five or more awards, the two
   * topics it writes about most hold nearly all of them, where a firm drawing each award's topic at
   * random would spread over many.
   */
  @Test
  void firmsSpecialiseInOneOrTwoAreas() {
    Map<Integer, int[]> perFirm = new HashMap<>();
    for (int i = 0; i < AWARDS; i++) {
      perFirm
          .computeIfAbsent(plan.firmOfAward(i), f -> new int[TechnologyAreas.count()])[
          awards.get(i).text().topic()]++;
    }
    double topTwoShare = 0;
    int firms = 0;
    int focused = 0;
    for (int[] counts : perFirm.values()) {
      int total = Arrays.stream(counts).sum();
      if (total < 5) {
        continue;
      }
      int[] sorted = counts.clone();
      Arrays.sort(sorted);
      double share = (sorted[sorted.length - 1] + sorted[sorted.length - 2]) / (double) total;
      topTwoShare += share;
      focused += share >= 0.8 ? 1 : 0;
      firms++;
    }
    assertThat(firms, greaterThan(300));
    assertThat(topTwoShare / firms, greaterThanOrEqualTo(0.9));
    assertThat(focused / (double) firms, greaterThanOrEqualTo(0.85));
  }

  /**
   * No word is on (nearly) every abstract of an area unless it is on many abstracts anyway
   * (boilerplate such as "phase"): real abstracts name an area's terms a few times, with synonyms,
   * and not always the same one ("qubit", "entangled", "NV-center", not always "quantum").
   */
  @Test
  void noAreaKeywordIsOnEveryAbstractOfItsArea() {
    Map<String, Integer> everywhere = documentFrequency(awards);
    for (int t = 0; t < TechnologyAreas.count(); t++) {
      int topic = t;
      List<AwardFactory.Generated> area =
          awards.stream().filter(g -> g.text().topic() == topic).toList();
      Map<String, Integer> df = documentFrequency(area);
      for (Map.Entry<String, Integer> e : df.entrySet()) {
        double inArea = e.getValue() / (double) area.size();
        double overall = everywhere.get(e.getKey()) / (double) AWARDS;
        if (overall < 0.4) {
          assertThat(
              TechnologyAreas.topic(t).id() + ": " + e.getKey(), inArea, lessThanOrEqualTo(0.85));
        }
      }
    }
  }

  @Test
  void textsKeepTheFormatFeaturesOfRealExports() {
    int multiline = 0;
    int quoted = 0;
    int naming = 0;
    Set<String> titles = new HashSet<>();
    for (AwardFactory.Generated g : awards) {
      String title = g.values().get(AwardFactory.COLUMNS.indexOf("Award Title"));
      String text = g.values().get(AwardFactory.COLUMNS.indexOf("Abstract"));
      String company = g.values().get(0).strip();
      assertThat(title, not(containsString("\n")));
      assertThat(title.length(), allOf(greaterThan(5), lessThanOrEqualTo(200)));
      assertThat(text, not(containsString("  ")));
      assertThat(text, not(containsString("..")));
      multiline += text.contains("\n") ? 1 : 0;
      quoted += text.contains("\"") ? 1 : 0;
      naming += !company.isEmpty() && text.contains(company) ? 1 : 0;
      titles.add(title);
    }
    assertThat(multiline / (double) AWARDS, allOf(greaterThan(0.02), lessThanOrEqualTo(0.06)));
    assertThat(quoted, greaterThan(AWARDS / 20));
    assertThat(naming, greaterThan(AWARDS / 10));
    // Titles repeat now and then, as on SBIR.gov, but most are distinct.
    assertThat(titles.size() / (double) AWARDS, greaterThan(0.5));
  }

  @Test
  void titleCaseKeepsWordsWithTheirOwnCapitals() {
    assertEquals(
        "GaN Power Amplifier MMIC for Radar and Electronic Warfare",
        TextModel.titleCase("GaN power amplifier MMIC for radar and electronic warfare"));
    assertEquals("Trapped-Ion Qubit Control", TextModel.titleCase("trapped-ion qubit control"));
    assertEquals("An mRNA Vaccine Platform", TextModel.titleCase("an mRNA vaccine platform"));
    assertEquals("Point-of-Need Manufacturing", TextModel.titleCase("point-of-need manufacturing"));
  }

  private static Map<String, Integer> documentFrequency(List<AwardFactory.Generated> texts) {
    Map<String, Integer> df = new HashMap<>();
    for (AwardFactory.Generated g : texts) {
      String text = g.text().abstractText().toLowerCase(Locale.ROOT);
      Set<String> words = new HashSet<>(Arrays.asList(text.split("[^a-z]+")));
      for (String w : words) {
        if (w.length() >= 4) {
          df.merge(w, 1, Integer::sum);
        }
      }
    }
    return df;
  }
}
