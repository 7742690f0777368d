package org.sbiretl.transforms.normalize;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Normalisation of address parts used for matching: city names, ZIP3, website domains. */
public final class Places {
  private Places() {}

  /** Lower case, punctuation removed, St/Ft/Mt expanded: "St. Louis" and "Saint Louis" agree. */
  public static @Nullable String city(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    List<String> words = CompanyNames.alphanumericRuns(CompanyNames.fold(raw));
    if (words.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i == 0) {
        w =
            switch (w) {
              case "st" -> "saint";
              case "ft" -> "fort";
              case "mt" -> "mount";
              default -> w;
            };
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  /** The first three digits of a five-digit ZIP, or null. */
  public static @Nullable String zip3(@Nullable String zip5) {
    return zip5 == null || zip5.length() < 3 ? null : zip5.substring(0, 3);
  }

  /** The registrable-looking host of a website, without {@code www.}: "acme.com". */
  public static @Nullable String domain(@Nullable String website) {
    if (website == null || website.isBlank()) {
      return null;
    }
    String w = website.strip().toLowerCase(Locale.ROOT);
    if (!w.contains("://")) {
      w = "http://" + w;
    }
    try {
      String host = URI.create(w.replace(" ", "")).getHost();
      if (host == null || !host.contains(".")) {
        return null;
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
