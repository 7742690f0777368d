package org.sbiretl.transforms.cet;

import java.io.Serializable;

/**
 * How many of the run's awards contain each phrase (any field), how many awards there are and how
 * long their texts are: the rarity and length terms of the score.
 */
public final class PhraseStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  final long[] documentsWith;
  long documents;
  long words;

  PhraseStatistics(int phrases) {
    documentsWith = new long[phrases];
  }

  /** The counts of a run with no awards. */
  public static PhraseStatistics empty(int phrases) {
    return new PhraseStatistics(phrases);
  }

  void add(PhraseStatistics o) {
    for (int i = 0; i < documentsWith.length; i++) {
      documentsWith[i] += o.documentsWith[i];
    }
    documents += o.documents;
    words += o.words;
  }

  /**
   * BM25's inverse document frequency, {@code ln(1 + (N - n + 0.5) / (n + 0.5))}, with the run's
   * counts and {@code prior} pseudo-documents of which a share {@code priorShare} contain the
   * phrase.
   */
  double idf(int phrase, double prior, double priorShare) {
    double n = documentsWith[phrase] + prior * priorShare;
    double all = documents + prior;
    return Math.log(1 + (all - n + 0.5) / (n + 0.5));
  }

  /** Mean words per award (title and abstract), at least 1. */
  double meanWords() {
    return documents == 0 ? 1 : Math.max(1.0, (double) words / documents);
  }

  public long documents() {
    return documents;
  }
}
