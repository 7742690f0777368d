package org.sbiretl.transforms.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One SBIR/STTR award row, every column of the SBIR.gov export in snake_case, normalised.
 *
 * <p>Identifiers that fail validation are nulled and named in {@link #dataQualityFlags}; the award
 * still flows on. A public-field class (not a Java record) because Beam infers schemas for it,
 * which gives an efficient {@code SchemaCoder} and a direct mapping to Parquet/CSV columns.
 */
@DefaultSchema(JavaFieldSchema.class)
public class Award {
  /** Deterministic id: the same for the same input row on every run and every runner. */
  @SchemaFieldName("award_id")
  public String awardId = "";

  @SchemaFieldName("source_file")
  public String sourceFile = "";

  @SchemaFieldName("source_row")
  public long sourceRow;

  @SchemaFieldName("company")
  public String company = "";

  @SchemaFieldName("award_title")
  public @Nullable String awardTitle;

  @SchemaFieldName("agency")
  public @Nullable String agency;

  @SchemaFieldName("branch")
  public @Nullable String branch;

  /** I, II or III. */
  @SchemaFieldName("phase")
  public @Nullable String phase;

  @SchemaFieldName("program")
  public @Nullable String program;

  @SchemaFieldName("agency_tracking_number")
  public @Nullable String agencyTrackingNumber;

  @SchemaFieldName("contract")
  public @Nullable String contract;

  /** ISO-8601 date. */
  @SchemaFieldName("proposal_award_date")
  public @Nullable String proposalAwardDate;

  @SchemaFieldName("contract_end_date")
  public @Nullable String contractEndDate;

  @SchemaFieldName("solicitation_number")
  public @Nullable String solicitationNumber;

  @SchemaFieldName("solicitation_year")
  public @Nullable Integer solicitationYear;

  @SchemaFieldName("solicitation_close_date")
  public @Nullable String solicitationCloseDate;

  @SchemaFieldName("proposal_receipt_date")
  public @Nullable String proposalReceiptDate;

  @SchemaFieldName("date_of_notification")
  public @Nullable String dateOfNotification;

  @SchemaFieldName("topic_code")
  public @Nullable String topicCode;

  @SchemaFieldName("award_year")
  public @Nullable Integer awardYear;

  /** US dollars. */
  @SchemaFieldName("award_amount")
  public @Nullable Double awardAmount;

  /** 12 upper-case alphanumerics, or null when absent or malformed. */
  @SchemaFieldName("uei")
  public @Nullable String uei;

  /** 9 digits, or null when absent or malformed. */
  @SchemaFieldName("duns")
  public @Nullable String duns;

  @SchemaFieldName("hubzone_owned")
  public @Nullable String hubzoneOwned;

  @SchemaFieldName("socially_and_economically_disadvantaged")
  public @Nullable String sociallyAndEconomicallyDisadvantaged;

  @SchemaFieldName("woman_owned")
  public @Nullable String womanOwned;

  @SchemaFieldName("number_employees")
  public @Nullable Integer numberEmployees;

  @SchemaFieldName("company_website")
  public @Nullable String companyWebsite;

  @SchemaFieldName("address1")
  public @Nullable String address1;

  @SchemaFieldName("address2")
  public @Nullable String address2;

  @SchemaFieldName("city")
  public @Nullable String city;

  /** USPS two-letter code. */
  @SchemaFieldName("state")
  public @Nullable String state;

  /** Five-digit ZIP. */
  @SchemaFieldName("zip")
  public @Nullable String zip;

  @SchemaFieldName("abstract")
  public @Nullable String abstractText;

  @SchemaFieldName("contact_name")
  public @Nullable String contactName;

  @SchemaFieldName("contact_title")
  public @Nullable String contactTitle;

  @SchemaFieldName("contact_phone")
  public @Nullable String contactPhone;

  @SchemaFieldName("contact_email")
  public @Nullable String contactEmail;

  @SchemaFieldName("pi_name")
  public @Nullable String piName;

  @SchemaFieldName("pi_title")
  public @Nullable String piTitle;

  @SchemaFieldName("pi_phone")
  public @Nullable String piPhone;

  @SchemaFieldName("pi_email")
  public @Nullable String piEmail;

  @SchemaFieldName("ri_name")
  public @Nullable String riName;

  @SchemaFieldName("ri_poc_name")
  public @Nullable String riPocName;

  @SchemaFieldName("ri_poc_phone")
  public @Nullable String riPocPhone;

  /** Only in the SBIR.gov website export. */
  @SchemaFieldName("research_keywords")
  public @Nullable String researchKeywords;

  /** Data-quality flags such as {@code uei-malformed}; empty when the row is clean. */
  @SchemaFieldName("data_quality_flags")
  public List<String> dataQualityFlags = new ArrayList<>();

  /**
   * The values that did not normalise, as they were read: a JSON object from output column name to
   * text, e.g. {@code {"proposal_award_date":"31-13-2018"}}; null when every value normalised. The
   * column itself is null and the flag is in {@link #dataQualityFlags}.
   */
  @SchemaFieldName("unparsed_values")
  public @Nullable String unparsedValues;

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Award other
        && awardId.equals(other.awardId)
        && sourceRow == other.sourceRow
        && sourceFile.equals(other.sourceFile);
  }

  @Override
  public int hashCode() {
    return Objects.hash(awardId, sourceFile, sourceRow);
  }

  @Override
  public String toString() {
    return "Award{" + awardId + " " + sourceFile + ":" + sourceRow + " " + company + "}";
  }
}
