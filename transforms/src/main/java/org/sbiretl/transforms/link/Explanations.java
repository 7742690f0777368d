package org.sbiretl.transforms.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.PartyFeatures;

/** JSON explanations: the level and weight (bits) each comparison contributed to a pair. */
final class Explanations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Explanations() {}

  static Map<String, Object> of(ScoredCandidate c, MatchModel model) {
    Map<String, Object> out = new LinkedHashMap<>();
    double total = MatchModelBits.prior(model);
    out.put("prior_bits", round(total));
    for (Comparison comparison : Comparison.values()) {
      int level = c.comparison().level(comparison);
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("level", comparison.levelName(level));
      part.put("weight", round(c.weights()[comparison.ordinal()]));
      if (comparison == Comparison.NAME) {
        part.put("similarity", round(c.comparison().nameSimilarity()));
        int variant = c.comparison().recipientNameVariant();
        if (variant > 0) {
          // Compared with an alternate name (or a d/b/a or bracketed part): the one a reviewer
          // must see, since the legal name shown beside the award may look unrelated. Found again
          // here, for the few candidates explained, rather than carried with every pair.
          String written = PartyFeatures.nameWritten(c.recipient(), variant);
          if (written != null) {
            part.put("matched_name", written);
          }
        }
      }
      out.put(comparison.label(), part);
      total += c.weights()[comparison.ordinal()];
    }
    out.put("total_bits", round(total));
    out.put("probability", round(c.probability()));
    return out;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps and lists always serialise", e);
    }
  }

  /** The top candidates as a JSON array for review and unmatched rows. */
  static String candidates(List<ScoredCandidate> top, MatchModel model) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ScoredCandidate c : top) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("recipient_id", c.recipient().id);
      m.put("uei", c.recipient().uei);
      m.put("duns", c.recipient().duns);
      m.put("name", c.recipient().legalBusinessName);
      m.put("city", c.recipient().city);
      m.put("state", c.recipient().state);
      m.put("zip5", c.recipient().zip5);
      m.put("probability", round(c.probability()));
      m.put("explanation", of(c, model));
      out.add(m);
    }
    return json(out);
  }

  /**
   * The recipients named in a {@link #candidates} array, as outcomes holding their id, UEI, DUNS
   * and probability; empty for null. The text is this class's own output, so text that does not
   * read as such an array is a defect, not data: it fails loudly instead of reading as "no
   * contenders", which would let a sibling link through unchallenged.
   */
  static List<LinkOutcome> candidatesOf(@Nullable String candidatesJson) {
    List<LinkOutcome> out = new ArrayList<>();
    if (candidatesJson == null) {
      return out;
    }
    try {
      for (JsonNode node : JSON.readTree(candidatesJson)) {
        LinkOutcome c = new LinkOutcome();
        c.recipientId = textOf(node, "recipient_id");
        c.recipientUei = textOf(node, "uei");
        c.recipientDuns = textOf(node, "duns");
        JsonNode probability = node.get("probability");
        c.matchProbability =
            probability == null || !probability.isNumber() ? null : probability.asDouble();
        out.add(c);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "review candidates are not the JSON array Explanations.candidates writes: "
              + candidatesJson,
          e);
    }
    return out;
  }

  private static @Nullable String textOf(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  /** The prior as bits, the starting point of every pair's total weight. */
  private static final class MatchModelBits {
    static double prior(MatchModel model) {
      return Math.log(model.prior() / (1 - model.prior())) / Math.log(2);
    }
  }
}
