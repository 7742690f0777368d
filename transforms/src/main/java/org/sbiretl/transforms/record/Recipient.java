package org.sbiretl.transforms.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One row of USAspending's {@code recipient_lookup}, every field, normalised identifiers. */
@DefaultSchema(JavaFieldSchema.class)
public class Recipient {
  @SchemaFieldName("id")
  public @Nullable String id;

  @SchemaFieldName("recipient_hash")
  public @Nullable String recipientHash;

  @SchemaFieldName("legal_business_name")
  public @Nullable String legalBusinessName;

  @SchemaFieldName("duns")
  public @Nullable String duns;

  @SchemaFieldName("address_line_1")
  public @Nullable String addressLine1;

  @SchemaFieldName("address_line_2")
  public @Nullable String addressLine2;

  @SchemaFieldName("business_types_codes")
  public @Nullable String businessTypesCodes;

  @SchemaFieldName("city")
  public @Nullable String city;

  @SchemaFieldName("congressional_district")
  public @Nullable String congressionalDistrict;

  @SchemaFieldName("country_code")
  public @Nullable String countryCode;

  @SchemaFieldName("parent_duns")
  public @Nullable String parentDuns;

  @SchemaFieldName("parent_legal_business_name")
  public @Nullable String parentLegalBusinessName;

  @SchemaFieldName("state")
  public @Nullable String state;

  @SchemaFieldName("zip4")
  public @Nullable String zip4;

  @SchemaFieldName("zip5")
  public @Nullable String zip5;

  /** Other names (DBAs, former names) parsed from the Postgres array text {@code {A,"B, C"}}. */
  @SchemaFieldName("alternate_names")
  public List<String> alternateNames = new ArrayList<>();

  @SchemaFieldName("source")
  public @Nullable String source;

  @SchemaFieldName("update_date")
  public @Nullable String updateDate;

  @SchemaFieldName("uei")
  public @Nullable String uei;

  @SchemaFieldName("parent_uei")
  public @Nullable String parentUei;

  @SchemaFieldName("source_file")
  public String sourceFile = "";

  @SchemaFieldName("source_row")
  public long sourceRow;

  /**
   * A copy with only what linking reads: identifiers, names, the address it compares, the columns a
   * link reports and the fields of the representative-row rule. Recipients travel from the counting
   * pass to the scoring pass in this form, and kept candidates are held in it; the rest of the row
   * (hash, second address line, district, ZIP+4, source, file name) would only be copied there.
   */
  public Recipient forLinking() {
    Recipient slim = new Recipient();
    slim.id = id;
    slim.legalBusinessName = legalBusinessName;
    slim.uei = uei;
    slim.duns = duns;
    slim.alternateNames = alternateNames;
    slim.parentUei = parentUei;
    slim.parentLegalBusinessName = parentLegalBusinessName;
    slim.addressLine1 = addressLine1;
    slim.city = city;
    slim.state = state;
    slim.zip5 = zip5;
    slim.businessTypesCodes = businessTypesCodes;
    slim.updateDate = updateDate;
    slim.sourceRow = sourceRow;
    return slim;
  }

  /** Every field counts: two rows that differ anywhere must never share cached features. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Recipient other
        && sourceRow == other.sourceRow
        && Objects.equals(id, other.id)
        && Objects.equals(recipientHash, other.recipientHash)
        && Objects.equals(legalBusinessName, other.legalBusinessName)
        && Objects.equals(duns, other.duns)
        && Objects.equals(addressLine1, other.addressLine1)
        && Objects.equals(addressLine2, other.addressLine2)
        && Objects.equals(businessTypesCodes, other.businessTypesCodes)
        && Objects.equals(city, other.city)
        && Objects.equals(congressionalDistrict, other.congressionalDistrict)
        && Objects.equals(countryCode, other.countryCode)
        && Objects.equals(parentDuns, other.parentDuns)
        && Objects.equals(parentLegalBusinessName, other.parentLegalBusinessName)
        && Objects.equals(state, other.state)
        && Objects.equals(zip4, other.zip4)
        && Objects.equals(zip5, other.zip5)
        && Objects.equals(alternateNames, other.alternateNames)
        && Objects.equals(source, other.source)
        && Objects.equals(updateDate, other.updateDate)
        && Objects.equals(uei, other.uei)
        && Objects.equals(parentUei, other.parentUei)
        && Objects.equals(sourceFile, other.sourceFile);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, uei, duns, legalBusinessName, sourceFile, sourceRow);
  }

  @Override
  public String toString() {
    return "Recipient{" + id + " " + uei + " " + duns + " " + legalBusinessName + "}";
  }
}
