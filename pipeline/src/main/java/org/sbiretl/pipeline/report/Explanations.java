package org.sbiretl.pipeline.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One-line, human-readable form of a {@code match_explanation} JSON: each comparison's level and
 * weight in bits, e.g. {@code name exact +13.85, location same-zip5 +12.72}.
 */
public final class Explanations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Explanations() {}

  public static String summarise(String explanation) {
    if (explanation == null || explanation.isBlank()) {
      return "";
    }
    try {
      JsonNode root = JSON.readTree(explanation);
      List<String> parts = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        if (v.isObject() && v.has("level")) {
          String weight =
              v.has("weight")
                  ? String.format(Locale.ROOT, " %+.2f", v.get("weight").asDouble())
                  : "";
          // A match through an alternate name says which: the legal name beside it may look
          // unrelated to the award's.
          String via =
              v.has("matched_name")
                  ? " (alternate name \"" + v.get("matched_name").asText() + "\")"
                  : "";
          parts.add(e.getKey() + " " + v.get("level").asText() + weight + via);
        }
      }
      if (root.has("probability")) {
        parts.add(String.format(Locale.ROOT, "p=%.4f", root.get("probability").asDouble()));
      }
      return String.join(", ", parts);
    } catch (java.io.IOException e) {
      // A malformed explanation is still worth showing as it is.
      return explanation;
    }
  }
}
