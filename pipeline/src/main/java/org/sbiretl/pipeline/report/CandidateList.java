package org.sbiretl.pipeline.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code candidates} JSON column reduced to what a reviewer compares: who, where, how likely.
 */
final class CandidateList {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS =
      List.of("name", "uei", "duns", "city", "state", "zip5", "probability");

  private CandidateList() {}

  static List<Map<String, Object>> summarise(String candidates) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (candidates == null || candidates.isBlank()) {
      return out;
    }
    try {
      for (JsonNode c : JSON.readTree(candidates)) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String f : FIELDS) {
          JsonNode v = c.get(f);
          m.put(f, v == null || v.isNull() ? null : v.isNumber() ? v.asDouble() : v.asText());
        }
        m.put("explanation", Explanations.summarise(String.valueOf(c.get("explanation"))));
        out.add(m);
      }
    } catch (IOException e) {
      // Keep the report going; the raw text still tells the reviewer something.
      out.add(Map.of("unparsed", candidates));
    }
    return out;
  }
}
