package org.sbiretl.pipeline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws addresses from a table of real U.S. cities and renders them SBIR- or USAspending-style. */
final class AddressModel {
  /** A city with its state and the first three digits of its ZIP codes. */
  record City(String city, String state, String zip3) {}

  private static final City[] CITIES = {
    new City("Huntsville", "AL", "358"), new City("Birmingham", "AL", "352"),
    new City("Tucson", "AZ", "857"), new City("Phoenix", "AZ", "850"),
    new City("Tempe", "AZ", "852"), new City("Little Rock", "AR", "722"),
    new City("San Diego", "CA", "921"), new City("Los Angeles", "CA", "900"),
    new City("Torrance", "CA", "905"), new City("Pasadena", "CA", "911"),
    new City("Irvine", "CA", "926"), new City("Santa Barbara", "CA", "931"),
    new City("Mountain View", "CA", "940"), new City("Sunnyvale", "CA", "940"),
    new City("San Jose", "CA", "951"), new City("Berkeley", "CA", "947"),
    new City("Sacramento", "CA", "958"), new City("Mojave", "CA", "935"),
    new City("Boulder", "CO", "803"), new City("Colorado Springs", "CO", "809"),
    new City("Fort Collins", "CO", "805"), new City("Golden", "CO", "804"),
    new City("Denver", "CO", "802"), new City("Danbury", "CT", "068"),
    new City("New Haven", "CT", "065"), new City("Newark", "DE", "197"),
    new City("Washington", "DC", "200"), new City("Orlando", "FL", "328"),
    new City("Tampa", "FL", "336"), new City("Melbourne", "FL", "329"),
    new City("St. Petersburg", "FL", "337"), new City("Gainesville", "FL", "326"),
    new City("Atlanta", "GA", "303"), new City("Honolulu", "HI", "968"),
    new City("Boise", "ID", "837"), new City("Champaign", "IL", "618"),
    new City("Chicago", "IL", "606"), new City("West Lafayette", "IN", "479"),
    new City("Ames", "IA", "500"), new City("Lawrence", "KS", "660"),
    new City("Lexington", "KY", "405"), new City("Baton Rouge", "LA", "708"),
    new City("Portland", "ME", "041"), new City("Columbia", "MD", "210"),
    new City("Rockville", "MD", "208"), new City("Silver Spring", "MD", "209"),
    new City("Annapolis", "MD", "214"), new City("Baltimore", "MD", "212"),
    new City("Cambridge", "MA", "021"), new City("Woburn", "MA", "018"),
    new City("Andover", "MA", "018"), new City("Waltham", "MA", "024"),
    new City("Ann Arbor", "MI", "481"), new City("Minneapolis", "MN", "554"),
    new City("Saint Paul", "MN", "551"), new City("Starkville", "MS", "397"),
    new City("St. Louis", "MO", "631"), new City("Bozeman", "MT", "597"),
    new City("Lincoln", "NE", "685"), new City("Reno", "NV", "895"),
    new City("Lebanon", "NH", "037"), new City("Princeton", "NJ", "085"),
    new City("Mount Laurel", "NJ", "080"), new City("Albuquerque", "NM", "871"),
    new City("Santa Fe", "NM", "875"), new City("Rochester", "NY", "146"),
    new City("Ithaca", "NY", "148"), new City("Stony Brook", "NY", "117"),
    new City("Durham", "NC", "277"), new City("Raleigh", "NC", "276"),
    new City("Fargo", "ND", "581"), new City("Dayton", "OH", "454"),
    new City("Beavercreek", "OH", "454"), new City("Cleveland", "OH", "441"),
    new City("Norman", "OK", "730"), new City("Beaverton", "OR", "970"),
    new City("Corvallis", "OR", "973"), new City("Pittsburgh", "PA", "152"),
    new City("State College", "PA", "168"), new City("Lancaster", "PA", "176"),
    new City("Providence", "RI", "029"), new City("Charleston", "SC", "294"),
    new City("Mount Pleasant", "SC", "294"), new City("Rapid City", "SD", "577"),
    new City("Knoxville", "TN", "379"), new City("Oak Ridge", "TN", "378"),
    new City("Austin", "TX", "787"), new City("Houston", "TX", "770"),
    new City("San Antonio", "TX", "782"), new City("Fort Worth", "TX", "761"),
    new City("Dallas", "TX", "752"), new City("Salt Lake City", "UT", "841"),
    new City("Logan", "UT", "843"), new City("Burlington", "VT", "054"),
    new City("Arlington", "VA", "222"), new City("Herndon", "VA", "201"),
    new City("Reston", "VA", "201"), new City("Blacksburg", "VA", "240"),
    new City("Charlottesville", "VA", "229"), new City("Manassas", "VA", "201"),
    new City("Seattle", "WA", "981"), new City("Bothell", "WA", "980"),
    new City("Spokane", "WA", "992"), new City("Morgantown", "WV", "265"),
    new City("Madison", "WI", "537"), new City("Laramie", "WY", "820"),
    new City("San Juan", "PR", "009")
  };

  private static final String[][] STATE_NAMES = {
    {"AL", "Alabama"},
    {"AZ", "Arizona"},
    {"AR", "Arkansas"},
    {"CA", "California"},
    {"CO", "Colorado"},
    {"CT", "Connecticut"},
    {"DE", "Delaware"},
    {"DC", "District of Columbia"},
    {"FL", "Florida"},
    {"GA", "Georgia"},
    {"HI", "Hawaii"},
    {"ID", "Idaho"},
    {"IL", "Illinois"},
    {"IN", "Indiana"},
    {"IA", "Iowa"},
    {"KS", "Kansas"},
    {"KY", "Kentucky"},
    {"LA", "Louisiana"},
    {"ME", "Maine"},
    {"MD", "Maryland"},
    {"MA", "Massachusetts"},
    {"MI", "Michigan"},
    {"MN", "Minnesota"},
    {"MS", "Mississippi"},
    {"MO", "Missouri"},
    {"MT", "Montana"},
    {"NE", "Nebraska"},
    {"NV", "Nevada"},
    {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},
    {"NM", "New Mexico"},
    {"NY", "New York"},
    {"NC", "North Carolina"},
    {"ND", "North Dakota"},
    {"OH", "Ohio"},
    {"OK", "Oklahoma"},
    {"OR", "Oregon"},
    {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"},
    {"SC", "South Carolina"},
    {"SD", "South Dakota"},
    {"TN", "Tennessee"},
    {"TX", "Texas"},
    {"UT", "Utah"},
    {"VT", "Vermont"},
    {"VA", "Virginia"},
    {"WA", "Washington"},
    {"WV", "West Virginia"},
    {"WI", "Wisconsin"},
    {"WY", "Wyoming"},
    {"PR", "Puerto Rico"}
  };

  private static final String[][] CITY_SPELLINGS = {
    {"St. ", "Saint ", "St "},
    {"Saint ", "St. ", "St "},
    {"Fort ", "Ft. ", "Ft "},
    {"Mount ", "Mt. ", "Mt "}
  };

  private AddressModel() {}

  static City city(Rng r) {
    return r.pick(CITIES);
  }

  /** A fresh address in a random city. */
  static Address address(Rng r) {
    return address(r, city(r));
  }

  /** A fresh address in a random city of a state other than {@code state}. */
  static Address addressOutside(Rng r, String state) {
    City c;
    do {
      c = city(r);
    } while (c.state().equals(state));
    return address(r, c);
  }

  /** A fresh address in another city of the same state, or of the same city where it has none. */
  static Address addressInState(Rng r, Address from) {
    List<City> others = new ArrayList<>();
    for (City c : CITIES) {
      if (c.state().equals(from.state()) && !c.city().equals(from.city())) {
        others.add(c);
      }
    }
    return others.isEmpty()
        ? addressInCity(r, from)
        : address(r, others.get(r.nextInt(others.size())));
  }

  /** A fresh street and ZIP in the same city (the ZIP keeps its first three digits). */
  static Address addressInCity(Rng r, Address from) {
    Address fresh = address(r, new City(from.city(), from.state(), from.zip5().substring(0, 3)));
    if (!fresh.zip5().equals(from.zip5())) {
      return fresh;
    }
    String zip5 =
        from.zip5().substring(0, 3)
            + String.format(
                Locale.ROOT, "%02d", (Integer.parseInt(from.zip5().substring(3)) + 1) % 100);
    return new Address(
        fresh.street(), fresh.suite(), fresh.city(), fresh.state(), zip5, fresh.zip4(), fresh.cd());
  }

  private static Address address(Rng r, City c) {
    int number = r.chance(0.5) ? r.between(1, 999) : r.between(1000, 19999);
    String street =
        number + " " + r.pick(Vocabulary.STREET_NAMES) + " " + r.pick(Vocabulary.STREET_TYPES);
    String suite = "";
    if (r.chance(0.25)) {
      suite =
          switch (r.nextInt(5)) {
            case 0, 1 -> "Suite " + r.between(100, 950);
            case 2 -> "Suite " + (char) ('A' + r.nextInt(8));
            case 3 -> "Building " + r.between(1, 12);
            default -> "Unit " + r.between(1, 40);
          };
    }
    String zip5 = c.zip3() + r.digits(2);
    String cd =
        c.state().equals("DC") ? "98" : String.format(Locale.ROOT, "%02d", r.between(1, 12));
    return new Address(street, suite, c.city(), c.state(), zip5, r.digits(4), cd);
  }

  /** The full state name for a code ("VA" to "Virginia"), or the code when unknown. */
  static String stateName(String code) {
    for (String[] p : STATE_NAMES) {
      if (p[0].equals(code)) {
        return p[1];
      }
    }
    return code;
  }

  /** Another spelling of the city when it has one ("St. Louis" to "Saint Louis"), else itself. */
  static String respellCity(String city, Rng r) {
    for (String[] v : CITY_SPELLINGS) {
      if (city.startsWith(v[0])) {
        return v[1 + r.nextInt(v.length - 1)] + city.substring(v[0].length());
      }
    }
    return city;
  }

  static boolean hasOtherSpelling(String city) {
    for (String[] v : CITY_SPELLINGS) {
      if (city.startsWith(v[0])) {
        return true;
      }
    }
    return false;
  }

  /** USAspending style: upper case with USPS street abbreviations ("44 HUNT ST"). */
  static String uspsStreet(String street) {
    String s = street;
    for (int i = 0; i < Vocabulary.STREET_TYPES.length; i++) {
      String t = " " + Vocabulary.STREET_TYPES[i];
      if (s.endsWith(t)) {
        s = s.substring(0, s.length() - t.length()) + " " + Vocabulary.STREET_ABBREVIATIONS[i];
        break;
      }
    }
    return s.toUpperCase(Locale.ROOT);
  }

  /** SBIR.gov style: the street type sometimes abbreviated, with or without a period. */
  static String sbirStreet(String street, Rng r) {
    if (r.chance(0.6)) {
      return street;
    }
    for (int i = 0; i < Vocabulary.STREET_TYPES.length; i++) {
      String t = " " + Vocabulary.STREET_TYPES[i];
      if (street.endsWith(t)) {
        String abbr = Vocabulary.STREET_ABBREVIATIONS[i];
        return street.substring(0, street.length() - t.length())
            + " "
            + abbr
            + (r.chance(0.5) && !abbr.equals("Way") ? "." : "");
      }
    }
    return street;
  }

  /** SBIR.gov style suite: "Suite 350", "Ste 350", "Ste. 350", "STE 350". */
  static String sbirSuite(String suite, Rng r) {
    if (!suite.startsWith("Suite ")) {
      return suite;
    }
    String n = suite.substring("Suite ".length());
    return switch (r.nextInt(5)) {
      case 0 -> "Ste " + n;
      case 1 -> "Ste. " + n;
      case 2 -> "STE " + n;
      default -> suite;
    };
  }

  /** USAspending style suite: "STE 350". */
  static String uspsSuite(String suite) {
    return suite.replace("Suite ", "STE ").replace("Building ", "BLDG ").toUpperCase(Locale.ROOT);
  }
}
