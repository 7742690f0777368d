package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {
  private static final NameSimilarity UNIFORM = new NameSimilarity(TokenWeights.uniform());

  /** The primary normalised tokens of a raw company name. */
  private static List<String> tokens(String raw) {
    return PartyFeatures.nameVariants(List.of(raw)).get(0);
  }

  private static NameSimilarity.Score score(String a, String b) {
    return UNIFORM.score(tokens(a), tokens(b));
  }

  private static String level(NameSimilarity.Score s) {
    return Comparison.NAME.levelName(s.level());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme Robotics Inc|ACME ROBOTICS, LLC",
        "Acme Robotics|Robotics Acme",
        "Bio Tech Inc|BioTech Corp",
        "Acme Technologies|Acme Tech"
      })
  void theSameNameScoresOneAndIsExact(String a, String b) {
    NameSimilarity.Score s = score(a, b);
    assertThat(s.value(), is(1.0));
    assertThat(level(s), is("exact"));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme Robotics|Acme Robotiks",
        "Zentrix Quantum Sensing|Zentrix Quantm Sensing",
        "Photon Forge Labs|Photon Forge Lab Group"
      })
  void aTypoOrAnExtraTokenStillScoresHigh(String a, String b) {
    NameSimilarity.Score s = score(a, b);
    assertThat(s.value(), greaterThanOrEqualTo(0.75));
    assertThat(s.value(), lessThan(1.0));
    assertThat(s.level(), greaterThanOrEqualTo(2));
    assertThat(s.level(), lessThan(4));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme Robotics|Zenith Photonics",
        "Aspen Marine Holdings|Unrelated Paving",
        "Blue Ridge Analytics|Quantum Sensing Devices"
      })
  void unrelatedNamesScoreLowAndAreDifferent(String a, String b) {
    NameSimilarity.Score s = score(a, b);
    assertThat(s.value(), lessThan(0.3));
    assertThat(level(s), is("different"));
  }

  @Test
  void aSubsetOfTheTokensIsNotAPerfectMatch() {
    NameSimilarity.Score s = score("Acme", "Acme Robotics");
    assertThat(s.value(), lessThan(0.9));
    assertThat(s.level(), lessThan(3));
  }

  @Test
  void aTruncatedLongNameAgreesStrongly() {
    // FPDS cuts names at 30 characters; the full word may have been abbreviated ("mfg"). Neither
    // the token cosine (two of three tokens) nor the whole-name Jaro-Winkler makes this strong.
    List<String> cut = List.of("advanced", "photonic", "manufacturin");
    List<String> full = List.of("advanced", "photonic", "mfg");
    NameSimilarity.Score s = UNIFORM.score(cut, full);
    assertThat(level(s), is("strong"));
    assertThat(s.value(), greaterThanOrEqualTo(0.95));
    assertThat(UNIFORM.score(full, cut), is(s));
  }

  @Test
  void aShortNameIsNotTakenForATruncation() {
    // The same shape as a cut name, but far too short to have been cut at 30 characters.
    NameSimilarity.Score s = UNIFORM.score(List.of("ab", "manufacturin"), List.of("ab", "mfg"));
    assertThat(s.value(), lessThan(0.95));
    assertThat(s.level(), lessThan(3));
  }

  @Test
  void aRareSharedTokenCountsMoreThanACommonOne() {
    TokenWeights weights =
        new TokenWeights(
            Map.of("tech", 50_000L, "photonix", 1L, "widget", 1L, "quasar", 1L), 100_000);
    NameSimilarity byRarity = new NameSimilarity(weights);
    List<String> award = List.of("photonix", "tech");
    List<String> sharesRare = List.of("photonix", "widget");
    List<String> sharesCommon = List.of("quasar", "tech");

    double rare = byRarity.score(award, sharesRare).value();
    double common = byRarity.score(award, sharesCommon).value();
    assertThat(rare, greaterThan(0.6));
    assertThat(common, lessThan(0.1));
    assertThat(
        byRarity.score(award, sharesRare).level(),
        greaterThanOrEqualTo(byRarity.score(award, sharesCommon).level()));

    // Without frequencies the two pairs are alike: the difference is the weighting.
    assertThat(
        UNIFORM.score(award, sharesRare).value(),
        closeTo(UNIFORM.score(award, sharesCommon).value(), 1e-9));
  }

  @Test
  void theBestScoreSaysWhichOfTheSecondSidesVariantsGaveIt() {
    NameSimilarity s = new NameSimilarity(TokenWeights.uniform());
    NameSimilarity.Score best =
        s.best(
            List.of(List.of("sensor", "therapeutics")),
            List.of(List.of("northwest", "weather", "optics"), List.of("sensor", "therapeutics")));
    assertThat(best.level(), is(4));
    assertThat(best.variant(), is(1));
    assertThat(
        s.best(List.of(List.of("acme")), List.of(List.of("acme"), List.of("zenith"))).variant(),
        is(0));
  }

  @Test
  void scoresAreSymmetric() {
    String[][] pairs = {
      {"Acme Robotics", "Acme Robotiks"},
      {"Acme", "Acme Robotics"},
      {"Photon Forge Labs", "Photon Forge Lab Group"},
      {"Acme Robotics", "Zenith Photonics"}
    };
    for (String[] p : pairs) {
      assertThat(p[0] + " / " + p[1], score(p[0], p[1]), is(score(p[1], p[0])));
    }
  }

  @Test
  void anEmptyNameScoresZero() {
    assertThat(UNIFORM.score(List.of(), tokens("Acme")), is(new NameSimilarity.Score(0, 0)));
    assertThat(UNIFORM.score(tokens("Acme"), List.of()), is(new NameSimilarity.Score(0, 0)));
  }

  @Test
  void bestTakesTheBestPairOfVariants() {
    List<List<String>> recipient =
        PartyFeatures.nameVariants(List.of("Smith Holdings LLC d/b/a Acme Robotics"));
    List<List<String>> award = List.of(tokens("Acme Robotics Inc"));
    NameSimilarity.Score best = UNIFORM.best(award, recipient);
    assertThat(level(best), is("exact"));
    assertThat(best.value(), is(1.0));
    assertThat(UNIFORM.best(award, List.of()), is(new NameSimilarity.Score(0, 0)));
  }

  @Test
  void bestPrefersAHigherLevelOverAHigherValue() {
    // Every variant pair is scored; the result is the one with the highest level.
    List<List<String>> award = List.of(tokens("Acme Robotics"), tokens("Zenith Photonics"));
    List<List<String>> recipient = List.of(tokens("Zenith Photonics Inc"));
    assertThat(level(UNIFORM.best(award, recipient)), is("exact"));
  }

  @Test
  void softTfIdfIsBoundedAndOneForEqualTokens() {
    List<String> a = tokens("Acme Robotics");
    assertThat(UNIFORM.softTfIdf(a, a), closeTo(1.0, 1e-9));
    assertThat(UNIFORM.softTfIdf(a, tokens("Zenith Photonics")), is(0.0));
  }

  @Test
  void softTfIdfIsSymmetric() {
    List<String> a = tokens("Acme Robotiks Photon Labs");
    List<String> b = tokens("Acme Robotics Photonic");
    assertThat(UNIFORM.softTfIdf(a, b), is(UNIFORM.softTfIdf(b, a)));
  }

  /**
   * The shortcut in {@link NameSimilarity#tokenSimilarity}: a token less than half as long as the
   * other never reaches the token-match similarity, so skipping it changes no score. Checked
   * against commons-text on the worst cases (the short token a prefix of the long one, every
   * character shared) and on tokens of a real vocabulary.
   */
  @Test
  void tokensLessThanHalfAsLongNeverReachTheTokenMatch() {
    org.apache.commons.text.similarity.JaroWinklerSimilarity jw =
        new org.apache.commons.text.similarity.JaroWinklerSimilarity();
    String alphabet = "abcdefghijklmnopqrstuvwxyz";
    int checked = 0;
    for (int shortLength = 1; shortLength <= 12; shortLength++) {
      for (int longLength = 2 * shortLength + 1; longLength <= 26; longLength++) {
        String longToken = alphabet.substring(0, longLength);
        String prefix = longToken.substring(0, shortLength);
        String suffix = longToken.substring(longLength - shortLength);
        assertThat(jw.apply(prefix, longToken), lessThan(0.90));
        assertThat(jw.apply(longToken, prefix), lessThan(0.90));
        assertThat(jw.apply(suffix, longToken), lessThan(0.90));
        assertThat(NameSimilarity.tokenSimilarity(prefix, longToken), is(0.0));
        checked++;
      }
    }
    List<String> words =
        List.of(
            "a",
            "ab",
            "abc",
            "aero",
            "aerospace",
            "sci",
            "scientific",
            "sys",
            "systems",
            "tech",
            "technology",
            "lab",
            "laboratories",
            "intl",
            "international",
            "eng",
            "engineering",
            "mfg",
            "manufacturing",
            "photon",
            "photonics",
            "nano",
            "nanotechnology",
            "bio",
            "biosciences",
            "aa",
            "aaaaa",
            "aaaaaaaaaaa");
    for (String t : words) {
      for (String u : words) {
        if (2 * Math.min(t.length(), u.length()) < Math.max(t.length(), u.length())) {
          assertThat(t + " ~ " + u, jw.apply(t, u), lessThan(0.90));
          assertThat(NameSimilarity.tokenSimilarity(t, u), is(0.0));
          checked++;
        } else if (!t.equals(u)) {
          // A pair that can reach the token match gets its real similarity; one that cannot may
          // be settled as 0 without computing it.
          double real = jw.apply(t, u);
          double got = NameSimilarity.tokenSimilarity(t, u);
          assertThat(
              t + " ~ " + u, real >= 0.90 ? got == real : got == real || got == 0.0, is(true));
        }
      }
    }
    assertThat(checked, greaterThan(300));
  }
}
