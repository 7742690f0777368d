package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchModelTest {
  private static final long RECIPIENTS = 100_000;
  private static final MatchModel MODEL = MatchModel.defaults(RECIPIENTS, 0.85);

  private static final int NAME = Comparison.NAME.ordinal();
  private static final int LOCATION = Comparison.LOCATION.ordinal();
  private static final int UEI = Comparison.UEI.ordinal();
  private static final int DUNS = Comparison.DUNS.ordinal();

  /** Levels with every comparison missing except those set. */
  private static int[] levels(int name, int location, int uei, int duns) {
    int[] l = new int[Comparison.values().length];
    l[NAME] = name;
    l[LOCATION] = location;
    l[UEI] = uei;
    l[DUNS] = duns;
    return l;
  }

  private static double probability(MatchModel model, int[] levels) {
    return model.probability(model.weights(levels, NameFrequency.UNKNOWN));
  }

  private static double probability(int[] levels) {
    return probability(MODEL, levels);
  }

  private static double weight(MatchModel model, Comparison c, int level) {
    return MatchModel.log2(model.m(c, level) / model.u(c, level));
  }

  private static double[][] copyOf(MatchModel model, boolean m) {
    double[][] out = new double[Comparison.values().length][];
    for (Comparison c : Comparison.values()) {
      out[c.ordinal()] = new double[c.levelCount()];
      for (int l = 0; l < c.levelCount(); l++) {
        out[c.ordinal()][l] = m ? model.m(c, l) : model.u(c, l);
      }
    }
    return out;
  }

  @Test
  void defaultsAreAValidModel() {
    assertThat(MODEL.source(), is("defaults"));
    assertThat(MODEL.recipients(), is(RECIPIENTS));
    assertThat(MODEL.prior(), closeTo(0.85 / RECIPIENTS, 1e-15));
    for (Comparison c : Comparison.values()) {
      double mSum = 0;
      double uSum = 0;
      for (int l = 0; l < c.levelCount(); l++) {
        assertThat(c + " m", MODEL.m(c, l), greaterThan(0.0));
        assertThat(c + " u", MODEL.u(c, l), greaterThan(0.0));
        mSum += MODEL.m(c, l);
        uSum += MODEL.u(c, l);
      }
      // m and u are distributions over the levels of a comparison that can be made.
      assertThat(c + " m", mSum, closeTo(1.0, 1e-9));
      assertThat(c + " u", uSum, closeTo(1.0, 1e-4));
    }
  }

  @Test
  void defaultWeightsNeverFallAlongAChain() {
    for (Comparison c : Comparison.values()) {
      for (List<Integer> chain : c.chains()) {
        for (int i = 1; i < chain.size(); i++) {
          assertThat(
              c + " " + chain + " at " + chain.get(i),
              weight(MODEL, c, chain.get(i)),
              greaterThanOrEqualTo(weight(MODEL, c, chain.get(i - 1))));
        }
      }
    }
  }

  @Test
  void fullDisagreementIsEvidenceAgainstAndFullAgreementFor() {
    for (Comparison c : Comparison.values()) {
      assertThat(c.toString(), weight(MODEL, c, 0), lessThan(0.0));
      List<Integer> first = c.chains().get(0);
      assertThat(c.toString(), weight(MODEL, c, first.get(first.size() - 1)), greaterThan(0.0));
    }
  }

  @Test
  void probabilityRisesWithNameAgreement() {
    double previous = -1;
    for (int name = 0; name < Comparison.NAME.levelCount(); name++) {
      double p = probability(levels(name, 4, Comparison.MISSING, Comparison.MISSING));
      assertThat("name level " + name, p, greaterThan(previous));
      previous = p;
    }
  }

  @Test
  void probabilityNeverFallsAlongALocationChain() {
    for (List<Integer> chain : Comparison.LOCATION.chains()) {
      double previous = -1;
      for (int location : chain) {
        double p = probability(levels(4, location, Comparison.MISSING, Comparison.MISSING));
        assertThat("location level " + location, p, greaterThanOrEqualTo(previous));
        previous = p;
      }
    }
  }

  @Test
  void moreAgreeingComparisonsGiveAHigherProbability() {
    int m = Comparison.MISSING;
    double nameOnly = probability(levels(3, m, m, m));
    double nameAndPlace = probability(levels(3, 4, m, m));
    double withDuns = probability(levels(3, 4, m, 1));
    double withUei = probability(levels(3, 4, 1, 1));
    assertThat(nameAndPlace, greaterThan(nameOnly));
    assertThat(withDuns, greaterThan(nameAndPlace));
    assertThat(withUei, greaterThanOrEqualTo(withDuns));
    assertThat(withUei, lessThan(1.0 + 1e-12));
  }

  @Test
  void anIdentifierConflictLowersTheProbability() {
    int m = Comparison.MISSING;
    double unknown = probability(levels(4, 4, m, m));
    assertThat(probability(levels(4, 4, 0, m)), lessThan(unknown));
    assertThat(probability(levels(4, 4, m, 0)), lessThan(unknown));
    assertThat(probability(levels(4, 4, 1, m)), greaterThan(unknown));
  }

  @Test
  void missingComparisonsWeighNothingAndLeaveThePrior() {
    int m = Comparison.MISSING;
    double[] w = MODEL.weights(levels(m, m, m, m), NameFrequency.UNKNOWN);
    assertThat(Arrays.stream(w).allMatch(x -> x == 0.0), is(true));
    assertThat(MODEL.probability(w), closeTo(MODEL.prior(), 1e-15));
  }

  @Test
  void weightsAreLogBayesFactorsAndTheProbabilityIsTheirPosterior() {
    int[] l = levels(2, 3, Comparison.MISSING, 0);
    double[] w = MODEL.weights(l, NameFrequency.UNKNOWN);
    assertThat(w[LOCATION], closeTo(weight(MODEL, Comparison.LOCATION, 3), 1e-12));
    assertThat(w[DUNS], closeTo(weight(MODEL, Comparison.DUNS, 0), 1e-12));
    assertThat(w[UEI], is(0.0));
    double bits = MatchModel.log2(MODEL.prior() / (1 - MODEL.prior()));
    for (double x : w) {
      bits += x;
    }
    double p = MODEL.probability(w);
    // The posterior's log-odds are the prior's plus the summed weights.
    assertThat(MatchModel.log2(p / (1 - p)), closeTo(bits, 1e-6));
  }

  @Test
  void aCommonNameIsWeakerEvidenceThanARareOne() {
    int[] exactName = levels(4, Comparison.MISSING, Comparison.MISSING, Comparison.MISSING);
    int[] similarName = levels(2, Comparison.MISSING, Comparison.MISSING, Comparison.MISSING);
    NameFrequency common = new NameFrequency(0.01, 0.02);
    double rareExact = MODEL.weights(exactName, NameFrequency.UNKNOWN)[NAME];
    double commonExact = MODEL.weights(exactName, common)[NAME];
    assertThat(commonExact, lessThan(rareExact));
    assertThat(commonExact, closeTo(MatchModel.log2(MODEL.m(Comparison.NAME, 4) / 0.01), 1e-12));
    assertThat(
        MODEL.weights(similarName, common)[NAME],
        closeTo(MatchModel.log2(MODEL.m(Comparison.NAME, 2) / 0.02), 1e-12));
  }

  @Test
  void nameFrequencyDoesNotTouchDisagreeingLevels() {
    NameFrequency common = new NameFrequency(0.5, 0.5);
    for (int name : new int[] {0, 1}) {
      int[] l = levels(name, Comparison.MISSING, Comparison.MISSING, Comparison.MISSING);
      assertThat(MODEL.weights(l, common)[NAME], is(MODEL.weights(l, NameFrequency.UNKNOWN)[NAME]));
    }
  }

  @Test
  void theNamesakeFloorBoundsTheEvidenceOfARareName() {
    MatchModel small = MatchModel.defaults(1000, 0.85);
    int[] exactName = levels(4, Comparison.MISSING, Comparison.MISSING, Comparison.MISSING);
    double w = small.weights(exactName, NameFrequency.UNKNOWN)[NAME];
    double floor = MatchModel.NAMESAKE_SHARE / 1000;
    assertThat(w, closeTo(MatchModel.log2(small.m(Comparison.NAME, 4) / floor), 1e-12));
    assertThat(w, lessThan(weight(small, Comparison.NAME, 4)));
  }

  @Test
  void priorIsTheShareOverTheRecipientsWithinBounds() {
    assertThat(MatchModel.priorFor(1000, 0.5), closeTo(0.0005, 1e-15));
    assertThat(MatchModel.priorFor(1000, 0.0), closeTo(0.001 / 1000, 1e-15));
    assertThat(MatchModel.priorFor(1000, 2.0), closeTo(0.999 / 1000, 1e-15));
    assertThat(MatchModel.priorFor(0, 0.5), closeTo(0.25, 1e-15));
  }

  @Test
  void defaultLocationMIsADistributionForAnyShareWithoutZip() {
    for (double share : new double[] {-1, 0, 0.05, 0.5, 1, 2}) {
      double[] m = MatchModel.defaultLocationM(share);
      assertThat(m.length, is(Comparison.LOCATION.levelCount()));
      assertThat("share " + share, Arrays.stream(m).sum(), closeTo(1.0, 1e-9));
      assertThat("share " + share, Arrays.stream(m).allMatch(x -> x > 0), is(true));
    }
    // More pairs without a ZIP: the no-ZIP levels are more common among matches.
    assertThat(
        MatchModel.defaultLocationM(0.5)[5], greaterThan(MatchModel.defaultLocationM(0.05)[5]));
    assertThat(MatchModel.defaultLocationM(0.5)[4], lessThan(MatchModel.defaultLocationM(0.05)[4]));
  }

  @Test
  void invalidParametersAreRejected() {
    double[][] m = copyOf(MODEL, true);
    double[][] u = copyOf(MODEL, false);
    assertThrows(IllegalArgumentException.class, () -> new MatchModel(m, u, 0, 10, "x"));
    assertThrows(IllegalArgumentException.class, () -> new MatchModel(m, u, 1, 10, "x"));
    assertThrows(IllegalArgumentException.class, () -> new MatchModel(m, u, Double.NaN, 10, "x"));
    assertThrows(
        IllegalArgumentException.class, () -> MODEL.withM(Comparison.UEI, new double[] {1.0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> MODEL.withU(Comparison.DUNS, new double[] {0.0, 1.0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> MODEL.withM(Comparison.DUNS, new double[] {0.5, 1.5}));
    assertThrows(
        IllegalArgumentException.class,
        () -> MODEL.withM(Comparison.DUNS, new double[] {Double.NaN, 0.5}));
  }

  @Test
  void copiesLeaveTheOriginalUnchanged() {
    MatchModel changed = MODEL.withM(Comparison.UEI, new double[] {0.5, 0.5});
    assertThat(changed.m(Comparison.UEI, 1), is(0.5));
    assertThat(MODEL.m(Comparison.UEI, 1), is(0.98));
    assertThat(changed, is(not(MODEL)));

    MatchModel u = MODEL.withU(Comparison.UEI, new double[] {0.5, 0.5});
    assertThat(u.u(Comparison.UEI, 1), is(0.5));
    assertThat(MODEL.u(Comparison.UEI, 1), is(1e-7));

    MatchModel prior = MODEL.withPrior(0.01, "estimated");
    assertThat(prior.prior(), is(0.01));
    assertThat(prior.source(), is("estimated"));
    assertThat(MODEL.prior(), closeTo(0.85 / RECIPIENTS, 1e-15));
    assertThat(MODEL.withSource("other").source(), is("other"));
    assertThat(MODEL.source(), is("defaults"));
  }

  @Test
  void theModelKeepsItsOwnCopyOfTheArrays() {
    double[][] m = copyOf(MODEL, true);
    double[][] u = copyOf(MODEL, false);
    MatchModel model = new MatchModel(m, u, 0.001, 10, "x");
    m[UEI][1] = 0.5;
    u[UEI][1] = 0.5;
    assertThat(model.m(Comparison.UEI, 1), is(0.98));
    assertThat(model.u(Comparison.UEI, 1), is(1e-7));

    double[] levels = {0.5, 0.5};
    MatchModel viaWith = MODEL.withM(Comparison.UEI, levels);
    levels[1] = 0.9;
    assertThat(viaWith.m(Comparison.UEI, 1), is(0.5));
  }

  @Test
  void recipientsAreAtLeastOne() {
    assertThat(MatchModel.defaults(0, 0.85).recipients(), is(1L));
  }

  @Test
  void equalModelsAreEqual() {
    MatchModel again = MatchModel.defaults(RECIPIENTS, 0.85);
    assertThat(again, is(MODEL));
    assertThat(again.hashCode(), is(MODEL.hashCode()));
    assertThat(MatchModel.defaults(RECIPIENTS + 1, 0.85), is(not(MODEL)));
    assertThat(MODEL.withSource("other"), is(not(MODEL)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void describeListsEveryLevelWithItsWeight() {
    Map<String, Object> d = MODEL.describe();
    assertThat(d.get("source"), is("defaults"));
    assertThat(d.get("recipients"), is(RECIPIENTS));
    for (Comparison c : Comparison.values()) {
      assertThat(d, hasKey(c.label()));
      Map<String, Object> levels = (Map<String, Object>) d.get(c.label());
      assertThat(levels.size(), is(c.levelCount()));
      for (int l = 0; l < c.levelCount(); l++) {
        Map<String, Object> p = (Map<String, Object>) levels.get(c.levelName(l));
        assertThat(p.get("m"), is(MODEL.m(c, l)));
        assertThat(p.get("u"), is(MODEL.u(c, l)));
        assertThat((Double) p.get("weight"), closeTo(weight(MODEL, c, l), 1e-12));
      }
    }
  }
}
