package org.sbiretl.pipeline.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A filled-in spot-check sheet: reviewer verdicts counted, and the observed precision correct ÷
 * (correct + incorrect) with its Wilson 95% interval. Unsure and blank rows are left out of the
 * precision, and reported.
 */
public record SpotCheckVerdicts(long correct, long incorrect, long unsure, long blank) {
  public static final String VERDICT = "reviewer_verdict";

  public long judged() {
    return correct + incorrect;
  }

  public Double precision() {
    return judged() == 0 ? null : (double) correct / judged();
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("correct", correct);
    m.put("incorrect", incorrect);
    m.put("unsure", unsure);
    m.put("blank", blank);
    m.put("observed_precision", precision());
    if (judged() > 0) {
      Wilson w = Wilson.interval(correct, judged(), Wilson.Z95);
      m.put("wilson95_low", Math.round(w.low() * 10000.0) / 10000.0);
      m.put("wilson95_high", Math.round(w.high() * 10000.0) / 10000.0);
    }
    return m;
  }

  public static SpotCheckVerdicts read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("spot-check file not found: " + file);
    }
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    long correct = 0;
    long incorrect = 0;
    long unsure = 0;
    long blank = 0;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      if (!parser.getHeaderMap().containsKey(VERDICT)) {
        throw new IllegalArgumentException(file + ": no " + VERDICT + " column");
      }
      for (CSVRecord r : parser) {
        String v = r.isSet(VERDICT) ? r.get(VERDICT).toLowerCase(Locale.ROOT) : "";
        switch (v) {
          case "correct" -> correct++;
          case "incorrect" -> incorrect++;
          case "unsure" -> unsure++;
          case "" -> blank++;
          default ->
              throw new IllegalArgumentException(
                  file
                      + " line "
                      + r.getRecordNumber()
                      + ": reviewer_verdict must be correct, incorrect or unsure, got \""
                      + v
                      + "\"");
        }
      }
    }
    return new SpotCheckVerdicts(correct, incorrect, unsure, blank);
  }
}
