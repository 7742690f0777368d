package org.sbiretl.transforms.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.similarity.HammingDistance;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Company-name normalisation for matching: Unicode folding, case, punctuation, {@code &} → and, one
 * spelling per common abbreviation, a leading "the" and trailing legal designators removed.
 *
 * <p>Legal designators are removed only at the end of a name: "Co Dynamics Inc" keeps "co", so that
 * words in the middle of a name are never taken for legal forms. Parenthesised parts and {@code
 * d/b/a} names are returned as alternate names instead of being merged into the name, and a name
 * with brackets also gets the alternate with the brackets' words left in place.
 */
public final class CompanyNames {
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern PARENS = Pattern.compile("\\(([^)]*)\\)");
  private static final Pattern DBA =
      Pattern.compile("(?i)\\s*[,;]?\\s+(?:d\\s*/\\s*b\\s*/\\s*a|d\\.b\\.a\\.?|dba|a/k/a|aka)\\s+");

  private static final Set<String> LEGAL =
      Set.of(
          "inc",
          "incorporated",
          "incorporation",
          "llc",
          "lc",
          "corp",
          "corporation",
          "co",
          "company",
          "cos",
          "ltd",
          "limited",
          "lp",
          "llp",
          "lllp",
          "pllc",
          "plc",
          "pc",
          "pa",
          "gmbh",
          "ag",
          "sa",
          "bv",
          "nv",
          "srl",
          "pty",
          "ulc");

  /** Truncated forms (FPDS cuts names at 30 characters) that only occur as a last token. */
  private static final List<String> LEGAL_WORDS_TRUNCATABLE =
      List.of("incorporated", "corporation", "company", "limited");

  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("technologies", "tech"),
          Map.entry("technology", "tech"),
          Map.entry("technol", "tech"),
          Map.entry("techs", "tech"),
          Map.entry("tek", "tech"),
          Map.entry("international", "intl"),
          Map.entry("internatl", "intl"),
          Map.entry("laboratories", "lab"),
          Map.entry("laboratory", "lab"),
          Map.entry("labs", "lab"),
          Map.entry("systems", "sys"),
          Map.entry("system", "sys"),
          Map.entry("syst", "sys"),
          Map.entry("manufacturing", "mfg"),
          Map.entry("manufacturers", "mfg"),
          Map.entry("services", "svc"),
          Map.entry("service", "svc"),
          Map.entry("svcs", "svc"),
          Map.entry("associates", "assoc"),
          Map.entry("associated", "assoc"),
          Map.entry("assocs", "assoc"),
          Map.entry("engineering", "eng"),
          Map.entry("engr", "eng"),
          Map.entry("engrg", "eng"),
          Map.entry("university", "univ"),
          Map.entry("sciences", "sci"),
          Map.entry("science", "sci"),
          Map.entry("scientific", "sci"),
          Map.entry("industries", "ind"),
          Map.entry("industrial", "ind"),
          Map.entry("inds", "ind"),
          Map.entry("solutions", "solution"),
          Map.entry("soln", "solution"),
          Map.entry("solns", "solution"),
          Map.entry("research", "res"),
          Map.entry("development", "dev"),
          Map.entry("devel", "dev"),
          Map.entry("enterprises", "ent"),
          Map.entry("enterprise", "ent"),
          Map.entry("products", "prod"),
          Map.entry("product", "prod"),
          Map.entry("center", "ctr"),
          Map.entry("centre", "ctr"),
          Map.entry("communications", "comm"),
          Map.entry("communication", "comm"),
          Map.entry("comms", "comm"),
          Map.entry("instruments", "instr"),
          Map.entry("instrument", "instr"),
          Map.entry("electronics", "elec"),
          Map.entry("electronic", "elec"),
          Map.entry("materials", "material"),
          Map.entry("america", "amer"),
          Map.entry("american", "amer"),
          Map.entry("national", "natl"),
          Map.entry("medical", "med"),
          Map.entry("group", "grp"),
          Map.entry("software", "sw"),
          Map.entry("aerospace", "aero"),
          Map.entry("institute", "inst"),
          Map.entry("mount", "mt"),
          Map.entry("saint", "st"),
          Map.entry("and", "and"));

  /** Every abbreviated form, for telling real short words from misspelt designators. */
  private static final Set<String> ABBREVIATED_FORMS = Set.copyOf(ABBREVIATIONS.values());

  private static final MisspeltWords MISSPELT = new MisspeltWords(ABBREVIATIONS);

  private static final HammingDistance LETTERS_APART = new HammingDistance();

  private CompanyNames() {}

  /** A normalised name: its tokens in order, and the alternate names found inside it. */
  public record Normalized(List<String> tokens, List<String> alternates) {
    /** Tokens joined by single spaces. */
    public String text() {
      return String.join(" ", tokens);
    }

    /** Tokens joined without spaces, so "Bio Tech" and "BioTech" agree. */
    public String squashed() {
      return String.join("", tokens);
    }
  }

  /** Normalises a company name; an empty token list when nothing usable is left. */
  public static Normalized normalize(@Nullable String name) {
    List<String> alternates = new ArrayList<>();
    if (name == null) {
      return new Normalized(List.of(), alternates);
    }
    String folded = fold(name);
    String primary = folded;
    // The regular expressions run only on the few names that can match them.
    if (folded.indexOf('(') >= 0) {
      Matcher parens = PARENS.matcher(folded);
      StringBuilder outside = new StringBuilder();
      while (parens.find()) {
        String inside = parens.group(1).strip();
        if (!inside.isEmpty()) {
          alternates.add(inside);
        }
        parens.appendReplacement(outside, " ");
      }
      parens.appendTail(outside);
      primary = outside.toString();
    }
    boolean hadParens = primary.length() != folded.length();
    String[] dba = mayNameDba(primary) ? DBA.split(primary, 2) : new String[] {primary};
    if (dba.length == 2 && !dba[1].isBlank()) {
      primary = dba[0];
      alternates.add(dba[1].strip());
    }
    List<String> tokens = tokens(primary);
    if (tokens.isEmpty() && !alternates.isEmpty()) {
      tokens = tokens(alternates.remove(0));
    } else if (hadParens) {
      // The name with its brackets' words kept in place, so "Tech & Innovation (USA) Inc." also
      // matches "TECH AND INNOVATION USA INC", which writes the same name without brackets.
      String inline = DBA.split(folded.replace('(', ' ').replace(')', ' '), 2)[0].strip();
      if (!tokens(inline).equals(tokens)) {
        alternates.add(inline);
      }
    }
    return new Normalized(tokens, alternates);
  }

  /** The normalised tokens of one name part, legal designators at the end removed. */
  static List<String> tokens(String part) {
    String s = part.replace("&", " and ").replace("+", " and ").replace("'", "").replace(".", " ");
    // Dots already became spaces, so "L.L.C." is now "l l c": single letters are joined back below.
    List<String> raw = alphanumericRuns(s);
    List<String> joined = new ArrayList<>();
    StringBuilder letters = new StringBuilder();
    for (String t : raw) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
        letters.append(t);
        continue;
      }
      flush(letters, joined);
      joined.add(t);
    }
    flush(letters, joined);
    if (joined.size() > 1 && joined.get(0).equals("the")) {
      joined.remove(0);
    }
    boolean cut = looksTruncated(part);
    while (joined.size() > 1
        && (isLegal(joined.get(joined.size() - 1))
            || (cut && isLegalPrefix(joined.get(joined.size() - 1))))) {
      joined.remove(joined.size() - 1);
      cut = false;
    }
    List<String> out = new ArrayList<>(joined.size());
    for (String t : joined) {
      String c = canonical(t);
      // "and" carries nothing: "Smith & Associates" and "Smith Associates" are one name.
      if (!c.equals("and") || joined.size() == 1) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The runs of {@code a-z} and {@code 0-9} in a folded text, in order: its words, with every other
   * character a separator.
   */
  public static List<String> alphanumericRuns(String folded) {
    List<String> runs = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        runs.add(folded.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      runs.add(folded.substring(start));
    }
    return runs;
  }

  /**
   * Whether a folded name can hold a d/b/a or a/k/a marker ({@link #DBA}): every spelling of it has
   * a slash, "dba", "d.b.a" or "aka".
   */
  private static boolean mayNameDba(String folded) {
    return folded.indexOf('/') >= 0
        || folded.contains("dba")
        || folded.contains("d.b.a")
        || folded.contains("aka");
  }

  /** Whether {@code cut} can be the start of a word whose canonical form is {@code canonical}. */
  public static boolean couldBeCutFrom(String cut, String canonical) {
    if (canonical.startsWith(cut) || cut.startsWith(canonical)) {
      return true;
    }
    for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
      if (e.getValue().equals(canonical) && e.getKey().startsWith(cut)) {
        return true;
      }
    }
    return false;
  }

  /** One spelling for a word and its abbreviations and plural, and for a misspelt long word. */
  public static String canonical(String token) {
    String mapped = ABBREVIATIONS.get(token);
    if (mapped != null) {
      return mapped;
    }
    String singular = singular(token);
    mapped = ABBREVIATIONS.get(singular);
    if (mapped != null) {
      return mapped;
    }
    mapped = MISSPELT.canonicalOf(token);
    return mapped != null ? mapped : singular;
  }

  /**
   * HTML entities decoded (SBIR.gov exports write {@code EN&apos;URGA} and {@code G&amp;C}),
   * Unicode compatibility folding (full-width forms), accents removed, lower case.
   */
  public static String fold(String text) {
    if (text.indexOf('&') >= 0) {
      // &apos; is XML's and HTML5's, not HTML 4's, and SBIR.gov writes it.
      text = StringEscapeUtils.unescapeHtml4(text.replace("&apos;", "'"));
    }
    if (isAscii(text)) {
      // Plain ASCII has nothing to decompose and no marks to remove.
      return text.toLowerCase(Locale.ROOT);
    }
    String nfkd = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return DIACRITICS.matcher(nfkd).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** FPDS and USAspending names are cut at 30 characters: "INFOTREE TECHNICAL SERVICES, L". */
  static final int TRUNCATED_LENGTH = 30;

  private static boolean looksTruncated(String part) {
    return part.strip().length() == TRUNCATED_LENGTH;
  }

  /** The start of a legal designator, as left by truncation: "l", "in", "corpo", "incorpor". */
  private static boolean isLegalPrefix(String token) {
    for (String legal :
        List.of("llc", "inc", "incorporated", "corp", "corporation", "ltd", "llp")) {
      if (legal.startsWith(token)) {
        return true;
      }
    }
    return false;
  }

  private static final org.apache.commons.text.similarity.LevenshteinDistance TYPO =
      new org.apache.commons.text.similarity.LevenshteinDistance(2);

  /** The short designators whose one-letter misspellings ("lzc", "inl", "vnc") are recognised. */
  private static final List<String> SHORT_DESIGNATORS = List.of("llc", "inc");

  /** Real words one letter away from a short designator, which end real names ("Holiday Inn"). */
  private static final Set<String> NOT_DESIGNATORS = Set.of("inn", "ink", "int", "ind", "ins");

  private static boolean isLegal(String token) {
    if (LEGAL.contains(token)) {
      return true;
    }
    if (token.length() == 3
        && !NOT_DESIGNATORS.contains(token)
        && !ABBREVIATIONS.containsKey(token)
        && !ABBREVIATED_FORMS.contains(token)) {
      for (String designator : SHORT_DESIGNATORS) {
        if (LETTERS_APART.apply(token, designator) == 1) {
          return true;
        }
      }
    }
    // Long designators are often misspelt ("Coproration", "Incorported"): two edits at most.
    if (token.length() >= 7) {
      for (String word : LEGAL_WORDS_TRUNCATABLE) {
        if (word.length() >= 7 && TYPO.apply(token, word) >= 0) {
          return true;
        }
      }
    }
    if (token.length() >= 4) {
      for (String word : LEGAL_WORDS_TRUNCATABLE) {
        if (word.startsWith(token)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String singular(String t) {
    if (t.length() > 4
        && t.endsWith("s")
        && !t.endsWith("ss")
        && !t.endsWith("us")
        && !t.endsWith("is")) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static void flush(StringBuilder letters, List<String> into) {
    if (letters.length() > 0) {
      into.add(letters.toString());
      letters.setLength(0);
    }
  }
}
