package org.sbiretl.pipeline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds award row {@code index} in the 42-column SBIR.gov bulk export layout. */
public final class AwardFactory {
  public static final List<String> COLUMNS =
      List.of(
          "Company",
          "Award Title",
          "Agency",
          "Branch",
          "Phase",
          "Program",
          "Agency Tracking Number",
          "Contract",
          "Proposal Award Date",
          "Contract End Date",
          "Solicitation Number",
          "Solicitation Year",
          "Solicitation Close Date",
          "Proposal Receipt Date",
          "Date of Notification",
          "Topic Code",
          "Award Year",
          "Award Amount",
          "UEI",
          "Duns",
          "HUBZone Owned",
          "Socially and Economically Disadvantaged",
          "Woman Owned",
          "Number Employees",
          "Company Website",
          "Address1",
          "Address2",
          "City",
          "State",
          "Zip",
          "Abstract",
          "Contact Name",
          "Contact Title",
          "Contact Phone",
          "Contact Email",
          "PI Name",
          "PI Title",
          "PI Phone",
          "PI Email",
          "RI Name",
          "RI POC Name",
          "RI POC Phone");

  /** Multiplier of the bijection that turns award indexes into unique 7-digit numbers. */
  private static final long UNIQUE_MULTIPLIER = 7_654_321L;

  static final int MAX_AWARDS = 10_000_000;

  private final long seed;
  private final long uniqueOffset;
  private final Population plan;
  private final FirmFactory firms;
  private final RecipientFactory recipients;
  private final boolean identifiers;

  AwardFactory(
      long seed,
      Population plan,
      FirmFactory firms,
      RecipientFactory recipients,
      boolean identifiers) {
    this.seed = seed;
    this.uniqueOffset = Math.floorMod(Rng.mix(seed ^ 0xA5A5A5A5L), MAX_AWARDS);
    this.plan = plan;
    this.firms = firms;
    this.recipients = recipients;
    this.identifiers = identifiers;
  }

  /**
   * An award, the UEI it should link to (empty when its company has no recipient), and the topic
   * its texts were written from.
   */
  record Generated(
      List<String> values, String trackingNumber, String expectedUei, TextModel.Text text) {}

  Generated award(int index) {
    int f = plan.firmOfAward(index);
    Firm firm = firms.firm(f);
    Rng r = Rng.of(seed, Streams.AWARD, index);
    DateStyle dates = DateStyle.draw(r);

    Agency agency = Agency.draw(r);
    String branch = agency.branch(r);
    boolean phase2 = r.chance(0.33);
    String phase = phase2 ? "II" : "I";
    boolean sttr = r.chance(0.12);
    int year = 2024 - (int) Math.floor(30 * Math.pow(r.nextDouble(), 1.3));
    LocalDate awarded = LocalDate.of(year, r.between(1, 12), r.between(1, 28));
    String unique =
        String.format(
            Locale.ROOT,
            "%07d",
            Math.floorMod(UNIQUE_MULTIPLIER * index + uniqueOffset, (long) MAX_AWARDS));
    String tracking = agency.trackingNumber(unique, branch, year, r);

    TextModel.Text text =
        TextModel.write(
            Rng.of(seed, Streams.TEXT, index), firm.specialty(), phase, sttr, firm.awardName());

    List<String> v = new ArrayList<>(COLUMNS.size());
    v.add(company(firm, r));
    v.add(text.title());
    TextModel.retiredTitleDraws(r);
    v.add(agency.title());
    v.add(branch);
    v.add("Phase " + phase);
    v.add(sttr ? "STTR" : "SBIR");
    v.add(tracking);
    v.add(agency.contract(tracking, year, r));
    v.add(r.chance(0.9) ? dates.format(awarded) : "");
    v.add(r.chance(0.7) ? dates.format(awarded.plusMonths(phase2 ? 24 : 6)) : "");
    v.add(r.chance(0.6) ? solicitation(agency, year, r) : "");
    v.add(r.chance(0.75) ? (r.chance(0.3) ? year - 1 + ".0" : Integer.toString(year - 1)) : "");
    boolean detailed = r.chance(0.4);
    v.add(detailed ? dates.format(awarded.minusDays(r.between(120, 200))) : "");
    v.add(detailed ? dates.format(awarded.minusDays(r.between(110, 119))) : "");
    v.add(detailed ? dates.format(awarded.minusDays(r.between(10, 60))) : "");
    v.add(r.chance(0.6) ? agency.topic(branch, year, r) : "");
    v.add(Integer.toString(year));
    v.add(amount(phase2, year, r));
    addIdentifiers(v, firm, f, r);
    v.add(flag(firm.hubzone(), r));
    v.add(flag(firm.disadvantaged(), r));
    v.add(flag(firm.womanOwned(), r));
    v.add(employees(firm, r));
    v.add(r.chance(0.6) ? firm.website() : "");
    addAddress(v, firm, r);
    v.add(text.abstractText());
    TextModel.retiredAbstractDraws(r);
    v.add(firm.contactName());
    v.add(r.chance(0.5) ? firm.contactTitle() : "");
    v.add(phone(r));
    v.add(email(firm.contactName(), firm.website()));
    String pi = r.chance(0.7) ? firm.piName() : NameModel.person(r);
    v.add(pi);
    v.add(
        r.pick(
            new String[] {
              "Principal Investigator", "Dr.", "President", "", "", "Senior Scientist"
            }));
    v.add(phone(r));
    v.add(email(pi, firm.website()));
    if (sttr) {
      v.add(NameModel.institution(r, AddressModel.stateName(firm.home().state())));
      v.add(NameModel.person(r));
      v.add(phone(r));
    } else {
      v.add("");
      v.add("");
      v.add("");
    }
    String expected = plan.linked(f) ? firm.uei() : "";
    return new Generated(v, tracking, expected, text);
  }

  /** The company as this award spells it: DBA, per-award case flips, typos, trailing space. */
  private static String company(Firm firm, Rng r) {
    String s = !firm.dbaName().isEmpty() && r.chance(0.8) ? firm.dbaName() : firm.awardName();
    if (r.chance(0.10)) {
      s = NameVariation.upper(s);
    }
    if (r.chance(GeneratorRates.TYPO)) {
      s = NameVariation.typo(s, r);
    }
    if (r.chance(0.03)) {
      s = s + " ";
    }
    return s;
  }

  /**
   * UEI on about 40% of awards, DUNS on about 50%, neither on about 25%; about 1.5% carry another
   * recipient's valid identifier and 1% a malformed one.
   */
  private void addIdentifiers(List<String> v, Firm firm, int f, Rng r) {
    double x = r.nextDouble();
    boolean withUei = x < 0.40;
    boolean withDuns = x < 0.15 || (x >= 0.40 && x < 0.75);
    String uei = withUei ? firm.uei() : "";
    String duns = withDuns ? firm.duns() : "";
    if ((withUei || withDuns) && r.chance(0.015) && plan.recipients() > 1) {
      int other = r.nextInt(plan.recipients());
      if (other != plan.recipientOf(f)) {
        RecipientRow o = recipients.row(other);
        if (withUei && !o.uei.isEmpty()) {
          uei = o.uei;
        } else if (withDuns && !o.duns.isEmpty()) {
          duns = o.duns;
        }
      }
    } else if (r.chance(0.01)) {
      if (withUei) {
        uei = IdentifierModel.malformedUei(uei, r);
      } else if (withDuns) {
        duns = IdentifierModel.malformedDuns(duns, r);
      }
    }
    if (!duns.isEmpty() && duns.chars().allMatch(Character::isDigit) && duns.length() == 9) {
      duns = IdentifierModel.sbirDuns(duns, r);
    }
    if (!uei.isEmpty() && r.chance(0.02)) {
      uei = uei.toLowerCase(Locale.ROOT);
    }
    v.add(identifiers ? uei : "");
    v.add(identifiers ? duns : "");
  }

  private static void addAddress(List<String> v, Firm firm, Rng r) {
    Address a =
        firm.moved() && r.chance(GeneratorRates.AWARDS_AT_OLD_ADDRESS)
            ? firm.previous()
            : firm.home();
    String street = AddressModel.sbirStreet(a.street(), r);
    String suite = a.suite().isEmpty() ? "" : AddressModel.sbirSuite(a.suite(), r);
    String line1 = street;
    String line2 = "";
    if (!suite.isEmpty()) {
      double x = r.nextDouble();
      if (x < 0.6) {
        line2 = suite;
      } else if (x < 0.85) {
        line1 = street + ", " + suite;
      }
    }
    if (r.chance(0.02)) {
      // Legacy NIH rows put the company in Address1 and the street in Address2.
      line2 = NameVariation.upper(line1);
      line1 = NameVariation.upper(firm.awardName().strip());
    }
    String city = a.city();
    if (AddressModel.hasOtherSpelling(city) && r.chance(0.5)) {
      city = AddressModel.respellCity(city, r);
    }
    if (r.chance(0.25)) {
      city = NameVariation.upper(city);
    }
    String state = a.state();
    double s = r.nextDouble();
    if (s < 0.08) {
      state = AddressModel.stateName(state);
    } else if (s < 0.09) {
      state = AddressModel.city(r).state(); // contradicts the ZIP
    } else if (s < 0.10) {
      state = "";
    }
    double z = r.nextDouble();
    String zip;
    if (z < 0.30) {
      zip = a.zip5() + "-" + a.zip4();
    } else if (z < 0.33) {
      zip = a.zip5() + a.zip4();
    } else if (z < 0.35) {
      zip = "-";
    } else if (z < 0.40) {
      zip = "";
    } else if (z < 0.41 && a.zip5().startsWith("0")) {
      zip = a.zip5().substring(1);
    } else {
      zip = a.zip5();
    }
    v.add(line1);
    v.add(line2);
    v.add(city);
    v.add(state);
    v.add(zip);
  }

  private static String solicitation(Agency agency, int year, Rng r) {
    return switch (agency) {
      case HHS -> "PHS" + (year - 1) + "-" + r.between(1, 2);
      case NSF -> "NSF " + (year % 100) + "-" + r.between(500, 600);
      default ->
          (r.chance(0.5) ? Integer.toString(year - 1) : Integer.toString((year - 1) % 100))
              + "."
              + r.between(1, 3);
    };
  }

  /** Phase I 50k-275k, Phase II 500k-1.9M, written as "171,433", 150000.0000, 150000 or .00. */
  private static String amount(boolean phase2, int year, Rng r) {
    double scale = 0.6 + 0.4 * (year - 1994) / 30.0;
    long dollars =
        phase2
            ? Math.round(scale * r.between(500_000, 1_900_000))
            : Math.round(scale * r.between(50_000, 275_000));
    if (r.chance(0.2)) {
      dollars = dollars / 1000 * 1000;
    }
    double x = r.nextDouble();
    if (x < 0.45) {
      return String.format(Locale.ROOT, "%,d", dollars);
    }
    if (x < 0.60) {
      return dollars + ".0000";
    }
    if (x < 0.85) {
      return Long.toString(dollars);
    }
    return dollars + ".00";
  }

  private static String flag(boolean value, Rng r) {
    double x = r.nextDouble();
    if (x < 0.05) {
      return "";
    }
    if (x < 0.06) {
      return "U";
    }
    return value ? "Y" : "N";
  }

  private static String employees(Firm firm, Rng r) {
    double x = r.nextDouble();
    if (x < 0.10) {
      return "";
    }
    int n = Math.max(1, (int) Math.round(firm.employees() * (0.8 + 0.4 * r.nextDouble())));
    return x < 0.35 ? n + ".0" : Integer.toString(n);
  }

  private static String phone(Rng r) {
    if (r.chance(0.15)) {
      return "() -";
    }
    return String.format(
        Locale.ROOT,
        "(%d%02d) %d%02d-%04d",
        r.between(2, 9),
        r.nextInt(100),
        r.between(2, 9),
        r.nextInt(100),
        r.nextInt(10000));
  }

  private static String email(String person, String website) {
    String domain = website.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    String[] parts = person.toLowerCase(Locale.ROOT).split(" ");
    return parts[0] + "." + parts[parts.length - 1].replace("'", "") + "@" + domain;
  }
}
