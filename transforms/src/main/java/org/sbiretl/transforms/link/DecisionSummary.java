package org.sbiretl.transforms.link;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.PairComparator;

/**
 * The {@code decision_summary} column: one line a reviewer reads before the JSON explanation. It
 * names the levels of the deciding candidate and the rule that put the row where it is, so that
 * "same name, another city" or "two companies too close to call" shows at a glance.
 */
final class DecisionSummary {
  private DecisionSummary() {}

  /** "name exact, location same-state (another city)": the comparison levels of a candidate. */
  static String levels(PairComparator.Result comparison) {
    StringBuilder out = new StringBuilder();
    for (Comparison c : new Comparison[] {Comparison.NAME, Comparison.LOCATION}) {
      int level = comparison.level(c);
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(c.label()).append(' ').append(c.levelName(level));
      if (c == Comparison.LOCATION && level == 1) {
        out.append(" (another city and ZIP area)");
      } else if (c == Comparison.LOCATION && level == 0) {
        out.append(" (another state, or no part of the address agrees)");
      }
    }
    return out.toString();
  }

  /**
   * The whole line for a decided outcome, from the levels {@link #levels} left in {@code
   * decisionSummary} and the outcome's method, reason and probabilities.
   */
  static @Nullable String complete(LinkOutcome out, LinkSettings settings) {
    String levels = out.decisionSummary;
    if (OutcomeReason.NO_CANDIDATE.code().equals(out.reason)) {
      return "no recipient shares a name, address or identifier key with the award";
    }
    if (levels == null) {
      return null;
    }
    String p = probability(out.matchProbability);
    if (LinkOutcome.MATCHED.equals(out.outcome)) {
      if (MatchMethod.UEI_EXACT.code().equals(out.matchMethod)) {
        return "UEI agrees; " + levels;
      }
      if (MatchMethod.DUNS_EXACT.code().equals(out.matchMethod)) {
        return "DUNS agrees; " + levels;
      }
      return levels + ": p " + p;
    }
    if (OutcomeReason.IDENTIFIER_CONFLICT.code().equals(out.reason)) {
      return "the award's identifier names this recipient, but " + levels;
    }
    if (OutcomeReason.AMBIGUOUS.code().equals(out.reason)) {
      return levels
          + ": p "
          + p
          + ", but another company is within "
          + number(settings.ambiguityMargin())
          + " (p "
          + probability(out.secondBestProbability)
          + ")";
    }
    if (OutcomeReason.BETWEEN_THRESHOLDS.code().equals(out.reason)) {
      return levels
          + ": p "
          + p
          + " is below the "
          + number(settings.highThreshold())
          + " a link needs";
    }
    return "best candidate "
        + levels
        + ": p "
        + p
        + " is below the "
        + number(settings.lowThreshold())
        + " a review needs";
  }

  /** A link through a sibling award: which award vouches, how it is linked, what they share. */
  static String sibling(String siblingAwardId, @Nullable String method, @Nullable String kind) {
    String shared =
        kind == null
            ? "a key"
            : switch (kind) {
              case SiblingKeys.UEI -> "its UEI";
              case SiblingKeys.DUNS -> "its DUNS";
              case SiblingKeys.NAME_AND_ZIP -> "its name and ZIP";
              case SiblingKeys.NAME_AND_PERSON -> "its name and a named person";
              default -> kind;
            };
    return "award "
        + siblingAwardId
        + " of the same company is linked ("
        + method
        + ") and shares "
        + shared;
  }

  private static String probability(@Nullable Double p) {
    return p == null ? "?" : String.format(Locale.ROOT, "%.3f", p);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
