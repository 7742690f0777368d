package org.sbiretl.pipeline.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The median, minimum and maximum of one measure over a benchmark's runs. The median is what
 * regression compares; the range says how far the machine's noise alone moves it.
 */
public record Spread(double median, double min, double max) {

  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Spread(median, sorted.get(0), sorted.get(n - 1));
  }

  /** (max − min) ÷ median: 0.12 means the runs differed by 12 % of their median. */
  public double relativeRange() {
    return median == 0 ? 0 : (max - min) / median;
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("median", median);
    m.put("min", min);
    m.put("max", max);
    return m;
  }

  /** Reads {@link #toJson()}; null when the map is not one. */
  public static Spread fromJson(Object json) {
    if (!(json instanceof Map<?, ?> m)
        || !(m.get("median") instanceof Number median)
        || !(m.get("min") instanceof Number min)
        || !(m.get("max") instanceof Number max)) {
      return null;
    }
    return new Spread(median.doubleValue(), min.doubleValue(), max.doubleValue());
  }
}
