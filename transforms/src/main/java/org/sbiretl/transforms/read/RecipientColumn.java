package org.sbiretl.transforms.read;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The fields of USAspending's {@code recipient_lookup}, in the order of its headerless dump. */
public enum RecipientColumn {
  ID,
  RECIPIENT_HASH,
  LEGAL_BUSINESS_NAME,
  DUNS,
  ADDRESS_LINE_1,
  ADDRESS_LINE_2,
  BUSINESS_TYPES_CODES,
  CITY,
  CONGRESSIONAL_DISTRICT,
  COUNTRY_CODE,
  PARENT_DUNS,
  PARENT_LEGAL_BUSINESS_NAME,
  STATE,
  ZIP4,
  ZIP5,
  ALTERNATE_NAMES,
  SOURCE,
  UPDATE_DATE,
  UEI,
  PARENT_UEI;

  /** The snake_case field name used in the dump's DDL, CSV headers and Parquet files. */
  public String fieldName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field a header cell names, or null: matched ignoring case and punctuation. */
  public static @Nullable RecipientColumn forHeader(String header) {
    String key = AwardColumn.key(header);
    for (RecipientColumn c : values()) {
      if (AwardColumn.key(c.fieldName()).equals(key)) {
        return c;
      }
    }
    return null;
  }
}
