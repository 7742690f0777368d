package org.sbiretl.transforms.cet;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.FieldType;

/** The two CET outputs: one row per award, one row per company. Column meanings: docs/cet.md. */
public final class CetTables {
  public static final String CLASSIFICATIONS = "cet_award_classifications";
  public static final String PROFILES = "cet_company_profiles";

  public static final Schema CLASSIFICATION =
      Schema.builder()
          .addStringField("award_id")
          .addNullableField("agency_tracking_number", FieldType.STRING)
          .addStringField("company")
          .addStringField("outcome")
          .addNullableField("recipient_uei", FieldType.STRING)
          .addNullableField("award_year", FieldType.INT32)
          .addNullableField("award_amount", FieldType.DOUBLE)
          .addStringField("taxonomy_version")
          .addStringField("cet_area")
          .addStringField("cet_area_name")
          .addDoubleField("score")
          .addStringField("confidence")
          .addStringField("secondary_areas")
          .addInt32Field("evidence_phrases")
          .addStringField("evidence")
          .build();

  public static final Schema PROFILE =
      Schema.builder()
          .addStringField("company_key")
          .addStringField("key_kind")
          .addNullableField("recipient_uei", FieldType.STRING)
          .addStringField("company")
          .addInt64Field("awards")
          .addInt64Field("classified_awards")
          .addDoubleField("total_dollars")
          .addStringField("dominant_area")
          .addStringField("dominant_area_name")
          .addDoubleField("dominant_share")
          .addDoubleField("specialisation")
          .addNullableField("first_year", FieldType.INT32)
          .addNullableField("last_year", FieldType.INT32)
          .addStringField("area_awards")
          .addStringField("area_dollars")
          .addStringField("taxonomy_version")
          .build();

  private CetTables() {}
}
