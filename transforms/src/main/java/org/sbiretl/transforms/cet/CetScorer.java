package org.sbiretl.transforms.cet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Scores an award's title, abstract and topic code against a taxonomy, BM25-style: each phrase an
 * area's text contains adds {@code weight × idf × tf(k1 + 1) / (tf + k1(1 − b + b·len/mean))},
 * where tf sums the phrase's matches weighted by field and idf is its rarity among the run's
 * awards. An area's raw score maps to [0, 1) as {@code raw / (raw + halfScore)}. Plain Java; one
 * instance per worker (the phrase index is built once).
 */
public final class CetScorer {
  static final int TITLE = 0;
  static final int ABSTRACT = 1;
  static final int TOPIC_CODE = 2;
  private static final String[] FIELDS = {"title", "abstract", "topic_code"};

  private final CetTaxonomy taxonomy;
  private final CetSettings settings;
  private final PhraseMatcher matcher;

  public CetScorer(CetTaxonomy taxonomy, CetSettings settings) {
    this.taxonomy = taxonomy;
    this.settings = settings;
    this.matcher = new PhraseMatcher(taxonomy);
  }

  /** The phrases of one award, found once and used for both counting and scoring. */
  public final class Found {
    private final String[] texts;
    private final List<PhraseMatcher.Hit> hits = new ArrayList<>();
    private final int words;

    private Found(@Nullable String title, @Nullable String abstractText, @Nullable String topic) {
      texts = new String[] {nonNull(title), nonNull(abstractText), nonNull(topic)};
      int n = 0;
      for (int f = 0; f < texts.length; f++) {
        TextWords w = TextWords.of(texts[f]);
        hits.addAll(matcher.find(w, f));
        n += f == TOPIC_CODE ? 0 : w.size();
      }
      words = n;
    }

    /** Whether the award has any text to classify. */
    public boolean hasText() {
      return !texts[TITLE].isBlank() || !texts[ABSTRACT].isBlank();
    }

    /**
     * Matches per area, in taxonomy order, unweighted: the plain keyword-count baseline the
     * weighted score is compared with.
     */
    public int[] hitsPerArea() {
      int[] n = new int[taxonomy.areas().size()];
      for (PhraseMatcher.Hit h : hits) {
        n[h.phrase().area()]++;
      }
      return n;
    }

    /** Adds this award to the rarity counts: each phrase it contains, once. */
    public void countInto(PhraseStatistics stats) {
      boolean[] seen = new boolean[stats.documentsWith.length];
      for (PhraseMatcher.Hit h : hits) {
        int i = h.phrase().index();
        if (!seen[i]) {
          seen[i] = true;
          stats.documentsWith[i]++;
        }
      }
      stats.documents++;
      stats.words += words;
    }
  }

  public Found find(@Nullable String title, @Nullable String abstractText, @Nullable String topic) {
    return new Found(title, abstractText, topic);
  }

  /** An empty rarity table sized for this taxonomy. */
  public PhraseStatistics emptyStatistics() {
    return PhraseStatistics.empty(matcher.phrases().size());
  }

  /** Classifies one award with the run's rarity counts. */
  public CetClassification classify(Found found, PhraseStatistics stats) {
    if (!found.hasText()) {
      // A topic code alone ("AI") is not enough to file an award, and the coverage gate counts
      // only awards with a title or an abstract.
      return new CetClassification(CetTaxonomy.NONE, 0, CetTaxonomy.NONE, List.of(), 0, List.of());
    }
    int areas = taxonomy.areas().size();
    // Per phrase: its field-weighted term frequency and its first hit (evidence).
    Map<Integer, double[]> tf = new LinkedHashMap<>();
    Map<Integer, PhraseMatcher.Hit> first = new LinkedHashMap<>();
    for (PhraseMatcher.Hit h : found.hits) {
      int i = h.phrase().index();
      tf.computeIfAbsent(i, k -> new double[1])[0] += fieldWeight(h.field());
      PhraseMatcher.Hit seen = first.get(i);
      if (seen == null || h.field() < seen.field()) {
        first.put(i, h);
      }
    }
    double norm =
        settings.k1() * (1 - settings.b() + settings.b() * found.words / stats.meanWords());
    double[] raw = new double[areas];
    int[] distinct = new int[areas];
    Map<Integer, Double> contribution = new LinkedHashMap<>();
    for (Map.Entry<Integer, double[]> e : tf.entrySet()) {
      PhraseMatcher.Phrase p = matcher.phrases().get(e.getKey());
      double t = e.getValue()[0];
      double kind = p.kind() == PhraseMatcher.Kind.RELATED ? settings.relatedWeight() : 1.0;
      double idf = stats.idf(p.index(), settings.priorDocuments(), settings.priorDocumentShare());
      double c = kind * idf * t * (settings.k1() + 1) / (t + norm);
      raw[p.area()] += c;
      if (p.kind() == PhraseMatcher.Kind.PHRASE) {
        // Evidence is counted in phrases: related terms are weak alone (docs/cet.md).
        distinct[p.area()]++;
      }
      contribution.put(p.index(), c);
    }
    List<CetClassification.AreaScore> ranked = new ArrayList<>();
    for (int a = 0; a < areas; a++) {
      if (raw[a] > 0) {
        ranked.add(
            new CetClassification.AreaScore(
                taxonomy.areas().get(a).id(), round(raw[a] / (raw[a] + settings.halfScore()))));
      }
    }
    ranked.sort(
        Comparator.comparingDouble(CetClassification.AreaScore::score)
            .reversed()
            .thenComparing(CetClassification.AreaScore::area));
    if (ranked.isEmpty() || ranked.get(0).score() < settings.minScore()) {
      double best = ranked.isEmpty() ? 0 : ranked.get(0).score();
      return new CetClassification(
          CetTaxonomy.NONE, best, CetTaxonomy.NONE, List.of(), 0, List.of());
    }
    CetClassification.AreaScore primary = ranked.get(0);
    List<CetClassification.AreaScore> secondary = new ArrayList<>();
    for (int i = 1; i < ranked.size() && secondary.size() < settings.maxSecondary(); i++) {
      CetClassification.AreaScore s = ranked.get(i);
      if (s.score() >= settings.secondaryMinScore()
          && s.score() >= settings.secondaryRatio() * primary.score()) {
        secondary.add(s);
      }
    }
    List<CetClassification.Evidence> evidence = new ArrayList<>();
    evidence(primary.area(), first, contribution, found, evidence);
    for (CetClassification.AreaScore s : secondary) {
      evidence(s.area(), first, contribution, found, evidence);
    }
    int primaryIndex = indexOf(primary.area());
    return new CetClassification(
        primary.area(),
        primary.score(),
        band(primary.score()),
        List.copyOf(secondary),
        distinct[primaryIndex],
        List.copyOf(evidence));
  }

  private void evidence(
      String area,
      Map<Integer, PhraseMatcher.Hit> first,
      Map<Integer, Double> contribution,
      Found found,
      List<CetClassification.Evidence> into) {
    int a = indexOf(area);
    first.values().stream()
        .filter(h -> h.phrase().area() == a)
        .sorted(
            Comparator.comparingDouble(
                    (PhraseMatcher.Hit h) -> contribution.get(h.phrase().index()))
                .reversed())
        .limit(settings.maxEvidencePerArea())
        .forEach(
            h ->
                into.add(
                    new CetClassification.Evidence(
                        area,
                        h.phrase().text(),
                        FIELDS[h.field()],
                        Excerpts.around(
                            found.texts[h.field()],
                            h.startChar(),
                            h.endChar(),
                            settings.excerptChars()))));
  }

  private int indexOf(String area) {
    List<CetArea> areas = taxonomy.areas();
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).id().equals(area)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no area " + area);
  }

  private String band(double score) {
    if (score >= settings.highConfidence()) {
      return CetClassification.HIGH;
    }
    return score >= settings.mediumConfidence() ? CetClassification.MEDIUM : CetClassification.LOW;
  }

  private double fieldWeight(int field) {
    return switch (field) {
      case TITLE -> settings.titleWeight();
      case TOPIC_CODE -> settings.topicCodeWeight();
      default -> 1.0;
    };
  }

  /** Four decimals, as scores and shares are written. */
  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }

  public CetTaxonomy taxonomy() {
    return taxonomy;
  }
}
