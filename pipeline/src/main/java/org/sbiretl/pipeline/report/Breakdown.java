package org.sbiretl.pipeline.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Awards and matched awards per value of one attribute (phase, agency, year, ...). */
final class Breakdown {
  private final Map<String, long[]> byKey = new TreeMap<>();
  private final Comparator<String> order;

  /** {@code order}: how keys are listed; null lists by count, largest first. */
  Breakdown(Comparator<String> order) {
    this.order = order;
  }

  void add(String key, boolean matched) {
    long[] c = byKey.computeIfAbsent(key, k -> new long[2]);
    c[0]++;
    if (matched) {
      c[1]++;
    }
  }

  List<Map<String, Object>> toJson() {
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort(
        order != null
            ? order
            : Comparator.<String>comparingLong(k -> -byKey.get(k)[0])
                .thenComparing(Comparator.naturalOrder()));
    List<Map<String, Object>> out = new ArrayList<>();
    for (String k : keys) {
      long[] c = byKey.get(k);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", k);
      m.put("count", c[0]);
      m.put("matched", c[1]);
      m.put("match_rate", Math.round(10000.0 * c[1] / c[0]) / 10000.0);
      out.add(m);
    }
    return out;
  }

  /** Orders keys as listed in {@code fixed}; unknown keys after them, alphabetically. */
  static Comparator<String> fixedOrder(List<String> fixed) {
    return Comparator.<String>comparingInt(
            k -> fixed.indexOf(k) < 0 ? Integer.MAX_VALUE : fixed.indexOf(k))
        .thenComparing(Comparator.naturalOrder());
  }
}
