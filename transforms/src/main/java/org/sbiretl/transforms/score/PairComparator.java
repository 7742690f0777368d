package org.sbiretl.transforms.score;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Compares an award with a candidate recipient on every {@link Comparison}. */
public final class PairComparator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** City names this similar agree: one typo, or "Saint Louis" vs "St Louis" after folding. */
  private static final double CITY_MATCH = 0.92;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final NameSimilarity names;

  public PairComparator(TokenWeights weights) {
    this.names = new NameSimilarity(weights);
  }

  /**
   * The levels of a pair, indexed by {@link Comparison#ordinal()}, its name similarity, and which
   * of the recipient's name variants ({@link PartyFeatures#names()}) was the closest: 0 for its
   * legal name, more for an alternate name, which the explanation then shows.
   */
  public record Result(int[] levels, double nameSimilarity, int recipientNameVariant) {
    public Result(int[] levels, double nameSimilarity) {
      this(levels, nameSimilarity, 0);
    }

    public int level(Comparison c) {
      return levels[c.ordinal()];
    }
  }

  /** One side of a pair with its names prepared for comparison (see {@link #prepare}). */
  public record Side(PartyFeatures features, List<NameSimilarity.Prepared> names) {}

  /** Prepares a side once for many comparisons: an award or recipient met by many others. */
  public Side prepare(PartyFeatures features) {
    return new Side(features, names.prepareAll(features.names()));
  }

  public Result compare(PartyFeatures award, PartyFeatures recipient) {
    return compare(prepare(award), prepare(recipient));
  }

  public Result compare(Side awardSide, Side recipientSide) {
    PartyFeatures award = awardSide.features();
    PartyFeatures recipient = recipientSide.features();
    int[] levels = new int[Comparison.values().length];
    NameSimilarity.Score name = names.bestPrepared(awardSide.names(), recipientSide.names());
    levels[Comparison.NAME.ordinal()] = name.level();
    levels[Comparison.LOCATION.ordinal()] = location(award, recipient);
    levels[Comparison.UEI.ordinal()] = equality(award.uei(), recipient.uei());
    levels[Comparison.DUNS.ordinal()] = equality(award.duns(), recipient.duns());
    return new Result(levels, name.value(), name.variant());
  }

  private static int equality(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return Comparison.MISSING;
    }
    return Objects.equals(a, b) ? 1 : 0;
  }

  /** The most specific level at which the two addresses agree; see {@link Comparison#LOCATION}. */
  static int location(PartyFeatures a, PartyFeatures b) {
    boolean zips = a.zip5() != null && b.zip5() != null;
    boolean states = a.state() != null && b.state() != null;
    boolean sameState = states && a.state().equals(b.state());
    boolean citiesAgree = a.city() != null && b.city() != null && sameCity(a.city(), b.city());
    boolean sameCity = sameState && citiesAgree;
    if (states && !sameState) {
      // ZIP and city agreeing place both at one address: the state is the mistyped part.
      return zips && a.zip5().equals(b.zip5()) && citiesAgree ? 4 : 0;
    }
    if (!zips) {
      if (sameCity) {
        return 5;
      }
      return sameState ? 6 : Comparison.MISSING;
    }
    if (a.zip5().equals(b.zip5())) {
      return 4;
    }
    if (sameCity) {
      return 3;
    }
    if (Objects.equals(a.zip3(), b.zip3())) {
      return 2;
    }
    return sameState ? 1 : 0;
  }

  private static boolean sameCity(String a, String b) {
    return a.equals(b)
        || (JaroWinklerBound.canReach(a, b, CITY_MATCH) && JARO_WINKLER.apply(a, b) >= CITY_MATCH);
  }
}
