package org.sbiretl.transforms.cet;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A versioned CET taxonomy, checked as a whole when it is made: every problem is named at once, so
 * a taxonomy edit is fixed in one round.
 */
public final class CetTaxonomy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The label of an award no area describes. */
  public static final String NONE = "none";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  /** Lower-case words of letters and digits, single spaces; a word may end in {@code *}. */
  private static final Pattern PHRASE = Pattern.compile("[a-z0-9]+\\*?( [a-z0-9]+\\*?)*");

  /** The shortest stem a {@code *} may follow: shorter ones match too many unrelated words. */
  static final int MIN_STEM = 4;

  private final String version;
  private final List<CetArea> areas;

  private CetTaxonomy(String version, List<CetArea> areas) {
    this.version = version;
    this.areas = List.copyOf(areas);
  }

  /**
   * The taxonomy, or an {@link IllegalArgumentException} whose message lists every problem, one per
   * line.
   */
  public static CetTaxonomy of(String version, List<CetArea> areas) {
    List<String> problems = new ArrayList<>();
    if (version == null || version.isBlank()) {
      problems.add("version is missing");
    }
    if (areas == null || areas.isEmpty()) {
      problems.add("no areas");
    } else {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < areas.size(); i++) {
        check(i, areas.get(i), ids, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new CetTaxonomy(version, areas);
  }

  private static void check(int index, CetArea area, Set<String> ids, List<String> problems) {
    String where = "area " + (index + 1) + (area.id() == null ? "" : " (" + area.id() + ")");
    if (area.id() == null || !ID.matcher(area.id()).matches()) {
      problems.add(where + ": id must be lower_snake_case letters and digits");
    } else if (area.id().equals(NONE)) {
      problems.add(where + ": id \"none\" is the label of unclassified awards");
    } else if (!ids.add(area.id())) {
      problems.add(where + ": id is used by an earlier area");
    }
    if (area.name() == null || area.name().isBlank()) {
      problems.add(where + ": name is missing");
    }
    if (area.phrases().isEmpty()) {
      problems.add(where + ": phrases is empty; an area needs at least one phrase");
    }
    Set<String> seen = new HashSet<>();
    for (String p : area.phrases()) {
      checkPhrase(where, "phrase", p, seen, problems);
    }
    for (String p : area.related()) {
      checkPhrase(where, "related term", p, seen, problems);
    }
    Set<String> excluded = new HashSet<>();
    for (String p : area.exclusions()) {
      checkPhrase(where, "exclusion", p, excluded, problems);
    }
  }

  private static void checkPhrase(
      String where, String kind, String phrase, Set<String> seen, List<String> problems) {
    String shown = where + ": " + kind + " \"" + phrase + "\"";
    if (phrase == null || !PHRASE.matcher(phrase).matches()) {
      problems.add(
          shown
              + " must be lower-case letters and digits, words separated by single spaces"
              + " (write \"x-ray\" as \"x ray\")");
      return;
    }
    for (String word : phrase.split(" ")) {
      if (word.endsWith("*") && word.length() - 1 < MIN_STEM) {
        problems.add(shown + ": a stem before * needs at least " + MIN_STEM + " characters");
      }
    }
    if (!seen.add(phrase)) {
      problems.add(shown + " is listed twice");
    }
  }

  public String version() {
    return version;
  }

  public List<CetArea> areas() {
    return areas;
  }

  /** The area's display name, or "none". */
  public String nameOf(String id) {
    for (CetArea a : areas) {
      if (a.id().equals(id)) {
        return a.name();
      }
    }
    return NONE;
  }
}
