package org.sbiretl.pipeline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sbiretl.pipeline.generate.TechnologyAreas.Specialty;
import org.sbiretl.pipeline.generate.TechnologyAreas.Subject;
import org.sbiretl.pipeline.generate.TechnologyAreas.Topic;

/**
 * Award titles and abstracts, written from the vocabulary of the award's topic ({@link
 * TechnologyAreas}) with SBIR boilerplate around it. Abstracts are sometimes several paragraphs,
 * sometimes carry quotes and sometimes name the company.
 */
final class TextModel {
  /** An award's title and abstract, and the topic and second area they were written from. */
  record Text(String title, String abstractText, int topic, int crossArea) {}

  /** Share of abstracts written as several paragraphs. */
  static final double MULTILINE = 0.04;

  private static final String[] CET_QUALIFIERS = {
    "Compact",
    "Low-Cost",
    "Scalable",
    "Ruggedized",
    "High-Performance",
    "Affordable",
    "Lightweight",
    "Robust",
    "Adaptive",
    "Integrated",
    "Next-Generation",
    "Modular",
    "Low-SWaP",
    "Miniaturized",
    "Field-Deployable",
    "High-Efficiency",
    "Resilient",
    "Multi-Function",
    "Low-Power"
  };

  private static final String[] SECOND_QUALIFIERS = {
    "Improved", "Advanced", "Efficient", "Reliable", "Portable", "High-Fidelity", "Versatile",
    "Rapid", "Field-Ready", "Cost-Effective", "Durable", "Innovative", "Sustainable", "Flexible"
  };

  private static final String[] LEADS = {
    "Development of ",
    "Demonstration of ",
    "Design and Testing of ",
    "Toward ",
    "Prototype Development of ",
    "Feasibility of ",
    "Maturation of "
  };

  /** Coined product names, as in "HELIX: Compact ... for ...". */
  private static final String[] PRODUCT_NAMES = {
    "ATLAS",
    "AEGIS",
    "ORCA",
    "HELIX",
    "SENTRY",
    "NOVA",
    "VANGUARD",
    "PRISM",
    "KESTREL",
    "TALON",
    "MERIDIAN",
    "BEACON",
    "CORAL",
    "ECHO",
    "FALCON",
    "GRANITE",
    "HARBOR",
    "IRIS",
    "JUNO",
    "LYNX",
    "MOSAIC",
    "NEXUS",
    "OSPREY",
    "PHOENIX",
    "QUARTZ",
    "RAVEN",
    "SIGMA",
    "TRIDENT",
    "VECTOR",
    "ZEPHYR",
    "AURORA",
    "BOREAS",
    "CIRRUS",
    "DELTA",
    "EMBER",
    "FORGE",
    "GEMINI",
    "HALO",
    "JADE",
    "KEYSTONE"
  };

  private static final String[] OTHER_QUALIFIERS = {
    "Affordable",
    "Scalable",
    "Low-Cost",
    "User-Friendly",
    "Evidence-Based",
    "Practical",
    "Integrated",
    "Streamlined",
    "Accessible",
    "Simplified"
  };

  private static final Set<String> SMALL_WORDS =
      Set.of("a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to");

  /** Generic sentences of SBIR proposals, independent of the topic. */
  private static final String[] BOILERPLATE = {
    "Phase I will establish technical feasibility through analysis, modeling and a"
        + " proof-of-concept demonstration.",
    "Key risks, including manufacturability and integration, will be retired through bench-top"
        + " prototypes and testing.",
    "The team includes experienced engineers, a university partner, and a transition partner.",
    "Preliminary results show a \"step change\" in performance over the state of the art.",
    "Phase II will mature the prototype and demonstrate it in a relevant environment.",
    "The work plan comprises four technical objectives and a commercialization plan informed by"
        + " customer discovery.",
    "The company's \"dual-use\" business model targets both government and commercial customers.",
    "Letters of support from prospective customers confirm the need and a path to market.",
    "The effort builds on the company's prior research and a provisional patent application.",
    "Performance goals were set with the sponsoring program office and prospective end users."
  };

  private static final String[] GENERIC_APPLICATIONS = {
    "Anticipated benefits include lower cost, higher reliability and faster adoption than current"
        + " solutions.",
    "Commercial applications include industrial, government and consumer markets.",
    "The results will be commercialized through direct sales and licensing."
  };

  private static final String[] ENABLERS = {
    "A key enabler is ", "The design also incorporates ", "The effort leverages "
  };

  private static final String[] HEALTH_PREFIXES = {
    "PROJECT SUMMARY: ", "DESCRIPTION (provided by applicant): ", "Project Summary/Abstract "
  };

  private TextModel() {}

  /**
   * The title and abstract of one award of a firm with specialty {@code s}, drawn from {@code r}
   * alone (the award's text stream).
   */
  static Text write(Rng r, Specialty s, String phase, boolean sttr, String company) {
    int topicIndex = TechnologyAreas.awardTopic(s, r);
    int crossIndex = TechnologyAreas.crossArea(topicIndex, s, r);
    Topic topic = TechnologyAreas.topic(topicIndex);
    Topic cross = crossIndex < 0 ? null : TechnologyAreas.topic(crossIndex);

    // The title names the subject of the work and what it is for; now and then the subject is the
    // second area's, applied to the topic's use (computer vision for lunar surface operations).
    Subject subject = r.pick(topic.subjects());
    String use = r.pick(subject.uses());
    if (cross != null && r.chance(0.35)) {
      subject = r.pick(cross.subjects());
    }
    String title = title(r, topic, subject.phrase(), use, phase, sttr);
    // Most abstracts restate the title's subject, some describe the work in other words.
    String abstractSubject = subject.phrase();
    if (r.chance(0.3)) {
      Subject other = r.pick(topic.subjects());
      abstractSubject = other.phrase();
      use = r.pick(other.uses());
    }
    boolean multiline = r.chance(MULTILINE);
    String text =
        abstractText(r, topic, cross, abstractSubject, use, phase, sttr, company, multiline);
    return new Text(title, text, topicIndex, crossIndex);
  }

  private static String title(
      Rng r, Topic topic, String subject, String use, String phase, boolean sttr) {
    String bare = titleCase(withoutArticle(subject));
    String article = subject.substring(0, subject.length() - withoutArticle(subject).length());
    String full = article + bare;
    // "Graph Neural Networks for Supply Chain Risk in Support of Army Depots", not "... for ...
    // for".
    String forUse = (subject.contains(" for ") ? " in Support of " : " for ") + titleCase(use);
    String qualifier = r.pick(topic.cet() ? CET_QUALIFIERS : OTHER_QUALIFIERS);
    if (bare.toLowerCase(Locale.ROOT).contains(qualifier.toLowerCase(Locale.ROOT))) {
      qualifier = "Improved"; // not "Low-Cost Low-Cost FMCW Lidar"
    }
    String title =
        switch (r.weighted(new double[] {18, 8, 14, 8, 5, 5, 5, 9, 5, 5, 5, 4, 5, 4})) {
          case 0 -> bare + forUse;
          case 1 -> r.pick(LEADS) + full + forUse;
          case 2 -> qualifier + " " + bare + forUse;
          case 3 -> qualifier + " " + bare;
          case 4 -> bare;
          case 5 -> {
            String acronym = acronym(bare);
            yield acronym.length() >= 3 ? acronym + ": " + bare + forUse : bare + forUse;
          }
          case 6 -> r.pick(PRODUCT_NAMES) + ": " + qualifier + " " + bare + forUse;
          case 7 -> (sttr ? "STTR" : "SBIR") + " Phase " + phase + ": " + bare + forUse;
          case 8 -> r.pick(LEADS) + full;
          case 9 -> qualifier + ", " + r.pick(SECOND_QUALIFIERS) + " " + bare + forUse;
          case 10 -> bare + forUse + ": Phase " + phase;
          case 11 -> "Enabling " + titleCase(use) + " with " + full;
          case 12 -> bare + forUse + " (" + r.pick(PRODUCT_NAMES) + ")";
          default -> r.pick(SECOND_QUALIFIERS) + " " + bare + forUse;
        };
    // Older records spell whole titles in capitals.
    return r.chance(0.04) ? title.toUpperCase(Locale.ROOT) : title;
  }

  /**
   * A problem statement and the objective (in either order), one to three approach sentences, a
   * sentence or two on the second area, boilerplate, applications, and sometimes the company.
   */
  private static String abstractText(
      Rng r,
      Topic topic,
      Topic cross,
      String subject,
      String use,
      String phase,
      boolean sttr,
      String company,
      boolean multiline) {
    String work =
        subject + (r.chance(0.85) && !subject.contains(" for ") ? " for " : " to support ") + use;
    List<String> first = new ArrayList<>();
    double order = r.nextDouble();
    if (order < 0.45) {
      first.add(r.pick(topic.problems()));
      first.add(objectiveAfterProblem(r, work, phase, sttr, company));
    } else {
      first.add(objective(r, work, phase, sttr, company));
      if (order < 0.85) {
        first.add(r.pick(topic.problems()));
      }
    }

    List<String> rest = new ArrayList<>();
    int approaches = r.weighted(new double[] {0, 40, 45, 15});
    for (int i : distinct(r, topic.approaches().length, approaches)) {
      rest.add(topic.approaches()[i]);
    }
    if (cross != null) {
      rest.add(r.pick(cross.approaches()));
      String enabler = r.pick(cross.subjects()).phrase();
      if (r.chance(0.5) && !enabler.equals(subject)) {
        rest.add(r.pick(ENABLERS) + enabler + ".");
      }
    }
    for (int i : distinct(r, BOILERPLATE.length, r.between(0, 2))) {
      rest.add(BOILERPLATE[i]);
    }
    if (r.chance(0.8)) {
      rest.add(r.chance(0.85) ? r.pick(topic.applications()) : r.pick(GENERIC_APPLICATIONS));
    }

    StringBuilder sb = new StringBuilder();
    if (isHealth(topic) && r.chance(0.12)) {
      sb.append(r.pick(HEALTH_PREFIXES));
    }
    sb.append(String.join(" ", first));
    sb.append(multiline ? "\n\n" : " ").append(String.join(" ", rest));
    if (r.chance(0.3)) {
      sb.append(multiline ? "\n" : " ").append(company.strip()).append(closing(r));
    }
    return sb.toString();
  }

  private static String objective(Rng r, String work, String phase, boolean sttr, String company) {
    String verb = "II".equals(phase) && r.chance(0.5) ? "mature" : "develop";
    String lead =
        switch (r.nextInt(7)) {
          case 0 -> "This " + program(sttr, true) + " Phase " + phase + " project will " + verb;
          case 1 -> "This " + program(sttr, false) + " Phase " + phase + " project will " + verb;
          case 2 -> "We propose to " + verb;
          case 3 -> "The objective of this Phase " + phase + " effort is to demonstrate";
          case 4 -> "In this Phase " + phase + " effort, the team will design, build and test";
          case 5 -> company.strip() + " proposes to " + verb;
          default -> "This project addresses the need for";
        };
    return lead + " " + work + ".";
  }

  private static String objectiveAfterProblem(
      Rng r, String work, String phase, boolean sttr, String company) {
    return switch (r.nextInt(4)) {
      case 0 -> "To address this need, we will develop " + work + ".";
      case 1 ->
          "To overcome these limitations, this Phase "
              + phase
              + " project will develop "
              + work
              + ".";
      case 2 -> "In response, " + company.strip() + " proposes to develop " + work + ".";
      default -> "This " + program(sttr, false) + " project will develop " + work + ".";
    };
  }

  private static String closing(Rng r) {
    return switch (r.nextInt(4)) {
      case 0 -> " will commercialize the technology through direct sales and licensing.";
      case 1 -> " has identified a commercialization partner for Phase III.";
      default -> " will commercialize the results.";
    };
  }

  private static String program(boolean sttr, boolean spelledOut) {
    if (!spelledOut) {
      return sttr ? "STTR" : "SBIR";
    }
    return sttr
        ? "Small Business Technology Transfer (STTR)"
        : "Small Business Innovation Research (SBIR)";
  }

  private static boolean isHealth(Topic topic) {
    return switch (topic.id()) {
      case "medical", "behavioral", "biotechnologies" -> true;
      default -> false;
    };
  }

  /** {@code k} distinct indexes below {@code n}, in the order drawn. */
  private static int[] distinct(Rng r, int n, int k) {
    int m = Math.min(n, k);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      int x;
      boolean seen;
      do {
        x = r.nextInt(n);
        seen = false;
        for (int j = 0; j < i; j++) {
          seen |= out[j] == x;
        }
      } while (seen);
      out[i] = x;
    }
    return out;
  }

  private static String withoutArticle(String phrase) {
    if (phrase.startsWith("a ")) {
      return phrase.substring(2);
    }
    return phrase.startsWith("an ") ? phrase.substring(3) : phrase;
  }

  /**
   * Title case: every word capitalised except small words after the first; words with capitals of
   * their own ("GaN", "mRNA", "CubeSats") are kept as written.
   */
  static String titleCase(String phrase) {
    String[] words = phrase.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        sb.append(' ');
      }
      if (i > 0 && SMALL_WORDS.contains(w)) {
        sb.append(w);
        continue;
      }
      String[] parts = w.split("-", -1);
      for (int p = 0; p < parts.length; p++) {
        if (p > 0) {
          sb.append('-');
        }
        String part = parts[p];
        boolean lower =
            part.equals(part.toLowerCase(Locale.ROOT)) && !(p > 0 && SMALL_WORDS.contains(part));
        sb.append(
            lower && !part.isEmpty()
                ? Character.toUpperCase(part.charAt(0)) + part.substring(1)
                : part);
      }
    }
    return sb.toString();
  }

  /** Initials of the words and hyphenated parts of a title-cased phrase: "Low-Cost FMCW Lidar". */
  private static String acronym(String titled) {
    StringBuilder sb = new StringBuilder();
    for (String w : titled.split("[ -]")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !SMALL_WORDS.contains(w)) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.length() <= 6 ? sb.toString() : "";
  }

  /**
   * The draws the award stream made for the title before texts had a stream of their own. The award
   * stream still makes them, so an award's other fields keep their values for a seed and linkage
   * results on seeded data (benchmarks, calibration tables) stay comparable.
   */
  static void retiredTitleDraws(Rng award) {
    award.nextInt(RETIRED_TECH_WORDS);
    award.nextInt(RETIRED_THINGS);
    switch (award.nextInt(4)) {
      case 0, 1 -> award.nextInt(RETIRED_APPLICATIONS);
      case 3 -> award.nextDouble();
      default -> {}
    }
  }

  /** As {@link #retiredTitleDraws}, for the abstract (and its multi-line flag). */
  static void retiredAbstractDraws(Rng award) {
    award.nextDouble();
    award.nextInt(RETIRED_OPENERS);
    award.nextInt(RETIRED_TECH_WORDS);
    award.nextInt(RETIRED_THINGS);
    award.nextInt(RETIRED_APPLICATIONS);
    int n = award.between(1, 3);
    for (int i = 0; i < n; i++) {
      award.nextInt(RETIRED_BODIES);
    }
    award.nextDouble();
  }

  // Sizes of the word lists the retired draws picked from.
  private static final int RETIRED_TECH_WORDS = 131;
  private static final int RETIRED_THINGS = 25;
  private static final int RETIRED_APPLICATIONS = 26;
  private static final int RETIRED_OPENERS = 5;
  private static final int RETIRED_BODIES = 6;
}
