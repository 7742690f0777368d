package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * The terms whose recipient frequency the name comparison reads: every token of every name variant,
 * and every whole variant as a {@link TokenWeights#EXACT_NAME}-prefixed term.
 */
final class NameTerms {
  private NameTerms() {}

  static List<String> of(List<List<String>> names) {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> n : names) {
      out.addAll(n);
      out.add(TokenWeights.EXACT_NAME + String.join("", n));
    }
    return new ArrayList<>(out);
  }
}
