package org.sbiretl.pipeline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds recipient row {@code index} from the plan and the seed: a firm's own record, its
 * duplicate, its parent, a look-alike of a firm, or filler (any kind of federal recipient).
 */
final class RecipientFactory {
  private static final double[] FILLER_KINDS = {48, 14, 15, 8, 3, 6, 6};
  private static final String[] SMALL_BUSINESS_TYPES = {
    "{2X,27,23}", "{2X,23,27,A2}", "{2X,27}", "{2X,23,27,8W}", "{2X,23,27,XX,A5}", "{2X,27,23,QF}"
  };
  private static final String[] BUSINESS_TYPES = {
    "{2X}", "{2X,23}", "{2X,27,23}", "{2X,XX}", "{2X,23,27,A2}", "{2X,2R}", "{2X,23,27,OY}"
  };

  private final long seed;
  private final Population plan;
  private final FirmFactory firms;
  private final IdentifierModel ids;

  RecipientFactory(long seed, Population plan, FirmFactory firms, IdentifierModel ids) {
    this.seed = seed;
    this.plan = plan;
    this.firms = firms;
    this.ids = ids;
  }

  RecipientRow row(int index) {
    int slot = plan.slotAt(index);
    RecipientRow row;
    if (slot < 0) {
      row = filler(index);
    } else {
      int f = plan.slotFirm(slot);
      row =
          switch (plan.slotRole(slot)) {
            case Population.PRIMARY -> primary(f);
            case Population.DUPLICATE -> duplicate(f);
            case Population.PARENT -> parent(f);
            default -> lookalike(index, f, plan.slotRole(slot) == Population.TWIN);
          };
    }
    stamp(row, index);
    return row;
  }

  /** Sets id, hash and update date, which differ on every row (duplicates included). */
  private void stamp(RecipientRow row, int index) {
    Rng r = Rng.of(seed, Streams.HASH, index);
    row.id = Integer.toString(index + 1);
    row.recipientHash =
        String.format(
            Locale.ROOT,
            "%08x-%04x-4%03x-%04x-%012x",
            r.nextLong(1L << 32),
            r.nextInt(1 << 16),
            r.nextInt(1 << 12),
            0x8000 | r.nextInt(1 << 14),
            r.nextLong(1L << 48));
    row.updateDate =
        String.format(
            Locale.ROOT,
            "%d-%02d-%02d %02d:%02d:%02d.%06d+00",
            r.between(2019, 2025),
            r.between(1, 12),
            r.between(1, 28),
            r.nextInt(24),
            r.nextInt(60),
            r.nextInt(60),
            r.nextInt(1_000_000));
  }

  private RecipientRow primary(int f) {
    Firm firm = firms.firm(f);
    Rng r = Rng.of(seed, Streams.FIRM_RECIPIENT, f);
    RecipientRow row = new RecipientRow();
    row.legalBusinessName = firm.legalName();
    row.uei = firm.uei();
    row.duns = firm.dunsOnRecipient() ? firm.duns() : "";
    row.address(firm.home(), r.chance(0.75));
    row.alternateNames = new ArrayList<>(firm.alternateNames());
    row.businessTypesCodes = r.pick(SMALL_BUSINESS_TYPES);
    row.source = r.chance(0.85) ? "sam" : "fpds";
    if (plan.hasParent(f)) {
      row.parent(firms.parent(f));
    }
    return row;
  }

  /** The same firm listed a second time (same UEI), as older FPDS data often has it. */
  private RecipientRow duplicate(int f) {
    Firm firm = firms.firm(f);
    Rng r = Rng.of(seed, Streams.FIRM_RECIPIENT, -1L - f);
    RecipientRow row = new RecipientRow();
    String name = NameVariation.upper(firm.awardName()).strip();
    row.legalBusinessName =
        r.chance(0.5) ? NameVariation.truncate(name) : NameVariation.stripPunctuation(name);
    row.uei = firm.uei();
    row.duns = r.chance(0.6) ? firm.duns() : "";
    row.address(r.chance(0.5) ? firm.previous() : firm.home(), r.chance(0.3));
    row.businessTypesCodes = r.pick(SMALL_BUSINESS_TYPES);
    row.source = "fpds";
    return row;
  }

  private RecipientRow parent(int f) {
    Parent p = firms.parent(f);
    Rng r = Rng.of(seed, Streams.PARENT, -1L - f);
    RecipientRow row = new RecipientRow();
    row.legalBusinessName = p.legalName();
    row.uei = p.uei();
    row.duns = p.duns();
    row.address(p.address(), r.chance(0.8));
    row.businessTypesCodes = r.pick(BUSINESS_TYPES);
    row.source = "sam";
    return row;
  }

  /**
   * A different company whose name looks like firm {@code f}'s, in another state: a twin has the
   * same words ("QUANTUM DYNAMICS INC" in TX for "Quantum Dynamics LLC" in CA), a cousin shares
   * most of them ("QUANTUM PHOTONICS INC", "QUANTUM DYNAMICS GROUP LLC").
   */
  private RecipientRow lookalike(int index, int f, boolean twin) {
    Firm firm = firms.firm(f);
    Rng r = Rng.of(seed, Streams.LOOKALIKE, index);
    List<String> words = new ArrayList<>(firm.name().words());
    if (!twin) {
      if (words.size() >= 2 && r.chance(0.6)) {
        int i = r.chance(0.5) ? words.size() - 1 : 0;
        words.set(i, i == 0 ? r.pick(Vocabulary.TECH_WORDS) : r.pick(Vocabulary.FIELD_NOUNS));
      } else {
        words.add(r.pick(new String[] {"Group", "Holdings", "Solutions", "Services", "USA"}));
      }
    }
    LegalSuffix suffix = r.chance(0.7) ? firm.name().suffix().other(r) : firm.name().suffix();
    CompanyName name = new CompanyName(words, suffix);
    RecipientRow row = new RecipientRow();
    row.legalBusinessName = NameVariation.upper(name.render(r.nextInt(3), r.chance(0.45)));
    row.uei = IdentifierModel.uei(r);
    row.duns = r.chance(0.7) ? ids.duns(index) : "";
    row.address(AddressModel.addressOutside(r, firm.home().state()), r.chance(0.7));
    row.businessTypesCodes = r.pick(BUSINESS_TYPES);
    row.source = r.chance(0.6) ? "sam" : "fpds";
    return row;
  }

  private RecipientRow filler(int index) {
    Rng r = Rng.of(seed, Streams.FILLER, -1L - index);
    if (index > 0 && r.chance(0.004)) {
      int base = index - r.between(1, Math.min(40, index));
      if (plan.slotAt(base) < 0) {
        return duplicateFiller(base, r);
      }
    }
    return freshFiller(index);
  }

  /** Filler row {@code base} listed again under the same UEI with a different spelling. */
  private RecipientRow duplicateFiller(int base, Rng r) {
    RecipientRow row = freshFiller(base);
    row.legalBusinessName =
        r.chance(0.5)
            ? NameVariation.stripPunctuation(row.legalBusinessName)
            : NameVariation.truncate(row.legalBusinessName);
    if (r.chance(0.4)) {
      row.duns = "";
    }
    row.source = "fpds";
    row.alternateNames = new ArrayList<>();
    return row;
  }

  private RecipientRow freshFiller(int index) {
    Rng r = Rng.of(seed, Streams.FILLER, index);
    RecipientRow row = new RecipientRow();
    Address a = AddressModel.address(r);
    int kind = r.weighted(FILLER_KINDS);
    String name;
    switch (kind) {
      case 0 -> {
        name = NameModel.business(r).render(r.nextInt(3), r.chance(0.45));
        row.businessTypesCodes = r.pick(BUSINESS_TYPES);
      }
      case 1 -> {
        // Technology companies from the SBIR vocabulary: they share tokens with SBIR firms, but
        // with a word of their own rarely a whole name (real absent firms had no namesake among
        // the recipients: GeneratorRates, docs/generator.md).
        name = NameModel.techCompany(r).render(r.nextInt(3), r.chance(0.45));
        row.businessTypesCodes = r.pick(SMALL_BUSINESS_TYPES);
      }
      case 2 -> {
        String person = NameModel.person(r);
        if (r.chance(0.3)) {
          int sp = person.lastIndexOf(' ');
          person = person.substring(sp + 1) + ", " + person.substring(0, sp);
        }
        name = person;
        row.businessTypesCodes = "{P}";
        a = new Address(a.street(), "", a.city(), a.state(), a.zip5(), a.zip4(), a.cd());
      }
      case 3 -> {
        name = NameModel.nonprofit(r);
        row.businessTypesCodes = r.chance(0.5) ? "{M,A8}" : "{M}";
      }
      case 4 -> {
        name = NameModel.institution(r, AddressModel.stateName(a.state()));
        row.businessTypesCodes = r.chance(0.5) ? "{H,M}" : "{H,A6}";
      }
      case 5 -> {
        name = NameModel.government(r);
        row.businessTypesCodes = r.chance(0.5) ? "{B}" : "{C}";
      }
      default -> {
        name = NameModel.farm(r).render(0, r.chance(0.3));
        row.businessTypesCodes = "{2X,27}";
      }
    }
    row.legalBusinessName = NameVariation.upper(name);
    row.address(a, r.chance(0.65));
    row.uei = r.chance(0.985) ? IdentifierModel.uei(r) : "";
    row.duns = row.uei.isEmpty() || r.chance(0.70) ? ids.duns(index) : "";
    if (kind <= 1 && r.chance(0.06)) {
      row.alternateNames.add(
          NameVariation.upper(r.chance(0.5) ? NameModel.acronym(r) : NameModel.coined(r)));
    }
    if (kind <= 1 && r.chance(0.04)) {
      Rng p = Rng.of(seed, Streams.PARENT, (1L << 40) + index / 7);
      row.parentLegalBusinessName =
          NameVariation.upper(NameModel.parent(p).render(p.nextInt(3), p.chance(0.4)));
      row.parentUei = IdentifierModel.uei(p);
      row.parentDuns = ids.duns(IdentifierModel.PARENT_BASE + 100_000_000L + index / 7);
    }
    row.source = kind == 2 || kind == 5 ? "fabs" : r.chance(0.65) ? "sam" : "fpds";
    return row;
  }
}
