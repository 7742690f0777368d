package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sbiretl.transforms.normalize.PersonNames;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * What makes two awards the same firm's: the same UEI, the same DUNS, the same normalised name at
 * the same ZIP code, or the same normalised name with the same contact or principal investigator. A
 * firm's awards span decades: its older awards carry only a DUNS, its newer ones a UEI, and some
 * neither; a firm that moves keeps its name and its people. Two firms of one name are common
 * (planted namesakes, "Acoustic Enterprises" in three states); two of one name sharing a named
 * person are not.
 */
final class SiblingKeys {
  static final String UEI = "uei";
  static final String DUNS = "duns";
  static final String NAME_AND_ZIP = "name_zip";
  static final String NAME_AND_PERSON = "name_person";

  private SiblingKeys() {}

  /** The award's keys, each {@code kind:value}. */
  static List<String> of(Award a) {
    List<String> keys = new ArrayList<>(5);
    if (a.uei != null) {
      keys.add(UEI + ":" + a.uei);
    }
    if (a.duns != null) {
      keys.add(DUNS + ":" + a.duns);
    }
    List<List<String>> names = PartyFeatures.nameVariants(List.of(a.company));
    if (names.isEmpty()) {
      return keys;
    }
    String name = String.join("", names.get(0));
    if (a.zip != null) {
      keys.add(NAME_AND_ZIP + ":" + name + ":" + a.zip);
    }
    Set<String> people = new LinkedHashSet<>();
    for (String person : new String[] {a.contactName, a.piName}) {
      String normalised = PersonNames.normalise(person);
      if (normalised != null) {
        people.add(normalised);
      }
    }
    for (String person : people) {
      keys.add(NAME_AND_PERSON + ":" + name + ":" + person);
    }
    return keys;
  }

  /**
   * The kind of a key: {@link #UEI}, {@link #DUNS}, {@link #NAME_AND_ZIP}, {@link
   * #NAME_AND_PERSON}.
   */
  static String kind(String key) {
    return key.substring(0, key.indexOf(':'));
  }
}
