package org.sbiretl.pipeline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.sbiretl.pipeline.generate.AwardFactory;

/**
 * The malformed-input corpus: hostile award and recipient files, generated, each with the outcome
 * the tool must give. A case is either routed (the run writes its outputs, every bad row becomes an
 * error row with a reason or a flag, conservation holds) or refused (exit 1 and one line).
 */
final class MalformedInputs {
  static final Charset CP1252 = Charset.forName("windows-1252");

  /** The SBIR.gov export's columns, as the generator writes them. */
  static final List<String> AWARD_COLUMNS = AwardFactory.COLUMNS;

  static final String AWARD_HEADER = line(AWARD_COLUMNS);

  /** Three awards of firms in {@code edge/recipients.csv}: by UEI, by DUNS, by name only. */
  static final String MURRAY = award(Map.of());

  static final String ATLANTIC =
      award(
          Map.of(
              "Company", "Atlantic Optical Automation",
              "UEI", "",
              "Duns", "891477957",
              "City", "Columbia",
              "State", "MD",
              "Zip", "21043"));

  static final String SOUTHWEST =
      award(
          Map.of(
              "Company", "Southwest Controls LLC",
              "UEI", "",
              "City", "Lebanon",
              "State", "NH",
              "Zip", "03761"));

  static final String GOOD_AWARDS = AWARD_HEADER + "\n" + MURRAY + "\n" + ATLANTIC + "\n";

  private MalformedInputs() {}

  /** What the tool must do with a case's input. */
  sealed interface Outcome permits Routed, Refused {}

  /**
   * The run writes its outputs (exit 0, or 2 when a gate fails on such small data).
   *
   * @param awards the award rows read, or -1 when not pinned down
   * @param errorReasons reasons that must appear among the award error rows
   * @param recipientErrorReasons reasons that must appear among the recipient error rows
   * @param flags data-quality flags that must appear on valid awards
   * @param companies companies that must appear among the linked outputs (not swallowed)
   */
  record Routed(
      long awards,
      Set<String> errorReasons,
      Set<String> recipientErrorReasons,
      Set<String> flags,
      Set<String> companies)
      implements Outcome {
    Routed errors(String... reasons) {
      return new Routed(awards, Set.of(reasons), recipientErrorReasons, flags, companies);
    }

    Routed recipientErrors(String... reasons) {
      return new Routed(awards, errorReasons, Set.of(reasons), flags, companies);
    }

    Routed flags(String... names) {
      return new Routed(awards, errorReasons, recipientErrorReasons, Set.of(names), companies);
    }

    Routed companies(String... names) {
      return new Routed(awards, errorReasons, recipientErrorReasons, flags, Set.of(names));
    }
  }

  /** Exit 1 with one error line containing {@code message}. */
  record Refused(String message) implements Outcome {}

  static Routed routed(long awards) {
    return new Routed(awards, Set.of(), Set.of(), Set.of(), Set.of());
  }

  static Refused refused(String message) {
    return new Refused(message);
  }

  /** Writes a case's files into a directory it owns. */
  @FunctionalInterface
  interface Setup {
    void write(Path awards, Path recipients) throws IOException;
  }

  /**
   * One case: files written by {@code setup} to {@code awards.csv} and {@code recipients.csv}
   * (either may instead be made a directory, a FIFO, or left missing), plus the outcome.
   */
  record Case(String name, Setup setup, Outcome outcome, String... extraArgs) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** An award row: the Murray Labs award with some columns replaced. */
  static String award(Map<String, String> overrides) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String c : AWARD_COLUMNS) {
      v.put(c, "");
    }
    v.put("Company", "Murray Labs, LLC");
    v.put("Award Title", "Low-Cost Signal Battery");
    v.put("Agency", "Department of Energy");
    v.put("Phase", "Phase I");
    v.put("Program", "SBIR");
    v.put("Agency Tracking Number", "0000536567");
    v.put("Contract", "DE-SC0028832");
    v.put("Proposal Award Date", "2023-05-01");
    v.put("Award Year", "2023");
    v.put("Award Amount", "150000");
    v.put("UEI", "T9NRARZHB1QU");
    v.put("Number Employees", "12");
    v.put("City", "Champaign");
    v.put("State", "IL");
    v.put("Zip", "61889");
    v.put("Abstract", "This project addresses the need for a stealth receiver.");
    v.putAll(overrides);
    return line(new ArrayList<>(v.values()));
  }

  /** One award whose column {@code column} holds {@code value}. */
  static String awardsWith(String column, String value) {
    return AWARD_HEADER + "\n" + award(Map.of(column, value)) + "\n" + ATLANTIC + "\n";
  }

  static String line(List<String> cells) {
    return CSVFormat.DEFAULT.format(cells.toArray()).strip();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] zip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("awards.csv"));
      z.write(bytes);
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Header and rows with {@code extra} unknown columns appended to each. */
  static String wide(int extra) {
    List<String> header = new ArrayList<>(AWARD_COLUMNS);
    for (int i = 0; i < extra; i++) {
      header.add("Extra " + i);
    }
    String pad = ",".repeat(extra);
    return line(header) + "\n" + MURRAY + pad + "\n" + ATLANTIC + pad + "\n";
  }

  /** The award header with its columns in reverse order, and the rows to match. */
  static String reordered() {
    return Stream.of(AWARD_HEADER, MURRAY, ATLANTIC)
        .map(l -> reversedColumns(l) + "\n")
        .collect(Collectors.joining());
  }

  /** One CSV line with its cells in reverse order. */
  static String reversedColumns(String csvLine) {
    try {
      List<String> cells =
          new ArrayList<>(
              Arrays.asList(
                  CSVFormat.DEFAULT
                      .parse(new java.io.StringReader(csvLine))
                      .getRecords()
                      .get(0)
                      .values()));
      Collections.reverse(cells);
      return line(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static void write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
  }
}
