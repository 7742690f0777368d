package org.sbiretl.transforms.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.PartyFeatures;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * Counts, for every name token that occurs in some award name, how many recipients carry it, and
 * for every whole award name how many recipients have exactly that name (as {@link
 * TokenWeights#EXACT_NAME}-prefixed terms). Only award-side terms are kept, so the side input stays
 * small however large the recipient table.
 */
public final class ComputeTokenStatistics {
  private static final TupleTag<Long> RECIPIENT_COUNTS = new TupleTag<Long>() {};
  private static final TupleTag<String> AWARD_TOKENS = new TupleTag<String>() {};

  private ComputeTokenStatistics() {}

  public static TokenStatistics of(PCollection<Award> awards, PCollection<Recipient> recipients) {
    PCollection<KV<String, Long>> recipientFrequency =
        recipients
            .apply(
                "RecipientTokens",
                FlatMapElements.into(TypeDescriptors.strings())
                    .via((Recipient r) -> distinctTokens(PartyFeatures.ofRecipient(r).names())))
            .apply("CountRecipientTokens", Count.perElement());
    PCollection<KV<String, String>> awardTokens =
        awards
            .apply(
                "AwardTokens",
                FlatMapElements.into(TypeDescriptors.strings())
                    .via((Award a) -> distinctTokens(PartyFeatures.ofAward(a).names())))
            .apply("DistinctAwardTokens", Distinct.create())
            .apply(
                "KeyAwardTokens",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via((String t) -> KV.of(t, "")));
    PCollection<KV<String, Long>> awardTokenFrequency =
        KeyedPCollectionTuple.of(RECIPIENT_COUNTS, recipientFrequency)
            .and(AWARD_TOKENS, awardTokens)
            .apply("JoinTokenFrequencies", CoGroupByKey.create())
            .apply("KeepAwardTokens", ParDo.of(new KeepAwardTokensFn()));
    PCollectionView<Long> count =
        recipients.apply("CountRecipients", Count.globally()).apply(View.asSingleton());
    return new TokenStatistics(awardTokenFrequency.apply(View.asMap()), count);
  }

  static List<String> distinctTokens(List<List<String>> names) {
    Set<String> out = new HashSet<>();
    for (List<String> n : names) {
      out.addAll(n);
      out.add(TokenWeights.EXACT_NAME + String.join("", n));
    }
    return List.copyOf(out);
  }

  /** Emits the recipient frequency of tokens that some award has (0 when no recipient has it). */
  static class KeepAwardTokensFn extends DoFn<KV<String, CoGbkResult>, KV<String, Long>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, Long>> out) {
      if (!e.getValue().getAll(AWARD_TOKENS).iterator().hasNext()) {
        return;
      }
      long df = 0;
      for (Long c : e.getValue().getAll(RECIPIENT_COUNTS)) {
        df += c;
      }
      out.output(KV.of(e.getKey(), df));
    }
  }
}
