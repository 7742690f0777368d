package org.sbiretl.pipeline.generate;

import java.util.Locale;

/** Awarding agencies with their branches and the shapes of their tracking and contract numbers. */
enum Agency {
  DOD(
      "Department of Defense",
      45,
      "Air Force",
      "Navy",
      "Army",
      "Defense Advanced Research Projects Agency",
      "Missile Defense Agency",
      "Special Operations Command",
      "Defense Threat Reduction Agency"),
  HHS(
      "Department of Health and Human Services",
      20,
      "National Institutes of Health",
      "National Institutes of Health",
      "National Institutes of Health",
      "Centers for Disease Control and Prevention"),
  NSF("National Science Foundation", 8, ""),
  DOE("Department of Energy", 8, ""),
  NASA("National Aeronautics and Space Administration", 8, ""),
  USDA("Department of Agriculture", 3, "National Institute of Food and Agriculture", ""),
  DHS("Department of Homeland Security", 2, "", "Science and Technology Directorate"),
  DOC(
      "Department of Commerce",
      3,
      "National Institute of Standards and Technology",
      "National Oceanic and Atmospheric Administration"),
  EPA("Environmental Protection Agency", 1, ""),
  ED("Department of Education", 1, "Institute of Education Sciences"),
  DOT("Department of Transportation", 1, "Federal Highway Administration", "");

  private static final String[] NIH_INSTITUTES = {
    "CA", "AI", "MH", "GM", "HL", "DK", "NS", "DE", "EB", "ES", "DA", "AG", "HD", "EY"
  };

  private final String title;
  private final double weight;
  private final String[] branches;

  Agency(String title, double weight, String... branches) {
    this.title = title;
    this.weight = weight;
    this.branches = branches;
  }

  String title() {
    return title;
  }

  static Agency draw(Rng r) {
    Agency[] all = values();
    double[] w = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      w[i] = all[i].weight;
    }
    return all[r.weighted(w)];
  }

  String branch(Rng r) {
    return r.pick(branches);
  }

  /**
   * A tracking number in this agency's style around {@code unique} (a 7-digit number no other award
   * of the run has), so tracking numbers never repeat.
   */
  String trackingNumber(String unique, String branch, int year, Rng r) {
    int yy = year % 100;
    return switch (this) {
      case DOD ->
          String.format(
              Locale.ROOT,
              "%s%02d%d-%03d-%s",
              branchLetter(branch),
              yy,
              r.between(1, 3),
              r.between(1, 160),
              unique);
      case HHS -> r.pick(NIH_INSTITUTES) + unique;
      case NSF -> unique;
      case DOE -> "000" + unique;
      case NASA ->
          String.format(
              Locale.ROOT,
              "%02d-%d-%c%d.%02d-%s",
              yy,
              r.between(1, 2),
              (char) ('A' + r.nextInt(8)),
              r.between(1, 9),
              r.between(1, 12),
              unique);
      case USDA -> year + "-" + unique;
      case DHS ->
          String.format(Locale.ROOT, "%02d.1 DHS%02d1-%03d-%s", yy, yy, r.between(1, 20), unique);
      case DOC -> (branch.startsWith("National Oceanic") ? "NOAA-" : "NIST-") + yy + "-" + unique;
      case EPA -> "EP-D-" + yy + "-" + unique;
      case ED -> "ED-IES-" + yy + "-" + unique;
      case DOT -> "DOT-" + yy + "-" + unique;
    };
  }

  String contract(String tracking, int year, Rng r) {
    int yy = year % 100;
    return switch (this) {
      case DOD ->
          String.format(
              Locale.ROOT,
              "%s-%02d-%s-%04d",
              r.pick(new String[] {"FA8650", "N68335", "W911NF", "HQ0147", "W31P4Q", "FA9453"}),
              yy,
              r.chance(0.6) ? "C" : "P",
              r.nextInt(10000));
      case HHS ->
          String.format(
              Locale.ROOT,
              "%dR4%d%s%06d-01",
              r.between(1, 2),
              r.between(3, 4),
              r.pick(NIH_INSTITUTES),
              r.nextInt(1_000_000));
      case NSF -> tracking;
      case DOE -> String.format(Locale.ROOT, "DE-SC00%05d", r.nextInt(100_000));
      case NASA -> String.format(Locale.ROOT, "80NSSC%02dC%04d", yy, r.nextInt(10000));
      default ->
          r.chance(0.5) ? "" : String.format(Locale.ROOT, "%02d-%06d", yy, r.nextInt(1_000_000));
    };
  }

  String topic(String branch, int year, Rng r) {
    int yy = year % 100;
    return switch (this) {
      case DOD ->
          String.format(
              Locale.ROOT,
              "%s%02d%d-%03d",
              branchLetter(branch).equals("F") ? "AF" : branchLetter(branch),
              yy,
              r.between(1, 3),
              r.between(1, 160));
      case HHS -> r.pick(new String[] {"NCI", "NIAID", "NIMH", "NIGMS", "NHLBI", "NIDDK"});
      case DHS -> String.format(Locale.ROOT, "DHS%02d1-%03d", yy, r.between(1, 20));
      case NSF -> r.pick(new String[] {"BT", "EW", "SE", "MD", "AM", "ET", "IT"});
      case NASA ->
          String.format(
              Locale.ROOT,
              "%c%d.%02d",
              (char) ('A' + r.nextInt(8)),
              r.between(1, 9),
              r.between(1, 12));
      default -> Integer.toString(r.between(1, 40));
    };
  }

  private static String branchLetter(String branch) {
    return switch (branch) {
      case "Air Force" -> "F";
      case "Navy" -> "N";
      case "Army" -> "A";
      case "Defense Advanced Research Projects Agency" -> "D";
      case "Missile Defense Agency" -> "M";
      case "Special Operations Command" -> "S";
      default -> "T";
    };
  }
}
