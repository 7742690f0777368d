package org.sbiretl.transforms.cet;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.normalize.CompanyNames;
import org.sbiretl.transforms.record.LinkOutcome;

/**
 * One {@link CetTables#PROFILE} row per company from the award classifications: keyed by the linked
 * recipient's UEI where the award matched, else by the normalised company name, so that a firm's
 * awards under misspelt names still meet under its UEI. An award's dollars count for its primary
 * area only.
 */
public final class BuildCetProfiles extends PTransform<PCollection<Row>, PCollection<Row>> {
  public static final String BY_UEI = "uei";
  public static final String BY_NAME = "name";

  private final CetTaxonomy taxonomy;

  private BuildCetProfiles(CetTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  public static BuildCetProfiles of(CetTaxonomy taxonomy) {
    return new BuildCetProfiles(taxonomy);
  }

  @Override
  public PCollection<Row> expand(PCollection<Row> classifications) {
    return classifications
        .apply("KeyByCompany", MapElements.via(new KeyByCompany()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), CompanyAreasCoder.INSTANCE))
        .apply("AddUpPerCompany", Combine.perKey(new AddUp()))
        .apply("ProfileRows", MapElements.via(new ToRow(taxonomy)))
        .setRowSchema(CetTables.PROFILE);
  }

  /** The company an award counts for: its linked UEI, else its normalised name. */
  static String companyKey(Row c) {
    String uei = c.getString("recipient_uei");
    if (LinkOutcome.MATCHED.equals(c.getString("outcome")) && uei != null && !uei.isBlank()) {
      return BY_UEI + ":" + uei;
    }
    String name = CompanyNames.normalize(c.getString("company")).text();
    return BY_NAME + ":" + (name.isEmpty() ? c.getString("company").strip() : name);
  }

  static final class KeyByCompany extends SimpleFunction<Row, KV<String, CompanyAreas>> {
    @Override
    public KV<String, CompanyAreas> apply(Row c) {
      return KV.of(companyKey(c), CompanyAreas.of(c));
    }
  }

  /** A company's awards added up; one award at first, merged by {@link AddUp}. */
  static final class CompanyAreas {
    long awards;
    long classified;

    /** Whole cents: a sum of longs is the same in any order, so every runner writes one value. */
    long cents;

    final TreeMap<String, Long> areaAwards = new TreeMap<>();
    final TreeMap<String, Long> areaCents = new TreeMap<>();
    final TreeMap<String, Long> names = new TreeMap<>();
    @Nullable String uei;
    @Nullable Integer firstYear;
    @Nullable Integer lastYear;

    static CompanyAreas of(Row c) {
      CompanyAreas a = new CompanyAreas();
      a.awards = 1;
      Double amount = c.getDouble("award_amount");
      a.cents = amount == null ? 0 : Math.round(amount * 100);
      String area = c.getString("cet_area");
      if (!CetTaxonomy.NONE.equals(area)) {
        a.classified = 1;
        a.areaAwards.put(area, 1L);
        a.areaCents.put(area, a.cents);
      }
      a.names.put(c.getString("company").strip(), 1L);
      a.uei = companyKey(c).startsWith(BY_UEI) ? c.getString("recipient_uei") : null;
      a.firstYear = c.getInt32("award_year");
      a.lastYear = a.firstYear;
      return a;
    }

    void add(CompanyAreas o) {
      awards += o.awards;
      classified += o.classified;
      cents += o.cents;
      o.areaAwards.forEach((k, v) -> areaAwards.merge(k, v, Long::sum));
      o.areaCents.forEach((k, v) -> areaCents.merge(k, v, Long::sum));
      o.names.forEach((k, v) -> names.merge(k, v, Long::sum));
      uei = uei != null ? uei : o.uei;
      firstYear = min(firstYear, o.firstYear);
      lastYear = max(lastYear, o.lastYear);
    }

    // Written out: a conditional mixing Integer and int unboxes a null.
    private static @Nullable Integer min(@Nullable Integer a, @Nullable Integer b) {
      if (a == null) {
        return b;
      }
      return b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static @Nullable Integer max(@Nullable Integer a, @Nullable Integer b) {
      if (a == null) {
        return b;
      }
      return b == null ? a : Integer.valueOf(Math.max(a, b));
    }
  }

  /**
   * Field by field: Java serialisation of the maps cost several seconds of sorting and decoding at
   * 220,000 awards.
   */
  static final class CompanyAreasCoder extends AtomicCoder<CompanyAreas> {
    static final CompanyAreasCoder INSTANCE = new CompanyAreasCoder();

    /** Length-prefixed UTF-8 of any length: a malformed row's company name may be very long. */
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();

    private static final long serialVersionUID = 1L;

    @Override
    public void encode(CompanyAreas a, OutputStream out) throws IOException {
      DataOutputStream d = new DataOutputStream(out);
      d.writeLong(a.awards);
      d.writeLong(a.classified);
      d.writeLong(a.cents);
      d.writeInt(a.areaAwards.size());
      for (Map.Entry<String, Long> e : a.areaAwards.entrySet()) {
        STRING.encode(e.getKey(), d);
        d.writeLong(e.getValue());
        d.writeLong(a.areaCents.get(e.getKey()));
      }
      d.writeInt(a.names.size());
      for (Map.Entry<String, Long> e : a.names.entrySet()) {
        STRING.encode(e.getKey(), d);
        d.writeLong(e.getValue());
      }
      STRING.encode(a.uei == null ? "" : a.uei, d);
      d.writeInt(a.firstYear == null ? Integer.MIN_VALUE : a.firstYear);
      d.writeInt(a.lastYear == null ? Integer.MIN_VALUE : a.lastYear);
      d.flush();
    }

    @Override
    public CompanyAreas decode(InputStream in) throws IOException {
      DataInputStream d = new DataInputStream(in);
      CompanyAreas a = new CompanyAreas();
      a.awards = d.readLong();
      a.classified = d.readLong();
      a.cents = d.readLong();
      for (int i = d.readInt(); i > 0; i--) {
        String area = STRING.decode(d);
        a.areaAwards.put(area, d.readLong());
        a.areaCents.put(area, d.readLong());
      }
      for (int i = d.readInt(); i > 0; i--) {
        a.names.put(STRING.decode(d), d.readLong());
      }
      String uei = STRING.decode(d);
      a.uei = uei.isEmpty() ? null : uei;
      int first = d.readInt();
      int last = d.readInt();
      a.firstYear = first == Integer.MIN_VALUE ? null : first;
      a.lastYear = last == Integer.MIN_VALUE ? null : last;
      return a;
    }
  }

  static final class AddUp extends Combine.CombineFn<CompanyAreas, CompanyAreas, CompanyAreas> {
    @Override
    public CompanyAreas createAccumulator() {
      return new CompanyAreas();
    }

    @Override
    public CompanyAreas addInput(CompanyAreas acc, CompanyAreas one) {
      acc.add(one);
      return acc;
    }

    @Override
    public CompanyAreas mergeAccumulators(Iterable<CompanyAreas> accs) {
      CompanyAreas sum = new CompanyAreas();
      for (CompanyAreas a : accs) {
        sum.add(a);
      }
      return sum;
    }

    @Override
    public CompanyAreas extractOutput(CompanyAreas acc) {
      return acc;
    }

    @Override
    public Coder<CompanyAreas> getAccumulatorCoder(
        CoderRegistry registry, Coder<CompanyAreas> input) {
      return CompanyAreasCoder.INSTANCE;
    }

    @Override
    public Coder<CompanyAreas> getDefaultOutputCoder(
        CoderRegistry registry, Coder<CompanyAreas> input) {
      return CompanyAreasCoder.INSTANCE;
    }
  }

  /**
   * The profile row. The dominant area has the most awards (then dollars, then id); specialisation
   * is the Herfindahl index of the classified awards over areas: 1 for a firm in one area, 1/n for
   * one spread evenly over n.
   */
  static final class ToRow extends SimpleFunction<KV<String, CompanyAreas>, Row> {
    private final CetTaxonomy taxonomy;

    ToRow(CetTaxonomy taxonomy) {
      this.taxonomy = taxonomy;
    }

    @Override
    public Row apply(KV<String, CompanyAreas> kv) {
      CompanyAreas a = kv.getValue();
      String dominant = CetTaxonomy.NONE;
      long most = 0;
      double hhi = 0;
      for (Map.Entry<String, Long> e : a.areaAwards.entrySet()) {
        long n = e.getValue();
        double share = (double) n / a.classified;
        hhi += share * share;
        if (n > most || n == most && a.areaCents.get(e.getKey()) > a.areaCents.get(dominant)) {
          dominant = e.getKey();
          most = n;
        }
      }
      String key = kv.getKey();
      return Row.withSchema(CetTables.PROFILE)
          .addValues(
              key,
              key.startsWith(BY_UEI + ":") ? BY_UEI : BY_NAME,
              a.uei,
              mostFrequent(a.names),
              a.awards,
              a.classified,
              a.cents / 100.0,
              dominant,
              taxonomy.nameOf(dominant),
              a.classified == 0 ? 0.0 : CetScorer.round((double) most / a.classified),
              CetScorer.round(hhi),
              a.firstYear,
              a.lastYear,
              join(a.areaAwards, 1),
              join(a.areaCents, 100),
              taxonomy.version())
          .build();
    }

    private static String mostFrequent(TreeMap<String, Long> names) {
      return names.entrySet().stream()
          .max(
              Map.Entry.<String, Long>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
          .map(Map.Entry::getKey)
          .orElse("");
    }

    /** {@code key=value;…}, each value divided by {@code unit} (100 turns cents into dollars). */
    private static String join(TreeMap<String, Long> m, long unit) {
      return m.entrySet().stream()
          .map(e -> e.getKey() + "=" + Math.floorDiv(e.getValue() + unit / 2, unit))
          .collect(Collectors.joining(";"));
    }
  }
}
