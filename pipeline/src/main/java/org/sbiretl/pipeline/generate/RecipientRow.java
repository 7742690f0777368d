package org.sbiretl.pipeline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sbiretl.transforms.read.PostgresArrays;

/** One {@code recipient_lookup} row being built; blank fields are empty strings. */
final class RecipientRow {
  /** Column names in dump order. */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "recipient_hash",
          "legal_business_name",
          "duns",
          "address_line_1",
          "address_line_2",
          "business_types_codes",
          "city",
          "congressional_district",
          "country_code",
          "parent_duns",
          "parent_legal_business_name",
          "state",
          "zip4",
          "zip5",
          "alternate_names",
          "source",
          "update_date",
          "uei",
          "parent_uei");

  String id = "";
  String recipientHash = "";
  String legalBusinessName = "";
  String duns = "";
  String addressLine1 = "";
  String addressLine2 = "";
  String businessTypesCodes = "";
  String city = "";
  String congressionalDistrict = "";
  String countryCode = "USA";
  String parentDuns = "";
  String parentLegalBusinessName = "";
  String state = "";
  String zip4 = "";
  String zip5 = "";
  List<String> alternateNames = new ArrayList<>();
  String source = "";
  String updateDate = "";
  String uei = "";
  String parentUei = "";

  /** Sets the address fields from {@code a}, USAspending style (upper case, USPS abbreviations). */
  void address(Address a, boolean withZip4) {
    addressLine1 = AddressModel.uspsStreet(a.street());
    addressLine2 = AddressModel.uspsSuite(a.suite());
    city = a.city().toUpperCase(Locale.ROOT);
    state = a.state();
    zip5 = a.zip5();
    zip4 = withZip4 ? a.zip4() : "";
    congressionalDistrict = a.cd();
  }

  void parent(Parent p) {
    parentLegalBusinessName = p.legalName();
    parentUei = p.uei();
    parentDuns = p.duns();
  }

  /** Field values in column order, {@code alternate_names} as Postgres array text. */
  List<String> values() {
    return List.of(
        id,
        recipientHash,
        legalBusinessName,
        duns,
        addressLine1,
        addressLine2,
        businessTypesCodes,
        city,
        congressionalDistrict,
        countryCode,
        parentDuns,
        parentLegalBusinessName,
        state,
        zip4,
        zip5,
        PostgresArrays.format(alternateNames),
        source,
        updateDate,
        uei,
        parentUei);
  }
}
