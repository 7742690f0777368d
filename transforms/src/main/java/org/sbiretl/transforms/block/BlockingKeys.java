package org.sbiretl.transforms.block;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.sbiretl.transforms.normalize.BoundedMemo;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * Blocking keys: the values an award and a recipient must share for the pair to be compared at all.
 * Built for recall: any one shared key makes a candidate pair, so a typo, a move to another state
 * or a reordered name still leaves other keys in common.
 *
 * <ul>
 *   <li>{@code u:} UEI and {@code d:} DUNS, exact;
 *   <li>{@code n:} the whole normalised name, spaces removed (catches moves between states);
 *   <li>{@code t:} each name token with the state (rare tokens make small blocks; common ones are
 *       pruned by block size);
 *   <li>{@code p:} each pair of the first four tokens, in either order, without state;
 *   <li>{@code x:} the first eight letters of the name with the state (typos late in the name,
 *       truncated names);
 *   <li>{@code s:} Double Metaphone codes of the first two tokens with the state (misspellings);
 *   <li>{@code z:} the ZIP code with the name's first letter, and {@code c:} the city and state
 *       with its first two letters: a name misspelt beyond the other keys, or written differently,
 *       at the same address.
 * </ul>
 */
public final class BlockingKeys {
  /** Prefix length of the {@code x:} key. */
  static final int PREFIX = 8;

  /** Only the first tokens form pairs: four tokens give at most six pair keys. */
  static final int PAIR_TOKENS = 4;

  private static final ThreadLocal<DoubleMetaphone> METAPHONE =
      ThreadLocal.withInitial(DoubleMetaphone::new);

  /**
   * Codes already computed: names are made of a few hundred thousand distinct tokens, and each
   * recipient pass encodes millions of them. Bounded, so rare tokens do not fill the memory.
   */
  private static final BoundedMemo<String, String> METAPHONE_CODES = new BoundedMemo<>(200_000);

  private BlockingKeys() {}

  /** The kind of a key: its prefix, e.g. {@code t}. */
  public static String kind(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? key : key.substring(0, colon);
  }

  /** True for identifier keys, which are never pruned. */
  public static boolean isIdentifierKey(String key) {
    return key.startsWith("u:") || key.startsWith("d:");
  }

  /** The {@code u:} and {@code d:} keys alone: the pairs an identifier links. */
  public static List<String> identifierKeys(PartyFeatures p) {
    List<String> keys = new ArrayList<>(2);
    if (p.uei() != null) {
      keys.add("u:" + p.uei());
    }
    if (p.duns() != null) {
      keys.add("d:" + p.duns());
    }
    return keys;
  }

  public static Set<String> of(PartyFeatures p) {
    Set<String> keys = new LinkedHashSet<>(identifierKeys(p));
    String state = p.state();
    for (List<String> tokens : p.names()) {
      String squashed = String.join("", tokens);
      // One or two letters are no name to block on.
      if (squashed.length() >= 2) {
        addNameKeys(tokens, squashed, state, keys);
        addAddressKeys(squashed, p, keys);
      }
    }
    return keys;
  }

  private static String metaphone(String token) {
    // No code (a token of no letters) is remembered as empty and returned as null.
    String code =
        METAPHONE_CODES.get(
            token, t -> Objects.requireNonNullElse(METAPHONE.get().doubleMetaphone(t), ""));
    return code.isEmpty() ? null : code;
  }

  private static void addAddressKeys(String squashed, PartyFeatures p, Set<String> keys) {
    if (p.zip5() != null) {
      keys.add("z:" + p.zip5() + ":" + squashed.charAt(0));
    }
    if (p.city() != null && p.state() != null) {
      keys.add("c:" + p.city() + ":" + p.state() + ":" + squashed.substring(0, 2));
    }
  }

  private static void addNameKeys(
      List<String> tokens, String squashed, String state, Set<String> keys) {
    keys.add("n:" + squashed);
    int pairTokens = Math.min(PAIR_TOKENS, tokens.size());
    for (int i = 0; i < pairTokens; i++) {
      for (int j = i + 1; j < pairTokens; j++) {
        String a = tokens.get(i);
        String b = tokens.get(j);
        keys.add(a.compareTo(b) <= 0 ? "p:" + a + ":" + b : "p:" + b + ":" + a);
      }
    }
    if (state == null) {
      return;
    }
    for (String t : tokens) {
      if (t.length() >= 2) {
        keys.add("t:" + t + ":" + state);
      }
    }
    keys.add("x:" + squashed.substring(0, Math.min(PREFIX, squashed.length())) + ":" + state);
    String first = metaphone(tokens.get(0));
    String second = tokens.size() > 1 ? metaphone(tokens.get(1)) : "";
    if (first != null && !first.isEmpty()) {
      keys.add("s:" + first + "." + (second == null ? "" : second) + ":" + state);
    }
  }
}
