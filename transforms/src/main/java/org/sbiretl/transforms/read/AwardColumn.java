package org.sbiretl.transforms.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The columns of the SBIR.gov award exports and the header spellings each has had: the 42-column
 * bulk CSV, the 41-column 2020–2024 export ("Women Owned", no UEI) and the website export ("DUNS",
 * "Hubzone Owned", "Research Keywords"). Headers are matched ignoring case, spacing and
 * punctuation, so {@code Address1}, {@code Address 1} and {@code address_1} are one column.
 */
public enum AwardColumn {
  COMPANY("Company", "Company Name", "Firm", "Firm Name"),
  AWARD_TITLE("Award Title", "Title"),
  AGENCY("Agency"),
  BRANCH("Branch"),
  PHASE("Phase"),
  PROGRAM("Program"),
  AGENCY_TRACKING_NUMBER("Agency Tracking Number", "Tracking Number"),
  CONTRACT("Contract", "Contract Number"),
  PROPOSAL_AWARD_DATE("Proposal Award Date", "Award Date"),
  CONTRACT_END_DATE("Contract End Date"),
  SOLICITATION_NUMBER("Solicitation Number"),
  SOLICITATION_YEAR("Solicitation Year"),
  SOLICITATION_CLOSE_DATE("Solicitation Close Date"),
  PROPOSAL_RECEIPT_DATE("Proposal Receipt Date"),
  DATE_OF_NOTIFICATION("Date of Notification"),
  TOPIC_CODE("Topic Code"),
  AWARD_YEAR("Award Year"),
  AWARD_AMOUNT("Award Amount", "Amount"),
  UEI("UEI", "Company UEI", "Unique Entity ID"),
  DUNS("Duns", "DUNS Number", "Company DUNS"),
  HUBZONE_OWNED("HUBZone Owned", "Hubzone"),
  SOCIALLY_AND_ECONOMICALLY_DISADVANTAGED(
      "Socially and Economically Disadvantaged", "Disadvantaged", "SDB"),
  WOMAN_OWNED("Woman Owned", "Women Owned"),
  NUMBER_EMPLOYEES("Number Employees", "Number of Employees", "Employees"),
  COMPANY_WEBSITE("Company Website", "Website", "Company URL"),
  ADDRESS1("Address1", "Address", "Street Address"),
  ADDRESS2("Address2"),
  CITY("City"),
  STATE("State"),
  ZIP("Zip", "Zip Code", "Postal Code"),
  ABSTRACT("Abstract"),
  CONTACT_NAME("Contact Name"),
  CONTACT_TITLE("Contact Title"),
  CONTACT_PHONE("Contact Phone"),
  CONTACT_EMAIL("Contact Email"),
  PI_NAME("PI Name"),
  PI_TITLE("PI Title"),
  PI_PHONE("PI Phone"),
  PI_EMAIL("PI Email"),
  RI_NAME("RI Name"),
  RI_POC_NAME("RI POC Name"),
  RI_POC_PHONE("RI POC Phone"),
  RESEARCH_KEYWORDS("Research Keywords", "Keywords");

  private static final Map<String, AwardColumn> BY_KEY = new HashMap<>();

  static {
    for (AwardColumn c : values()) {
      for (String spelling : c.spellings) {
        BY_KEY.put(key(spelling), c);
      }
    }
  }

  /** The column's name in the outputs: {@code proposal_award_date}. */
  public String outputName() {
    return name().toLowerCase(Locale.ROOT);
  }

  private final List<String> spellings;

  AwardColumn(String... spellings) {
    this.spellings = List.of(spellings);
  }

  /** The header of the current 42-column bulk export. */
  public String canonicalHeader() {
    return spellings.get(0);
  }

  /** The column a header cell names, or null for a column this project does not read. */
  public static @Nullable AwardColumn forHeader(String header) {
    return BY_KEY.get(key(header));
  }

  /** Lower case, letters and digits only: "HUBZone Owned", "Hubzone_owned" → "hubzoneowned". */
  static String key(String header) {
    return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
