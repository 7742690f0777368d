package org.sbiretl.transforms.record;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Dead-letter envelope for an input row that cannot be used: why, where it came from and the
 * original text, so nothing bad disappears and every row can be traced back to its file.
 */
@DefaultSchema(JavaFieldSchema.class)
public class ErrorRecord {
  /** Deterministic id of the rejected row, in the same id space as {@link Award#awardId}. */
  @SchemaFieldName("award_id")
  public String awardId = "";

  /** Stable, machine-readable reason, e.g. {@code ragged-row}; see {@link ErrorReason}. */
  @SchemaFieldName("reason")
  public String reason = "";

  @SchemaFieldName("message")
  public String message = "";

  @SchemaFieldName("source_file")
  public String sourceFile = "";

  @SchemaFieldName("source_row")
  public long sourceRow;

  @SchemaFieldName("original_text")
  public @Nullable String originalText;

  public static ErrorRecord of(
      String awardId,
      ErrorReason reason,
      String message,
      String sourceFile,
      long sourceRow,
      @Nullable String originalText) {
    ErrorRecord e = new ErrorRecord();
    e.awardId = awardId;
    e.reason = reason.code();
    e.message = message;
    e.sourceFile = sourceFile;
    e.sourceRow = sourceRow;
    e.originalText = originalText;
    return e;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ErrorRecord other
        && awardId.equals(other.awardId)
        && reason.equals(other.reason)
        && sourceFile.equals(other.sourceFile)
        && sourceRow == other.sourceRow;
  }

  @Override
  public int hashCode() {
    return Objects.hash(awardId, reason, sourceFile, sourceRow);
  }

  @Override
  public String toString() {
    return "ErrorRecord{" + reason + " " + sourceFile + ":" + sourceRow + " " + message + "}";
  }
}
