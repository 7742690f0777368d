package org.sbiretl.transforms.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The {@code unparsed_values} column: values the reader could not normalise, kept as read. */
final class UnparsedValues {
  private static final ObjectMapper JSON = new ObjectMapper();

  private UnparsedValues() {}

  /** A JSON object of column → original text, or null when nothing was left unparsed. */
  static @Nullable String toJson(Map<String, String> unparsed) {
    if (unparsed.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(unparsed);
    } catch (JsonProcessingException e) {
      // A map of strings always serialises; this would be a Jackson defect.
      throw new IllegalStateException(e);
    }
  }
}
