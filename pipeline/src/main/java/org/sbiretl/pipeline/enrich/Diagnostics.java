package org.sbiretl.pipeline.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.values.KV;
import org.sbiretl.transforms.link.SummarizeCandidateCounts;
import org.sbiretl.transforms.score.MatchModel;

/**
 * JSON texts of the run's diagnostics: the match model, the pruned blocking keys and the
 * percentiles of candidates per award.
 */
final class Diagnostics {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Diagnostics() {}

  static String modelJson(MatchModel model) {
    return json(model.describe());
  }

  static String prunedKeysJson(List<KV<String, Long>> busiest) {
    List<Map<String, Object>> keys = new ArrayList<>();
    for (KV<String, Long> kv : busiest) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("key", kv.getKey());
      k.put("recipients", kv.getValue());
      keys.add(k);
    }
    return json(keys);
  }

  /** {@code {"count": awards, "p50": .., "p90": .., "p99": .., "max": ..}}. */
  static String candidateCountsJson(SummarizeCandidateCounts.Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", s.awards());
    m.put("p50", s.p50());
    m.put("p90", s.p90());
    m.put("p99", s.p99());
    m.put("max", s.max());
    return json(m);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps and lists always serialise", e);
    }
  }
}
