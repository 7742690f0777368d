package org.sbiretl.pipeline.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The known answers: {@code agency_tracking_number,expected_uei}. An empty expected UEI means the
 * award's company has no recipient record, so any match for it is a false positive.
 */
public record Truth(Map<String, String> expectedByTrackingNumber) {
  public static final String TRACKING_NUMBER = "agency_tracking_number";
  public static final String EXPECTED_UEI = "expected_uei";

  /** The expected UEI ("" for none), or null when the award is not in the truth file. */
  public String expected(String trackingNumber) {
    return trackingNumber == null ? null : expectedByTrackingNumber.get(trackingNumber);
  }

  public long withRecipient() {
    return expectedByTrackingNumber.values().stream().filter(v -> !v.isEmpty()).count();
  }

  public int size() {
    return expectedByTrackingNumber.size();
  }

  public static Truth read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("truth file not found: " + file);
    }
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    Map<String, String> expected = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      if (!parser.getHeaderMap().containsKey(TRACKING_NUMBER)
          || !parser.getHeaderMap().containsKey(EXPECTED_UEI)) {
        throw new IllegalArgumentException(
            file + ": the truth file needs the columns " + TRACKING_NUMBER + "," + EXPECTED_UEI);
      }
      for (CSVRecord r : parser) {
        String atn = r.get(TRACKING_NUMBER);
        if (!atn.isEmpty()) {
          expected.put(atn, r.isSet(EXPECTED_UEI) ? r.get(EXPECTED_UEI) : "");
        }
      }
    }
    return new Truth(expected);
  }
}
