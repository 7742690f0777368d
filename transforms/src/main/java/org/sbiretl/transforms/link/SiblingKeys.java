package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.List;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * What makes two awards the same firm's: the same UEI, the same DUNS, or the same normalised name
 * at the same ZIP code. A firm's awards span decades: its older awards carry only a DUNS, its newer
 * ones a UEI, and some neither, while its name and address stay put.
 */
final class SiblingKeys {
  static final String UEI = "uei";
  static final String DUNS = "duns";
  static final String NAME_AND_ZIP = "name_zip";

  private SiblingKeys() {}

  /** The award's keys, each {@code kind:value}. */
  static List<String> of(Award a) {
    List<String> keys = new ArrayList<>(3);
    if (a.uei != null) {
      keys.add(UEI + ":" + a.uei);
    }
    if (a.duns != null) {
      keys.add(DUNS + ":" + a.duns);
    }
    List<List<String>> names = PartyFeatures.nameVariants(List.of(a.company));
    if (a.zip != null && !names.isEmpty()) {
      keys.add(NAME_AND_ZIP + ":" + String.join("", names.get(0)) + ":" + a.zip);
    }
    return keys;
  }

  /** The kind of a key: {@link #UEI}, {@link #DUNS} or {@link #NAME_AND_ZIP}. */
  static String kind(String key) {
    return key.substring(0, key.indexOf(':'));
  }
}
