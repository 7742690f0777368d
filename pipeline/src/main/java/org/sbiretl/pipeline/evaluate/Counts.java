package org.sbiretl.pipeline.evaluate;

import java.util.LinkedHashMap;
import java.util.Map;

/** True and false positives against a fixed number of true links; precision, recall and F1. */
final class Counts {
  long predicted;
  long correct;

  Double precision() {
    return predicted == 0 ? null : (double) correct / predicted;
  }

  Double recall(long positives) {
    return positives == 0 ? null : (double) correct / positives;
  }

  static Double f1(Double precision, Double recall) {
    if (precision == null || recall == null || precision + recall == 0) {
      return null;
    }
    return 2 * precision * recall / (precision + recall);
  }

  Map<String, Object> toJson(long positives) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("predicted", predicted);
    m.put("true_positives", correct);
    m.put("false_positives", predicted - correct);
    m.put("false_negatives", positives - correct);
    m.put("precision", round(precision()));
    m.put("recall", round(recall(positives)));
    m.put("f1", round(f1(precision(), recall(positives))));
    return m;
  }

  static Double round(Double v) {
    return v == null ? null : Math.round(v * 10000.0) / 10000.0;
  }
}
