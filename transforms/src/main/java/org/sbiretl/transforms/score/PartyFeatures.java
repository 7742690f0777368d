package org.sbiretl.transforms.score;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.normalize.CompanyNames;
import org.sbiretl.transforms.normalize.Places;
import org.sbiretl.transforms.normalize.UsStates;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.Recipient;

/**
 * What the linker compares about one side of a pair, already normalised: name variants as token
 * lists, city, state, ZIP and identifiers.
 *
 * @param names normalised name variants, the primary name first; none empty
 */
public record PartyFeatures(
    List<List<String>> names,
    @Nullable String city,
    @Nullable String state,
    @Nullable String zip5,
    @Nullable String uei,
    @Nullable String duns)
    implements Serializable {

  /** Alternate names shorter than this (letters and digits) are not used on their own. */
  static final int MIN_ALTERNATE_LENGTH = 5;

  public static PartyFeatures ofAward(Award a) {
    return new PartyFeatures(
        nameVariants(List.of(a.company)), Places.city(a.city), a.state, a.zip, a.uei, a.duns);
  }

  public static PartyFeatures ofRecipient(Recipient r) {
    List<String> raw = new ArrayList<>();
    if (r.legalBusinessName != null) {
      raw.add(r.legalBusinessName);
    }
    raw.addAll(r.alternateNames);
    return new PartyFeatures(
        nameVariants(raw), Places.city(r.city), UsStates.code(r.state), r.zip5, r.uei, r.duns);
  }

  /**
   * The recipient's name as written that gives its name variant {@code variant} of {@link
   * #ofRecipient}: the legal name or one of the alternate names (a d/b/a or bracketed part comes
   * from the name that holds it); null when there is no such variant.
   */
  public static @Nullable String nameWritten(Recipient r, int variant) {
    List<List<String>> variants = ofRecipient(r).names();
    if (variant < 0 || variant >= variants.size()) {
      return null;
    }
    List<String> wanted = variants.get(variant);
    List<String> written = new ArrayList<>();
    if (r.legalBusinessName != null) {
      written.add(r.legalBusinessName);
    }
    written.addAll(r.alternateNames);
    for (String name : written) {
      if (nameVariants(List.of(name)).contains(wanted)) {
        return name;
      }
    }
    return String.join(" ", wanted);
  }

  /** Every distinct normalised variant of the given names, including d/b/a and bracketed parts. */
  public static List<List<String>> nameVariants(List<String> rawNames) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (String name : rawNames) {
      CompanyNames.Normalized n = CompanyNames.normalize(name);
      if (!n.tokens().isEmpty()) {
        out.add(n.tokens());
      }
      for (String alternate : n.alternates()) {
        List<String> tokens = CompanyNames.normalize(alternate).tokens();
        // A bracketed "(USA)" or "(NY)" is a qualifier, not a name: as a variant of its own it
        // would agree exactly with every company called "USA".
        if (String.join("", tokens).length() >= MIN_ALTERNATE_LENGTH) {
          out.add(tokens);
        }
      }
    }
    return List.copyOf(out);
  }

  public @Nullable String zip3() {
    return Places.zip3(zip5);
  }
}
