package org.sbiretl.pipeline.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.sbiretl.pipeline.evaluate.Truth;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.normalize.CompanyNames;
import org.sbiretl.transforms.normalize.Places;
import org.sbiretl.transforms.normalize.UsStates;
import org.sbiretl.transforms.normalize.Values;

/**
 * How the true pairs of a labelled set differ, and how often absent and linked firms have a
 * namesake among the recipients: the rates the generator is calibrated to ({@code
 * generate/GeneratorRates}), measured the same way on a real labelled set and on generated data.
 * Names are compared after the linker's own normalisation, addresses after its own place rules.
 */
public final class PairProfile {
  /** How an award's company name relates to its recipient's legal name. */
  public enum NameRelation {
    EQUAL("equal after normalisation"),
    WORD_ORDER("same words, another order"),
    WORD_ADDED_OR_DROPPED("a word added or dropped"),
    TYPO("one or two characters apart"),
    SHARES_A_WORD("other, sharing a word"),
    NOTHING_IN_COMMON("no word in common (renamed)");

    final String label;

    NameRelation(String label) {
      this.label = label;
    }
  }

  /** The most specific place an award and its recipient agree on. */
  public enum PlaceRelation {
    SAME_ZIP("same ZIP"),
    SAME_CITY("same city, another ZIP"),
    SAME_STATE("same state, another city"),
    OTHER_STATE("another state, or no state"),
    ;

    final String label;

    PlaceRelation(String label) {
      this.label = label;
    }
  }

  private final Map<NameRelation, Integer> names = new EnumMap<>(NameRelation.class);
  private final Map<PlaceRelation, Integer> places = new EnumMap<>(PlaceRelation.class);
  private int pairs;
  private int linkedWithNamesake;
  private int absent;
  private int absentWithNamesake;

  private PairProfile() {
    for (NameRelation r : NameRelation.values()) {
      names.put(r, 0);
    }
    for (PlaceRelation r : PlaceRelation.values()) {
      places.put(r, 0);
    }
  }

  /**
   * Profiles the awards of {@code truth} against the recipients (both CSV with a header). Only the
   * recipients the truth names are kept whole; of the others, only a hash of the name and of the
   * UEI, so that a table of millions of rows fits the default heap.
   */
  public static PairProfile of(Path awards, Path recipients, Path truthFile) throws IOException {
    Truth truth = Truth.read(truthFile);
    Set<String> expectedUeis = new HashSet<>(truth.expectedByTrackingNumber().values());
    Map<String, Party> expected = new HashMap<>();
    Namesakes namesakes = new Namesakes();
    forEach(
        recipients,
        r -> {
          String uei = r.get("uei");
          String name = CompanyNames.normalize(r.get("legal_business_name")).text();
          namesakes.add(name, uei);
          if (expectedUeis.contains(uei)) {
            expected.putIfAbsent(
                uei, Party.named(name, r.get("city"), r.get("state"), r.get("zip5")));
          }
        });
    PairProfile profile = new PairProfile();
    forEach(awards, a -> profile.add(a, truth, expected, namesakes));
    return profile;
  }

  private void add(CSVRecord a, Truth truth, Map<String, Party> expected, Namesakes namesakes) {
    String uei = truth.expected(a.get("Agency Tracking Number"));
    if (uei == null) {
      return;
    }
    Party award = Party.of(a.get("Company"), a.get("City"), a.get("State"), a.get("Zip"));
    if (uei.isEmpty()) {
      absent++;
      absentWithNamesake += namesakes.anyOtherThan(award.name(), null) ? 1 : 0;
      return;
    }
    Party recipient = expected.get(uei);
    if (recipient == null) {
      return;
    }
    pairs++;
    names.merge(nameRelation(award.name(), recipient.name()), 1, Integer::sum);
    places.merge(placeRelation(award, recipient), 1, Integer::sum);
    linkedWithNamesake += namesakes.anyOtherThan(recipient.name(), uei) ? 1 : 0;
  }

  /** Which normalised names some recipient has, and whether under more than one UEI. */
  private static final class Namesakes {
    private final Map<Long, Long> ueiOfName = new HashMap<>();
    private final Set<Long> severalUeis = new HashSet<>();

    void add(String name, String uei) {
      if (name.isEmpty()) {
        return;
      }
      long n = KeyHashes.hash(name);
      long u = KeyHashes.hash(uei);
      Long first = ueiOfName.putIfAbsent(n, u);
      if (first != null && first != u) {
        severalUeis.add(n);
      }
    }

    /** A recipient of this name with a UEI other than {@code uei} (any UEI when null). */
    boolean anyOtherThan(String name, String uei) {
      long n = KeyHashes.hash(name);
      Long first = ueiOfName.get(n);
      if (first == null) {
        return false;
      }
      return uei == null || severalUeis.contains(n) || first != KeyHashes.hash(uei);
    }
  }

  static NameRelation nameRelation(String award, String recipient) {
    if (award.equals(recipient)) {
      return NameRelation.EQUAL;
    }
    Set<String> as = new HashSet<>(Arrays.asList(award.split(" ")));
    Set<String> rs = new HashSet<>(Arrays.asList(recipient.split(" ")));
    if (as.equals(rs)) {
      return NameRelation.WORD_ORDER;
    }
    if (rs.containsAll(as) || as.containsAll(rs)) {
      return NameRelation.WORD_ADDED_OR_DROPPED;
    }
    Integer distance = new LevenshteinDistance(2).apply(award, recipient);
    if (distance >= 0) {
      return NameRelation.TYPO;
    }
    as.retainAll(rs);
    return as.isEmpty() ? NameRelation.NOTHING_IN_COMMON : NameRelation.SHARES_A_WORD;
  }

  static PlaceRelation placeRelation(Party award, Party recipient) {
    if (award.zip5() != null && award.zip5().equals(recipient.zip5())) {
      return PlaceRelation.SAME_ZIP;
    }
    boolean sameState = award.state() != null && award.state().equals(recipient.state());
    if (sameState && award.city() != null && award.city().equals(recipient.city())) {
      return PlaceRelation.SAME_CITY;
    }
    return sameState ? PlaceRelation.SAME_STATE : PlaceRelation.OTHER_STATE;
  }

  /** The profile as rows of (measure, count, share), in a fixed order. */
  public Map<String, String> rows() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("true pairs", Integer.toString(pairs));
    for (NameRelation r : NameRelation.values()) {
      out.put("name: " + r.label, share(names.get(r), pairs));
    }
    for (PlaceRelation r : PlaceRelation.values()) {
      out.put("place: " + r.label, share(places.get(r), pairs));
    }
    out.put("linked firm with a namesake recipient", share(linkedWithNamesake, pairs));
    out.put("absent firms", Integer.toString(absent));
    out.put("absent firm with a namesake recipient", share(absentWithNamesake, absent));
    return out;
  }

  public int pairs() {
    return pairs;
  }

  public int names(NameRelation r) {
    return names.get(r);
  }

  public int places(PlaceRelation r) {
    return places.get(r);
  }

  public int absent() {
    return absent;
  }

  public int absentWithNamesake() {
    return absentWithNamesake;
  }

  public int linkedWithNamesake() {
    return linkedWithNamesake;
  }

  private static String share(int n, int of) {
    return String.format(java.util.Locale.ROOT, "%,d (%.1f %%)", n, of == 0 ? 0.0 : 100.0 * n / of);
  }

  /** Streams a CSV file with a header: a recipient table has millions of rows. */
  private static void forEach(Path file, Consumer<CSVRecord> action) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("file not found: " + file);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord r : parser) {
        action.accept(r);
      }
    }
  }

  /** A name and place as the linker normalises them. */
  record Party(String name, String city, String state, String zip5) {
    static Party of(String name, String city, String state, String zip) {
      return named(CompanyNames.normalize(name).text(), city, state, zip);
    }

    /** A party whose name is already normalised. */
    static Party named(String normalisedName, String city, String state, String zip) {
      return new Party(normalisedName, Places.city(city), UsStates.code(state), Values.zip5(zip));
    }
  }
}
