package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.metrics.TimedDoFn;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.RecordCoders;

/**
 * Links an award that name and address left in review or unmatched through another award of the
 * same firm ({@link SiblingKeys}: same UEI, same DUNS, same name at the same ZIP, or same name and
 * the same contact or principal investigator) that was linked on its own evidence. A firm that
 * moved keeps its name and its people on awards that show its old address; its other awards carry
 * the identifier, or the current address, that settles who it is.
 *
 * <p>Only unflagged {@code uei-exact}, {@code duns-exact} and near-certain {@code
 * name-probabilistic} links (see the constructor) vouch for others; a sibling link never does, so
 * evidence is not passed along a chain. An award is linked, as {@code sibling-award}, only when
 * every sibling it shares a key with points to one and the same company, neither of its own
 * identifiers contradicts that company's, and, for an award in review, that company is one of the
 * review's contenders (a candidate within the ambiguity margin of its best): review means the
 * award's own name and address found somebody plausible, and a sibling may choose among the
 * contenders but not overrule them. Identifier conflicts stay in review: their identifier already
 * points elsewhere.
 *
 * <p>Input and output: the {@link DecideLinks#MATCHED}, {@link DecideLinks#REVIEW} and {@link
 * DecideLinks#UNMATCHED} collections; every award leaves in exactly one of them.
 */
public class LinkSiblingAwards extends PTransform<PCollectionTuple, PCollectionTuple> {
  private static final TupleTag<LinkOutcome> ANCHORS = new TupleTag<LinkOutcome>() {};
  private static final TupleTag<String> UNDECIDED_IDS = new TupleTag<String>() {};
  private static final TupleTag<LinkedAward> UNDECIDED = new TupleTag<LinkedAward>() {};
  private static final TupleTag<LinkOutcome> PROPOSALS = new TupleTag<LinkOutcome>() {};

  private final double ambiguityMargin;
  private final double nameVoucherMinProbability;

  /**
   * @param ambiguityMargin how far below a review's best candidate another still contends (the
   *     decision's own margin, {@link LinkSettings#ambiguityMargin()})
   * @param nameVoucherMinProbability how sure a name match must be to vouch ({@link
   *     LinkSettings#siblingVoucherMinProbability()}). A sibling link lends the voucher's certainty
   *     to awards whose own evidence is weak, so it takes more than the matching threshold: on
   *     generated data, name matches between 0.95 and 0.99 that vouched were wrong for one award in
   *     four, those at 0.99 and above for none in 1,387.
   */
  public LinkSiblingAwards(double ambiguityMargin, double nameVoucherMinProbability) {
    this.ambiguityMargin = ambiguityMargin;
    this.nameVoucherMinProbability = nameVoucherMinProbability;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple decided) {
    PCollection<LinkedAward> matched = decided.get(DecideLinks.MATCHED);
    PCollection<LinkedAward> undecided =
        PCollectionList.of(decided.get(DecideLinks.REVIEW))
            .and(decided.get(DecideLinks.UNMATCHED))
            .apply("FlattenUndecided", Flatten.pCollections());

    PCollection<KV<String, LinkOutcome>> anchors =
        matched
            .apply("KeyVouchingLinks", ParDo.of(new KeyAnchorsFn(nameVoucherMinProbability)))
            .setCoder(RecordCoders.keyedByString(LinkOutcome.class));
    PCollection<KV<String, String>> undecidedKeys =
        undecided.apply("KeyUndecidedAwards", ParDo.of(new KeyUndecidedFn()));
    PCollection<KV<String, LinkOutcome>> proposals =
        KeyedPCollectionTuple.of(ANCHORS, anchors)
            .and(UNDECIDED_IDS, undecidedKeys)
            .apply("JoinSiblings", CoGroupByKey.create())
            .apply("ProposeSiblingLinks", ParDo.of(new ProposeFn()))
            .setCoder(RecordCoders.keyedByString(LinkOutcome.class));

    PCollection<KV<String, LinkedAward>> undecidedById =
        undecided
            .apply("KeyUndecidedById", WithKeys.of((LinkedAward l) -> l.award.awardId))
            .setCoder(RecordCoders.keyedByString(LinkedAward.class));
    PCollectionTuple resolved =
        KeyedPCollectionTuple.of(UNDECIDED, undecidedById)
            .and(PROPOSALS, proposals)
            .apply("GroupProposalsByAward", CoGroupByKey.create())
            .apply(
                "DecideSiblingLinks",
                ParDo.of(new DecideFn(ambiguityMargin))
                    .withOutputTags(
                        DecideLinks.MATCHED,
                        TupleTagList.of(DecideLinks.REVIEW).and(DecideLinks.UNMATCHED)));
    PCollection<LinkedAward> allMatched =
        PCollectionList.of(matched)
            .and(resolved.get(DecideLinks.MATCHED).setCoder(RecordCoders.of(LinkedAward.class)))
            .apply("FlattenMatched", Flatten.pCollections());
    return PCollectionTuple.of(DecideLinks.MATCHED, allMatched)
        .and(
            DecideLinks.REVIEW,
            resolved.get(DecideLinks.REVIEW).setCoder(RecordCoders.of(LinkedAward.class)))
        .and(
            DecideLinks.UNMATCHED,
            resolved.get(DecideLinks.UNMATCHED).setCoder(RecordCoders.of(LinkedAward.class)));
  }

  // Identifier links first (they are the stronger evidence to show), then the smallest award id.
  private static final Comparator<LinkOutcome> VOUCHER_ORDER =
      Comparator.comparingInt((LinkOutcome o) -> strength(o.matchMethod))
          .thenComparing((LinkOutcome o) -> o.awardId)
          .thenComparing(o -> o.reason, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Whether a match may vouch for the firm's other awards. */
  static boolean isAnchor(LinkOutcome link, double nameVoucherMinProbability) {
    boolean byName = MatchMethod.NAME_PROBABILISTIC.code().equals(link.matchMethod);
    return LinkOutcome.MATCHED.equals(link.outcome)
        && strength(link.matchMethod) < NOT_AN_ANCHOR
        && link.matchFlags.isEmpty()
        && (!byName
            || (link.matchProbability != null
                && link.matchProbability >= nameVoucherMinProbability));
  }

  private static final int NOT_AN_ANCHOR = 3;

  /** 0 for the strongest vouching method, {@link #NOT_AN_ANCHOR} for a method that cannot vouch. */
  private static int strength(@Nullable String method) {
    if (MatchMethod.UEI_EXACT.code().equals(method)) {
      return 0;
    }
    if (MatchMethod.DUNS_EXACT.code().equals(method)) {
      return 1;
    }
    if (MatchMethod.NAME_PROBABILISTIC.code().equals(method)) {
      return 2;
    }
    return NOT_AN_ANCHOR;
  }

  /** Whether an award can still be linked: undecided, and not pointing elsewhere by identifier. */
  static boolean isOpen(LinkOutcome link) {
    return !LinkOutcome.MATCHED.equals(link.outcome)
        && !OutcomeReason.IDENTIFIER_CONFLICT.code().equals(link.reason);
  }

  /** The award's own identifiers do not contradict the proposed company's. */
  static boolean consistent(Award a, LinkOutcome company) {
    return agrees(a.uei, company.recipientUei) && agrees(a.duns, company.recipientDuns);
  }

  private static boolean agrees(@Nullable String own, @Nullable String theirs) {
    return own == null || theirs == null || own.equals(theirs);
  }

  /** The company a link points to: its UEI, or its recipient id when it has none. */
  static String companyOf(LinkOutcome link) {
    return link.recipientUei != null ? "uei:" + link.recipientUei : "id:" + link.recipientId;
  }

  /** Each link that may vouch, under the award's sibling keys, slimmed to its recipient. */
  static class KeyAnchorsFn extends DoFn<LinkedAward, KV<String, LinkOutcome>> {
    private final double nameVoucherMinProbability;

    KeyAnchorsFn(double nameVoucherMinProbability) {
      this.nameVoucherMinProbability = nameVoucherMinProbability;
    }

    @ProcessElement
    public void process(@Element LinkedAward l, OutputReceiver<KV<String, LinkOutcome>> out) {
      if (!isAnchor(l.link, nameVoucherMinProbability)) {
        return;
      }
      LinkOutcome slim = new LinkOutcome();
      slim.awardId = l.award.awardId;
      slim.outcome = l.link.outcome;
      slim.matchMethod = l.link.matchMethod;
      slim.matchProbability = l.link.matchProbability;
      slim.setRecipientFrom(l.link);
      for (String key : SiblingKeys.of(l.award)) {
        out.output(KV.of(key, slim));
      }
    }
  }

  /** Each open award's id under its sibling keys. */
  static class KeyUndecidedFn extends DoFn<LinkedAward, KV<String, String>> {
    @ProcessElement
    public void process(@Element LinkedAward l, OutputReceiver<KV<String, String>> out) {
      if (!isOpen(l.link)) {
        return;
      }
      for (String key : SiblingKeys.of(l.award)) {
        out.output(KV.of(key, l.award.awardId));
      }
    }
  }

  /**
   * For a key whose identifier links all point to one company: that company for every open award
   * under the key, once per recipient row, with the sibling that vouches for it (the smallest award
   * id, for determinism) and the kind of key they share in {@code reason}.
   */
  static class ProposeFn extends TimedDoFn<KV<String, CoGbkResult>, KV<String, LinkOutcome>> {
    ProposeFn() {
      super("link-siblings");
    }

    @ProcessElement
    public void process(ProcessContext c) {
      CoGbkResult group = c.element().getValue();
      List<String> open = new ArrayList<>();
      group.getAll(UNDECIDED_IDS).forEach(open::add);
      if (open.isEmpty()) {
        return;
      }
      // One voucher per recipient row (the smallest award id), so that the decision can check the
      // award's identifiers against every row of the company, not only one sibling's.
      String company = null;
      Map<String, LinkOutcome> voucherPerRow = new TreeMap<>();
      for (LinkOutcome anchor : group.getAll(ANCHORS)) {
        String its = companyOf(anchor);
        if (company != null && !company.equals(its)) {
          return;
        }
        company = its;
        voucherPerRow.merge(
            String.valueOf(anchor.recipientId),
            anchor,
            (a, b) -> VOUCHER_ORDER.compare(a, b) <= 0 ? a : b);
      }
      String kind = SiblingKeys.kind(c.element().getKey());
      for (LinkOutcome voucher : voucherPerRow.values()) {
        LinkOutcome proposal = new LinkOutcome();
        proposal.awardId = voucher.awardId;
        proposal.matchMethod = voucher.matchMethod;
        proposal.matchProbability = voucher.matchProbability;
        proposal.reason = kind;
        proposal.setRecipientFrom(voucher);
        for (String awardId : open) {
          c.output(KV.of(awardId, proposal));
        }
      }
    }
  }

  /** Links an open award whose proposals agree on one consistent company; passes others on. */
  static class DecideFn extends TimedDoFn<KV<String, CoGbkResult>, LinkedAward> {

    private final double ambiguityMargin;

    DecideFn(double ambiguityMargin) {
      super("link-siblings");
      this.ambiguityMargin = ambiguityMargin;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      CoGbkResult group = c.element().getValue();
      LinkedAward l = group.getOnly(UNDECIDED);
      LinkOutcome chosen = agreedProposal(l.award, group.getAll(PROPOSALS));
      if (chosen != null && !contends(l.link, chosen, ambiguityMargin)) {
        chosen = null;
      }
      if (chosen != null) {
        c.output(DecideLinks.MATCHED, LinkedAward.of(l.award, siblingLink(l.link, chosen)));
      } else if (LinkOutcome.REVIEW.equals(l.link.outcome)) {
        c.output(DecideLinks.REVIEW, l);
      } else {
        c.output(DecideLinks.UNMATCHED, l);
      }
    }

    /**
     * The proposal (the smallest voucher id first) when all name one company and none of its rows
     * contradicts the award's identifiers, else null.
     */
    private static @Nullable LinkOutcome agreedProposal(
        Award award, Iterable<LinkOutcome> proposals) {
      LinkOutcome chosen = null;
      for (LinkOutcome p : proposals) {
        if (!consistent(award, p) || (chosen != null && !companyOf(chosen).equals(companyOf(p)))) {
          return null;
        }
        if (chosen == null || VOUCHER_ORDER.compare(p, chosen) < 0) {
          chosen = p;
        }
      }
      return chosen;
    }

    /**
     * For an award in review: whether the company is among its candidates within {@code margin} of
     * the best. True for an award that is not in review.
     */
    static boolean contends(LinkOutcome review, LinkOutcome company, double margin) {
      if (!LinkOutcome.REVIEW.equals(review.outcome)) {
        return true;
      }
      List<LinkOutcome> candidates = Explanations.candidatesOf(review.candidates);
      double best = 0.0;
      for (LinkOutcome candidate : candidates) {
        best = Math.max(best, probabilityOf(candidate));
      }
      String wanted = companyOf(company);
      for (LinkOutcome candidate : candidates) {
        if (wanted.equals(companyOf(candidate)) && probabilityOf(candidate) >= best - margin) {
          return true;
        }
      }
      return false;
    }

    private static double probabilityOf(LinkOutcome candidate) {
      return candidate.matchProbability == null ? 0.0 : candidate.matchProbability;
    }

    private static LinkOutcome siblingLink(LinkOutcome before, LinkOutcome chosen) {
      LinkOutcome out = new LinkOutcome();
      out.awardId = before.awardId;
      out.outcome = LinkOutcome.MATCHED;
      out.matchMethod = MatchMethod.SIBLING_AWARD.code();
      // The sibling's link is the evidence: as certain as that link itself.
      out.matchProbability = chosen.matchProbability;
      // The best other company: the name model's best candidate, unless that is this company.
      out.secondBestProbability =
          companyOf(before).equals(companyOf(chosen))
              ? before.secondBestProbability
              : before.matchProbability;
      out.candidateCount = before.candidateCount;
      Map<String, Object> explanation = new LinkedHashMap<>();
      explanation.put("sibling_award_id", chosen.awardId);
      explanation.put("sibling_method", chosen.matchMethod);
      explanation.put("shared", chosen.reason);
      explanation.put("outcome_before", before.outcome);
      explanation.put("reason_before", before.reason);
      out.matchExplanation = Explanations.json(explanation);
      out.decisionSummary =
          DecisionSummary.sibling(chosen.awardId, chosen.matchMethod, chosen.reason);
      out.setRecipientFrom(chosen);
      return out;
    }
  }
}
