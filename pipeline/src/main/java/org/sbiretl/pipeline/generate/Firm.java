package org.sbiretl.pipeline.generate;

import java.util.List;

/**
 * An SBIR firm as the generator knows it: how USAspending names it ({@code legalName}), how its
 * award records spell it ({@code awardName}, {@code dbaName}), its identifiers and addresses. A
 * firm that moved has {@code previous} (the address its awards mostly show) different from {@code
 * home} (the address on its recipient record). {@code specialty} is what its awards are about.
 */
record Firm(
    int index,
    CompanyName name,
    String legalName,
    String awardName,
    String dbaName,
    List<String> alternateNames,
    String uei,
    String duns,
    boolean dunsOnRecipient,
    Address home,
    Address previous,
    String website,
    int employees,
    boolean womanOwned,
    boolean hubzone,
    boolean disadvantaged,
    String contactName,
    String contactTitle,
    String piName,
    TechnologyAreas.Specialty specialty) {

  boolean moved() {
    return previous != home;
  }
}
