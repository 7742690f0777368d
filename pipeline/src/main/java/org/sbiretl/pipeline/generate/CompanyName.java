package org.sbiretl.pipeline.generate;

import java.util.List;

/**
 * A company name before styling: its words (title case, may contain "&" or "and") and its legal
 * form.
 */
record CompanyName(List<String> words, LegalSuffix suffix) {
  CompanyName {
    words = List.copyOf(words);
  }

  CompanyName withWords(List<String> newWords) {
    return new CompanyName(newWords, suffix);
  }

  CompanyName withSuffix(LegalSuffix newSuffix) {
    return new CompanyName(words, newSuffix);
  }

  /** The words joined with spaces, without legal form. */
  String core() {
    return String.join(" ", words);
  }

  /**
   * The name written with the {@code form}-th spelling of the suffix, with a comma before it when
   * {@code comma}: "Quantum Dynamics, Inc.".
   */
  String render(int form, boolean comma) {
    String s = suffix.form(form);
    if (s.isEmpty()) {
      return core();
    }
    return core() + (comma ? ", " : " ") + s;
  }
}
