package org.sbiretl.pipeline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives firm {@code i} (and its parent company) from the run seed alone, so awards and recipients
 * can both re-create a firm without storing it. See docs/generator.md for the rates.
 */
final class FirmFactory {
  private final long seed;
  private final IdentifierModel ids;

  FirmFactory(long seed, IdentifierModel ids) {
    this.seed = seed;
    this.ids = ids;
  }

  Firm firm(int i) {
    Rng r = Rng.of(seed, Streams.FIRM, i);
    CompanyName name = NameModel.sbirFirm(r);

    List<String> legalWords = name.words();
    List<String> awardWords = name.words();
    if (NameVariation.canAbbreviate(name.words()) && r.chance(0.15)) {
      if (r.chance(0.5)) {
        awardWords = NameVariation.abbreviate(awardWords, r);
      } else {
        legalWords = NameVariation.abbreviate(legalWords, r);
      }
    }
    if (NameVariation.hasConjunction(awardWords) && r.chance(0.4)) {
      awardWords = NameVariation.flipAmpersand(awardWords);
    }
    if (r.chance(GeneratorRates.WORDS_SWAPPED)) {
      awardWords = NameVariation.swapWords(awardWords, r);
    }
    if (r.chance(GeneratorRates.WORD_ADDED_OR_DROPPED)) {
      awardWords = NameVariation.dropOrAddWord(awardWords, r);
    }

    int legalForm = r.nextInt(Math.max(1, name.suffix().formCount()));
    boolean legalComma = r.chance(0.45);
    String legalName =
        NameVariation.upper(name.withWords(legalWords).render(legalForm, legalComma));
    if (legalName.length() > NameVariation.FPDS_WIDTH && r.chance(0.15)) {
      legalName = NameVariation.truncate(legalName);
    }
    String awardName = awardSpelling(name.withWords(awardWords), legalForm, r);

    List<String> alternates = new ArrayList<>();
    if (r.chance(GeneratorRates.RENAMED)) {
      // Renamed: awards keep the old name, USAspending has the new one (same UEI).
      String oldLegal = legalName;
      CompanyName renamed = NameModel.sbirFirm(r);
      legalName = NameVariation.upper(renamed.render(r.nextInt(3), r.chance(0.45)));
      if (r.chance(0.5)) {
        alternates.add(oldLegal);
      }
    }
    String dba = "";
    if (r.chance(GeneratorRates.DOING_BUSINESS_AS)) {
      dba = NameModel.sbirFirm(r).core();
      alternates.add(NameVariation.upper(dba));
    }
    if (r.chance(0.08)) {
      String alt = NameVariation.upper(name.render(legalForm + 1, !legalComma));
      if (!alt.equals(legalName)) {
        alternates.add(alt);
      }
    }

    String uei = IdentifierModel.uei(r);
    String duns = ids.duns(IdentifierModel.FIRM_BASE + i);
    boolean dunsOnRecipient = r.chance(0.8);
    Address home = AddressModel.address(r);
    Address previous = moved(home, r);

    String domain = name.core().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    String website =
        switch (r.nextInt(3)) {
          case 0 -> "http://www." + domain + ".com";
          case 1 -> "www." + domain + ".com";
          default -> "https://" + domain + (r.chance(0.7) ? ".com" : ".io");
        };
    int employees = (int) Math.min(500, Math.round(Math.exp(r.nextDouble() * 5.5)));
    return new Firm(
        i,
        name,
        legalName,
        awardName,
        dba,
        List.copyOf(alternates),
        uei,
        duns,
        dunsOnRecipient,
        home,
        previous,
        website,
        employees,
        r.chance(0.12),
        r.chance(0.03),
        r.chance(0.10),
        NameModel.person(r),
        r.pick(Vocabulary.TITLES),
        NameModel.person(r),
        // Its own stream, so the firm's other fields do not depend on it.
        TechnologyAreas.specialty(Rng.of(seed, Streams.SPECIALTY, i)));
  }

  /**
   * The address most of the firm's awards show: where it was before it moved, or its address. A
   * move to another state is rare, one within the state or the city less so (rates in {@link
   * GeneratorRates}).
   */
  private static Address moved(Address home, Rng r) {
    double x = r.nextDouble();
    if (x < GeneratorRates.MOVED_STATE) {
      return AddressModel.addressOutside(r, home.state());
    }
    x -= GeneratorRates.MOVED_STATE;
    if (x < GeneratorRates.MOVED_CITY) {
      return AddressModel.addressInState(r, home);
    }
    x -= GeneratorRates.MOVED_CITY;
    return x < GeneratorRates.MOVED_ZIP ? AddressModel.addressInCity(r, home) : home;
  }

  /** How the firm's awards spell its name: suffix and punctuation drift, then case style. */
  private static String awardSpelling(CompanyName name, int legalForm, Rng r) {
    LegalSuffix suffix = name.suffix();
    int form = legalForm;
    double x = r.nextDouble();
    if (x < 0.30) {
      form = legalForm + 1 + r.nextInt(Math.max(1, suffix.formCount() - 1));
    } else if (x < 0.36) {
      suffix = suffix.other(r);
      form = r.nextInt(3);
    } else if (x < 0.41) {
      suffix = LegalSuffix.NONE;
    }
    String s = name.withSuffix(suffix).render(form, r.chance(0.5));
    double style = r.nextDouble();
    if (style < 0.35) {
      s = NameVariation.upper(s);
    } else if (style < 0.45) {
      s = NameVariation.capitalizeWords(s);
    }
    if (r.chance(0.08)) {
      s = NameVariation.stripPunctuation(s);
    }
    return s;
  }

  /** The parent company of firm {@code i} (only used for firms the plan gives a parent). */
  Parent parent(int i) {
    Rng r = Rng.of(seed, Streams.PARENT, i);
    CompanyName name = NameModel.parent(r);
    return new Parent(
        NameVariation.upper(name.render(r.nextInt(3), r.chance(0.4))),
        IdentifierModel.uei(r),
        ids.duns(IdentifierModel.PARENT_BASE + i),
        AddressModel.address(r));
  }
}
