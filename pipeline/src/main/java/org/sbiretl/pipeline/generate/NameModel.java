package org.sbiretl.pipeline.generate;

import static org.sbiretl.pipeline.generate.Vocabulary.CAMEL_HEADS;
import static org.sbiretl.pipeline.generate.Vocabulary.CAMEL_TAILS;
import static org.sbiretl.pipeline.generate.Vocabulary.CAUSES;
import static org.sbiretl.pipeline.generate.Vocabulary.COIN_HEADS;
import static org.sbiretl.pipeline.generate.Vocabulary.COIN_TAILS;
import static org.sbiretl.pipeline.generate.Vocabulary.FIELD_NOUNS;
import static org.sbiretl.pipeline.generate.Vocabulary.FIRST_NAMES;
import static org.sbiretl.pipeline.generate.Vocabulary.NONPROFIT_FORMS;
import static org.sbiretl.pipeline.generate.Vocabulary.PLACES;
import static org.sbiretl.pipeline.generate.Vocabulary.QUALIFIERS;
import static org.sbiretl.pipeline.generate.Vocabulary.SURNAMES;
import static org.sbiretl.pipeline.generate.Vocabulary.TECH_WORDS;
import static org.sbiretl.pipeline.generate.Vocabulary.TRADES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws company, organisation and person names. */
final class NameModel {
  private static final double[] SBIR_TEMPLATES = {22, 20, 8, 12, 10, 10, 8, 5, 5};

  private NameModel() {}

  /** An SBIR-style technology company: "Advanced Photonics Research Inc", "OptiCore Systems". */
  static CompanyName sbirFirm(Rng r) {
    List<String> w = new ArrayList<>();
    switch (r.weighted(SBIR_TEMPLATES)) {
      case 0 -> {
        if (r.chance(0.3)) {
          w.add(r.pick(QUALIFIERS));
        }
        w.add(r.pick(TECH_WORDS));
        w.add(r.pick(FIELD_NOUNS));
      }
      case 1 -> {
        w.add(coined(r));
        w.add(r.pick(FIELD_NOUNS));
      }
      case 2 -> {
        w.add(r.pick(CAMEL_HEADS) + r.pick(CAMEL_TAILS));
        if (r.chance(0.5)) {
          w.add(r.pick(FIELD_NOUNS));
        }
      }
      case 3 -> surnameFirm(r, w);
      case 4 -> {
        w.add(acronym(r));
        w.add(r.pick(FIELD_NOUNS));
      }
      case 5 -> {
        w.add(r.pick(PLACES));
        w.add(r.chance(0.5) ? r.pick(FIELD_NOUNS) : r.pick(TECH_WORDS) + " " + r.pick(FIELD_NOUNS));
      }
      case 6 -> {
        w.add(r.pick(QUALIFIERS));
        w.add(r.pick(FIELD_NOUNS));
      }
      case 7 -> {
        w.add(r.pick(FIELD_NOUNS));
        w.add(r.chance(0.5) ? "&" : "and");
        w.add(r.pick(FIELD_NOUNS));
        w.add(r.pick(new String[] {"Engineering", "Research", "Group", "Technologies"}));
      }
      default -> w.add(coined(r));
    }
    return new CompanyName(splitWords(w), LegalSuffix.draw(r));
  }

  /**
   * A technology company that is not an SBIR firm: an SBIR-style name with a place or surname in
   * front ("Cascade Advanced Photonics", "Keller Quantum Systems"), so it shares words with SBIR
   * firms without being one of their names.
   */
  static CompanyName techCompany(Rng r) {
    CompanyName base = sbirFirm(r);
    List<String> w = new ArrayList<>();
    w.add(r.chance(0.5) ? r.pick(PLACES) : r.pick(SURNAMES));
    w.addAll(base.words());
    return base.withWords(w);
  }

  private static void surnameFirm(Rng r, List<String> w) {
    String s = r.pick(SURNAMES);
    switch (r.nextInt(4)) {
      case 0 -> {
        w.add(s);
        w.add(r.chance(0.5) ? "&" : "and");
        w.add("Associates");
      }
      case 1 -> {
        w.add(s);
        w.add(r.chance(0.5) ? "&" : "and");
        w.add(r.pick(SURNAMES));
        w.add(r.pick(FIELD_NOUNS));
      }
      case 2 -> {
        w.add(r.pick(FIRST_NAMES));
        w.add(s);
        w.add(r.pick(FIELD_NOUNS));
      }
      default -> {
        w.add(s);
        w.add(r.pick(FIELD_NOUNS));
      }
    }
  }

  /** A parent company: "Cascade Holdings", "Meridian Technologies Group". */
  static CompanyName parent(Rng r) {
    List<String> w = new ArrayList<>();
    switch (r.nextInt(3)) {
      case 0 -> w.add(r.pick(PLACES));
      case 1 -> w.add(r.pick(SURNAMES));
      default -> w.add(coined(r));
    }
    w.add(
        r.pick(new String[] {"Holdings", "Group", "Technologies Group", "Industries", "Partners"}));
    LegalSuffix s =
        r.chance(0.6) ? LegalSuffix.INC : r.chance(0.5) ? LegalSuffix.CORP : LegalSuffix.LLC;
    return new CompanyName(splitWords(w), s);
  }

  /** An ordinary business that is not an SBIR firm: "Keller Landscaping", "Ozark Paving". */
  static CompanyName business(Rng r) {
    List<String> w = new ArrayList<>();
    switch (r.nextInt(5)) {
      case 0 -> {
        w.add(r.pick(FIRST_NAMES));
        w.add(r.pick(SURNAMES));
      }
      case 1, 2 -> w.add(r.pick(SURNAMES));
      case 3 -> w.add(r.pick(PLACES));
      default -> w.add(r.chance(0.5) ? acronym(r) : r.pick(CAMEL_HEADS) + r.pick(CAMEL_TAILS));
    }
    w.add(r.pick(Vocabulary.TRADES));
    return new CompanyName(splitWords(w), LegalSuffix.draw(r));
  }

  /** A non-profit: "Piedmont Community Foundation", "Society for Cancer Research". */
  static String nonprofit(Rng r) {
    String place = r.chance(0.5) ? r.pick(PLACES) : town(r);
    String form = r.pick(NONPROFIT_FORMS);
    String cause = r.pick(CAUSES);
    String name =
        switch (r.nextInt(3)) {
          case 0 -> place + " " + cause + " " + form;
          case 1 -> form + " for " + cause + " of " + place;
          default -> r.pick(SURNAMES) + " " + cause + " " + form;
        };
    return name + (r.chance(0.35) ? " Inc" : "");
  }

  /** A college, university or hospital. */
  static String institution(Rng r, String state) {
    String town = town(r);
    return switch (r.nextInt(6)) {
      case 0 -> "University of " + town;
      case 1 -> town + " State University";
      case 2 -> town + " Community College";
      case 3 -> r.pick(SURNAMES) + " College";
      case 4 -> town + " Regional Medical Center";
      default -> "Board of Regents, " + state + " University System";
    };
  }

  /** A local government or authority. */
  static String government(Rng r) {
    String town = town(r);
    return switch (r.nextInt(7)) {
      case 0 -> "City of " + town;
      case 1 -> "County of " + town;
      case 2 -> town + " County";
      case 3 -> "Town of " + town;
      case 4 -> town + " Independent School District";
      case 5 -> town + " Housing Authority";
      default -> town + " Water Authority";
    };
  }

  /** A farm or ranch. */
  static CompanyName farm(Rng r) {
    List<String> w = new ArrayList<>();
    w.add(r.chance(0.7) ? r.pick(SURNAMES) : r.pick(PLACES));
    w.add(
        r.pick(
            new String[] {"Farms", "Ranch", "Dairy", "Orchards", "Cattle Company", "Vineyards"}));
    return new CompanyName(splitWords(w), r.chance(0.6) ? LegalSuffix.LLC : LegalSuffix.NONE);
  }

  /** A person: "Barry Q Gray". */
  static String person(Rng r) {
    String first = r.pick(FIRST_NAMES);
    String last = r.pick(SURNAMES);
    if (r.chance(0.5)) {
      return first + " " + (char) ('A' + r.nextInt(26)) + " " + last;
    }
    return first + " " + last;
  }

  /** A town name: real-looking but drawn from a large space ("Smithville", "Cedar Falls"). */
  static String town(Rng r) {
    return switch (r.nextInt(4)) {
      case 0 -> r.pick(SURNAMES) + r.pick(new String[] {"ville", "ton", "burg", "field", "port"});
      case 1 -> r.pick(PLACES) + r.pick(new String[] {" Falls", " Springs", " Heights", ""});
      case 2 ->
          r.pick(new String[] {"North ", "South ", "East ", "West ", "New ", "Fort ", "Mount "})
              + r.pick(SURNAMES);
      default -> AddressModel.city(r).city();
    };
  }

  /** A coined single word: "OptiCore", "Nanosonix". */
  static String coined(Rng r) {
    String head = r.pick(COIN_HEADS);
    String tail = r.pick(COIN_TAILS);
    if (r.chance(0.5)) {
      return head + tail;
    }
    return head + tail.toLowerCase(Locale.ROOT);
  }

  /** Three (sometimes two or four) capital letters: "ATA", "QDX". */
  static String acronym(Rng r) {
    int n = r.chance(0.7) ? 3 : r.chance(0.5) ? 2 : 4;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('A' + r.nextInt(26)));
    }
    return sb.toString();
  }

  /** A trade word from the filler vocabulary. */
  static String trade(Rng r) {
    return r.pick(TRADES);
  }

  private static List<String> splitWords(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      for (String t : p.split(" ")) {
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
