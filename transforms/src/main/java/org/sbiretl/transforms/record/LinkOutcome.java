package org.sbiretl.transforms.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the linker decided for one award: the outcome, how, with what evidence, and the chosen (or
 * best) recipient. Column names are part of the output contract.
 */
@DefaultSchema(JavaFieldSchema.class)
public class LinkOutcome {
  public static final String MATCHED = "matched";
  public static final String REVIEW = "review";
  public static final String UNMATCHED = "unmatched";

  @SchemaFieldName("award_id")
  public String awardId = "";

  /** {@link #MATCHED}, {@link #REVIEW} or {@link #UNMATCHED}. */
  @SchemaFieldName("outcome")
  public String outcome = UNMATCHED;

  /** {@code uei-exact}, {@code duns-exact} or {@code name-probabilistic}; null unless matched. */
  @SchemaFieldName("match_method")
  public @Nullable String matchMethod;

  /** Why a row is in review or unmatched, e.g. {@code ambiguous}, {@code no-candidate}. */
  @SchemaFieldName("reason")
  public @Nullable String reason;

  /**
   * The decision in words, for a reviewer: what the deciding candidate agreed on and what kept it
   * from a link, e.g. "name exact, location same-state (another city and ZIP area): p 0.857 is
   * below the 0.90 a link needs".
   */
  @SchemaFieldName("decision_summary")
  public @Nullable String decisionSummary;

  /** Flags on a match, e.g. {@code identifier_name_conflict}. */
  @SchemaFieldName("match_flags")
  public List<String> matchFlags = new ArrayList<>();

  @SchemaFieldName("match_probability")
  public @Nullable Double matchProbability;

  @SchemaFieldName("second_best_probability")
  public @Nullable Double secondBestProbability;

  @SchemaFieldName("candidate_count")
  public int candidateCount;

  /** JSON: the weight each comparison contributed to the chosen or best candidate. */
  @SchemaFieldName("match_explanation")
  public @Nullable String matchExplanation;

  /** JSON array of the top candidates with their probabilities (review and unmatched rows). */
  @SchemaFieldName("candidates")
  public @Nullable String candidates;

  @SchemaFieldName("recipient_id")
  public @Nullable String recipientId;

  @SchemaFieldName("recipient_uei")
  public @Nullable String recipientUei;

  @SchemaFieldName("recipient_duns")
  public @Nullable String recipientDuns;

  @SchemaFieldName("recipient_name")
  public @Nullable String recipientName;

  @SchemaFieldName("recipient_parent_uei")
  public @Nullable String recipientParentUei;

  @SchemaFieldName("recipient_parent_name")
  public @Nullable String recipientParentName;

  @SchemaFieldName("recipient_address_line_1")
  public @Nullable String recipientAddressLine1;

  @SchemaFieldName("recipient_city")
  public @Nullable String recipientCity;

  @SchemaFieldName("recipient_state")
  public @Nullable String recipientState;

  @SchemaFieldName("recipient_zip5")
  public @Nullable String recipientZip5;

  @SchemaFieldName("recipient_business_types_codes")
  public @Nullable String recipientBusinessTypesCodes;

  /** Copies the recipient's fields into the recipient_* columns. */
  public void setRecipient(Recipient r) {
    recipientId = r.id;
    recipientUei = r.uei;
    recipientDuns = r.duns;
    recipientName = r.legalBusinessName;
    recipientParentUei = r.parentUei;
    recipientParentName = r.parentLegalBusinessName;
    recipientAddressLine1 = r.addressLine1;
    recipientCity = r.city;
    recipientState = r.state;
    recipientZip5 = r.zip5;
    recipientBusinessTypesCodes = r.businessTypesCodes;
  }

  /** Copies another outcome's recipient_* columns: the same recipient, linked again. */
  public void setRecipientFrom(LinkOutcome other) {
    recipientId = other.recipientId;
    recipientUei = other.recipientUei;
    recipientDuns = other.recipientDuns;
    recipientName = other.recipientName;
    recipientParentUei = other.recipientParentUei;
    recipientParentName = other.recipientParentName;
    recipientAddressLine1 = other.recipientAddressLine1;
    recipientCity = other.recipientCity;
    recipientState = other.recipientState;
    recipientZip5 = other.recipientZip5;
    recipientBusinessTypesCodes = other.recipientBusinessTypesCodes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LinkOutcome other
        && awardId.equals(other.awardId)
        && outcome.equals(other.outcome)
        && Objects.equals(matchMethod, other.matchMethod)
        && Objects.equals(reason, other.reason)
        && Objects.equals(recipientUei, other.recipientUei)
        && Objects.equals(recipientId, other.recipientId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(awardId, outcome, matchMethod, reason, recipientUei, recipientId);
  }

  @Override
  public String toString() {
    return "LinkOutcome{"
        + awardId
        + " "
        + outcome
        + " "
        + (matchMethod != null ? matchMethod : reason)
        + " "
        + recipientUei
        + " p="
        + matchProbability
        + "}";
  }
}
