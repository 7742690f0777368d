package org.sbiretl.transforms.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Maps state names and codes (states, DC, territories, military) to USPS two-letter codes. */
public final class UsStates {
  /** Runs of white space; compiled once, the code runs for every row read. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Set<String> CODES;

  static {
    String[][] pairs = {
      {"ALABAMA", "AL"},
      {"ALASKA", "AK"},
      {"ARIZONA", "AZ"},
      {"ARKANSAS", "AR"},
      {"CALIFORNIA", "CA"},
      {"COLORADO", "CO"},
      {"CONNECTICUT", "CT"},
      {"DELAWARE", "DE"},
      {"DISTRICT OF COLUMBIA", "DC"},
      {"FLORIDA", "FL"},
      {"GEORGIA", "GA"},
      {"HAWAII", "HI"},
      {"IDAHO", "ID"},
      {"ILLINOIS", "IL"},
      {"INDIANA", "IN"},
      {"IOWA", "IA"},
      {"KANSAS", "KS"},
      {"KENTUCKY", "KY"},
      {"LOUISIANA", "LA"},
      {"MAINE", "ME"},
      {"MARYLAND", "MD"},
      {"MASSACHUSETTS", "MA"},
      {"MICHIGAN", "MI"},
      {"MINNESOTA", "MN"},
      {"MISSISSIPPI", "MS"},
      {"MISSOURI", "MO"},
      {"MONTANA", "MT"},
      {"NEBRASKA", "NE"},
      {"NEVADA", "NV"},
      {"NEW HAMPSHIRE", "NH"},
      {"NEW JERSEY", "NJ"},
      {"NEW MEXICO", "NM"},
      {"NEW YORK", "NY"},
      {"NORTH CAROLINA", "NC"},
      {"NORTH DAKOTA", "ND"},
      {"OHIO", "OH"},
      {"OKLAHOMA", "OK"},
      {"OREGON", "OR"},
      {"PENNSYLVANIA", "PA"},
      {"RHODE ISLAND", "RI"},
      {"SOUTH CAROLINA", "SC"},
      {"SOUTH DAKOTA", "SD"},
      {"TENNESSEE", "TN"},
      {"TEXAS", "TX"},
      {"UTAH", "UT"},
      {"VERMONT", "VT"},
      {"VIRGINIA", "VA"},
      {"WASHINGTON", "WA"},
      {"WEST VIRGINIA", "WV"},
      {"WISCONSIN", "WI"},
      {"WYOMING", "WY"},
      {"PUERTO RICO", "PR"},
      {"GUAM", "GU"},
      {"VIRGIN ISLANDS", "VI"},
      {"U.S. VIRGIN ISLANDS", "VI"},
      {"AMERICAN SAMOA", "AS"},
      {"NORTHERN MARIANA ISLANDS", "MP"},
      {"ARMED FORCES AMERICAS", "AA"},
      {"ARMED FORCES EUROPE", "AE"},
      {"ARMED FORCES PACIFIC", "AP"},
      {"WASHINGTON DC", "DC"},
      {"WASHINGTON D.C.", "DC"},
      {"US VIRGIN ISLANDS", "VI"}
    };
    for (String[] p : pairs) {
      BY_NAME.put(p[0], p[1]);
    }
    CODES = Set.copyOf(BY_NAME.values());
  }

  private UsStates() {}

  /** USPS code for a name or code in any case; null when unknown. */
  public static @Nullable String code(@Nullable String raw) {
    String v = Values.text(raw);
    if (v == null) {
      return null;
    }
    String upper = SPACES.matcher(v.toUpperCase(Locale.ROOT)).replaceAll(" ");
    if (upper.length() == 2) {
      return CODES.contains(upper) ? upper : null;
    }
    String dotless = upper.replace(".", "");
    if (dotless.length() == 2 && CODES.contains(dotless)) {
      return dotless;
    }
    String name = BY_NAME.get(upper);
    if (name != null) {
      return name;
    }
    // "Washington, D.C.", "U.S. Virgin Islands": without dots and commas.
    return BY_NAME.get(
        SPACES.matcher(upper.replace(".", "").replace(",", " ")).replaceAll(" ").strip());
  }
}
