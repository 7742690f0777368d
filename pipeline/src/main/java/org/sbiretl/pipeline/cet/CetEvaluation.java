package org.sbiretl.pipeline.cet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sbiretl.transforms.cet.CetScorer;
import org.sbiretl.transforms.cet.CetTaxonomy;
import org.sbiretl.transforms.cet.PhraseStatistics;

/**
 * A taxonomy and its scoring measured on awards labelled by hand ({@code id, topic_code, title,
 * abstract, label, also}), beside a plain baseline over the same phrases: the area with the most
 * keyword hits. A prediction is right when it is the label or one of the row's {@code also} areas
 * (an award on two areas may fairly be filed under either); precision and recall are over areas, so
 * "none" predicted or labelled counts as no area.
 */
public final class CetEvaluation {
  /** One labelled award. */
  public record Labelled(
      String id, String topic, String title, String text, String label, Set<String> also) {}

  private final List<Labelled> rows;
  private final CetSetup setup;
  private final CetScorer scorer;
  private final PhraseStatistics stats;

  public CetEvaluation(List<Labelled> rows, CetSetup setup) {
    this.rows = List.copyOf(rows);
    this.setup = setup;
    this.scorer = new CetScorer(setup.taxonomy(), setup.scoring());
    this.stats = scorer.emptyStatistics();
    // Rarity from the labelled awards themselves, as a run takes it from its own awards.
    for (Labelled l : rows) {
      scorer.find(l.title(), l.text(), l.topic()).countInto(stats);
    }
  }

  public static List<Labelled> read(Reader in) throws IOException {
    List<Labelled> rows = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
      String also = r.isMapped("also") ? r.get("also") : "";
      rows.add(
          new Labelled(
              r.get("id"),
              r.isMapped("topic_code") ? r.get("topic_code") : "",
              r.get("title"),
              r.get("abstract"),
              r.get("label").strip(),
              also.isBlank()
                  ? Set.of()
                  : Set.copyOf(java.util.Arrays.asList(also.strip().split("\\s*;\\s*")))));
    }
    return rows;
  }

  public List<Labelled> rows() {
    return rows;
  }

  /** The configured scoring's figures. */
  public Scores weighted() {
    Scores s = new Scores();
    for (Labelled l : rows) {
      s.add(l, scorer.classify(scorer.find(l.title(), l.text(), l.topic()), stats).area());
    }
    return s;
  }

  /** The keyword-count baseline's figures. */
  public Scores baseline() {
    Scores s = new Scores();
    for (Labelled l : rows) {
      int[] hits = scorer.find(l.title(), l.text(), l.topic()).hitsPerArea();
      int best = -1;
      for (int a = 0; a < hits.length; a++) {
        if (hits[a] > 0 && (best < 0 || hits[a] > hits[best])) {
          best = a;
        }
      }
      s.add(l, best < 0 ? CetTaxonomy.NONE : setup.taxonomy().areas().get(best).id());
    }
    return s;
  }

  /** Counts over the labelled rows, per area and overall. */
  public static final class Scores {
    /** Per area: right predictions of it, predictions of it, its labelled rows found, labelled. */
    private final TreeMap<String, int[]> perArea = new TreeMap<>();

    private int total;
    private int correct;
    private int tp;
    private int predicted;
    private int labelled;

    void add(Labelled l, String area) {
      total++;
      boolean right = area.equals(l.label()) || l.also().contains(area);
      if (right) {
        correct++;
      }
      if (!l.label().equals(CetTaxonomy.NONE)) {
        labelled++;
        int[] c = perArea.computeIfAbsent(l.label(), k -> new int[4]);
        c[3]++;
        if (right && !area.equals(CetTaxonomy.NONE)) {
          c[2]++;
        }
      }
      if (!area.equals(CetTaxonomy.NONE)) {
        predicted++;
        int[] c = perArea.computeIfAbsent(area, k -> new int[4]);
        c[1]++;
        if (right) {
          tp++;
          c[0]++;
        }
      }
    }

    public int total() {
      return total;
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) tp / predicted;
    }

    public double recall() {
      return labelled == 0 ? 0 : (double) tp / labelled;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of awards whose primary label (none included) was given. */
    public double accuracy() {
      return total == 0 ? 0 : (double) correct / total;
    }

    public String table(String title) {
      StringBuilder b = new StringBuilder(title).append('\n');
      b.append(
          String.format(
              Locale.ROOT,
              "%-26s %5s %5s %5s %9s %9s%n",
              "area",
              "right",
              "pred",
              "label",
              "precision",
              "recall"));
      perArea.forEach(
          (area, c) ->
              b.append(
                  String.format(
                      Locale.ROOT,
                      "%-26s %5d %5d %5d %9s %9s%n",
                      area,
                      c[0],
                      c[1],
                      c[3],
                      c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) c[0] / c[1]),
                      c[3] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) c[2] / c[3]))));
      b.append(
          String.format(
              Locale.ROOT,
              "overall: precision %.3f, recall %.3f, F1 %.3f; primary label right (none"
                  + " included) %d of %d = %.3f%n",
              precision(),
              recall(),
              f1(),
              correct,
              total,
              accuracy()));
      return b.toString();
    }
  }
}
