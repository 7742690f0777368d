package org.sbiretl.transforms.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A person's name as one comparable form: the contact and principal investigator of an SBIR award
 * are written "Dr. Sharon Y. Spencer, PhD" on one award and "SHARON SPENCER" on the next.
 */
public final class PersonNames {
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019`]");
  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

  // Honorifics and degrees around a name, not part of it.
  private static final Set<String> TITLES =
      Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "phd", "md", "jr", "sr", "ii", "iii", "pe");
  // What a form holds when nobody was named.
  private static final Set<String> PLACEHOLDERS =
      Set.of("n a", "na", "none", "tbd", "unknown", "not available", "not applicable", "null");

  private PersonNames() {}

  /**
   * Folded, lower-case words of the name without initials, honorifics or degrees, joined by one
   * space; null when fewer than two words remain (a lone first name names nobody in particular) or
   * the field holds a placeholder such as "N/A" or "TBD".
   */
  public static @Nullable String normalise(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    // "O'Brien" is one word.
    String letters =
        NON_LETTERS
            .matcher(APOSTROPHES.matcher(CompanyNames.fold(raw)).replaceAll(""))
            .replaceAll(" ");
    if (PLACEHOLDERS.contains(letters.strip())) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String token : letters.strip().split(" ")) {
      if (token.length() > 1 && !TITLES.contains(token)) {
        words.add(token);
      }
    }
    return words.size() < 2 ? null : String.join(" ", words);
  }
}
