package org.sbiretl.pipeline.generate;

import static org.sbiretl.pipeline.generate.Vocabulary.APPLICATIONS;
import static org.sbiretl.pipeline.generate.Vocabulary.TECH_WORDS;
import static org.sbiretl.pipeline.generate.Vocabulary.THINGS;

import java.util.Locale;

/** Award titles and abstracts. */
final class TextModel {
  private static final String[] OPENERS = {
    "This Small Business Innovation Research Phase %s project will develop",
    "We propose to develop",
    "The objective of this effort is to demonstrate",
    "This project addresses the need for",
    "In this Phase %s effort, the team will design and test"
  };

  private static final String[] BODIES = {
    "Current approaches suffer from high cost, limited sensitivity and poor reliability in the"
        + " field.",
    "The approach combines physics-based modeling with data-driven methods to reduce weight,"
        + " power and cost.",
    "Key risks, including manufacturability and integration, will be retired through bench-top"
        + " prototypes and testing.",
    "The team includes experienced engineers, a university partner, and a transition partner"
        + " at a prime contractor.",
    "Preliminary results show a \"step change\" in performance over the state of the art.",
    "Commercial applications include industrial monitoring, healthcare, and consumer"
        + " electronics."
  };

  private TextModel() {}

  static String title(Rng r) {
    String thing = r.pick(TECH_WORDS) + " " + r.pick(THINGS);
    return switch (r.nextInt(4)) {
      case 0 -> "Development of a " + thing + " for " + r.pick(APPLICATIONS);
      case 1 -> thing + " for " + r.pick(APPLICATIONS);
      case 2 -> "Low-Cost, High-Reliability " + thing;
      default -> "A Novel " + thing + ": Phase " + (r.chance(0.5) ? "I" : "II") + " Study";
    };
  }

  /** Two to four sentences; sometimes several paragraphs separated by blank lines. */
  static String abstractText(Rng r, String phase, String company, boolean multiline) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(r.pick(OPENERS), phase))
        .append(" a ")
        .append(r.pick(TECH_WORDS).toLowerCase(Locale.ROOT))
        .append(' ')
        .append(r.pick(THINGS).toLowerCase(Locale.ROOT))
        .append(" for ")
        .append(r.pick(APPLICATIONS))
        .append('.');
    int n = r.between(1, 3);
    for (int i = 0; i < n; i++) {
      sb.append(multiline && i == 0 ? "\n\n" : " ").append(r.pick(BODIES));
    }
    if (r.chance(0.3)) {
      sb.append(multiline ? "\n" : " ")
          .append(company.strip())
          .append(" will commercialize the results.");
    }
    return sb.toString();
  }
}
