package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.sbiretl.pipeline.cli.MalformedInputs.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sbiretl.pipeline.output.OutputDirs;
import org.sbiretl.pipeline.output.OutputTables;

/**
 * Runs {@code enrich} (Direct runner, in-process) on every case of the malformed-input corpus
 * ({@link MalformedInputs}): either the run writes its outputs, with each bad row an error row with
 * its reason or a flagged award, every award id in exactly one output, and nothing swallowed; or it
 * stops with exit 1 and one error line. Never a stack trace on the terminal, never a hang.
 */
class MalformedInputCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RECIPIENTS = readRecipients();
  private static final String RECIPIENT_HEADER = RECIPIENTS.substring(0, RECIPIENTS.indexOf('\n'));
  private static final String R1 = RECIPIENTS.split("\n")[1];

  @TempDir Path dir;

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    Map<String, String> none = Map.of();
    // --- encodings
    c.add(
        awards(
            "latin-1 award",
            concat(
                utf8(AWARD_HEADER + "\n"),
                award(Map.of("Company", "Société Café Labs")).getBytes(StandardCharsets.ISO_8859_1),
                utf8("\n" + ATLANTIC + "\n")),
            routed(2).flags("text-not-utf8").companies("Société Café Labs")));
    c.add(
        awards(
            "windows-1252 smart quotes",
            concat(
                utf8(AWARD_HEADER + "\n"),
                award(Map.of("Award Title", "\u201cSmart\u201d \u2013 Title")).getBytes(CP1252),
                utf8("\n" + ATLANTIC + "\n")),
            routed(2).flags("text-not-utf8")));
    c.add(
        recipients(
            "windows-1252 recipient",
            concat(
                utf8(RECIPIENT_HEADER + "\n"),
                R1.replace("MURRAY LABS", "MÜRRAY LABS").getBytes(CP1252),
                utf8("\n" + RECIPIENTS.substring(RECIPIENTS.indexOf('\n') + 1))),
            routed(2)));
    c.add(
        awards(
            "utf-8 byte-order mark",
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(GOOD_AWARDS)),
            routed(2).companies("Murray Labs, LLC")));
    c.add(
        recipients(
            "utf-8 byte-order mark recipients",
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(RECIPIENTS)),
            routed(2)));
    c.add(
        awards(
            "utf-16le with bom",
            concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                GOOD_AWARDS.getBytes(StandardCharsets.UTF_16LE)),
            refused("UTF-16")));
    c.add(
        awards(
            "utf-16be with bom", GOOD_AWARDS.getBytes(StandardCharsets.UTF_16), refused("UTF-16")));
    c.add(
        awards(
            "utf-16le without bom",
            GOOD_AWARDS.getBytes(StandardCharsets.UTF_16LE),
            refused("UTF-16")));
    c.add(
        recipients(
            "utf-16 recipients", RECIPIENTS.getBytes(StandardCharsets.UTF_16), refused("UTF-16")));
    c.add(awards("gzip awards", gzip(utf8(GOOD_AWARDS)), refused("gzip")));
    c.add(recipients("gzip recipients", gzip(utf8(RECIPIENTS)), refused("gzip")));
    c.add(awards("zip awards", zip(utf8(GOOD_AWARDS)), refused("ZIP")));
    c.add(awards("binary awards", binary(), refused("binary")));
    c.add(recipients("binary recipients", binary(), refused("binary")));
    // --- NUL bytes and line endings
    c.add(
        awards(
            "nul byte in a field",
            AWARD_HEADER + "\n" + award(Map.of("Award Title", "Bad\0Title")) + "\n" + ATLANTIC,
            routed(2)));
    c.add(
        awards("nul bytes throughout", GOOD_AWARDS.replace("e", "\0"), refused("not a text file")));
    c.add(
        recipients(
            "nul byte in a recipient",
            RECIPIENTS.replace("MURRAY LABS", "MURRAY\0LABS"),
            routed(2)));
    c.add(awards("crlf line ends", GOOD_AWARDS.replace("\n", "\r\n"), routed(2)));
    c.add(awards("cr line ends", GOOD_AWARDS.replace("\n", "\r"), routed(2)));
    c.add(
        awards(
            "mixed line ends",
            AWARD_HEADER + "\r\n" + MURRAY + "\n" + ATLANTIC + "\r" + SOUTHWEST + "\r\n",
            routed(3)));
    c.add(recipients("crlf recipients", RECIPIENTS.replace("\n", "\r\n"), routed(2)));
    c.add(awards("no final line end", GOOD_AWARDS.strip(), routed(2)));
    c.add(awards("blank lines between rows", GOOD_AWARDS.replace("\n", "\n\n\n"), routed(2)));
    // --- truncation and quotes
    c.add(
        awards(
            "truncated mid-row",
            AWARD_HEADER + "\n" + MURRAY + "\n" + ATLANTIC.substring(0, 40),
            routed(2).errors("ragged-row").companies("Murray Labs, LLC")));
    c.add(
        awards(
            "truncated inside a quoted field",
            AWARD_HEADER + "\n" + ATLANTIC + "\n" + MURRAY.substring(0, 10),
            routed(2).errors("unclosed-quote").companies("Atlantic Optical Automation")));
    c.add(
        awards(
            "quote left open swallowing the next rows",
            AWARD_HEADER
                + "\n"
                + award(Map.of("Award Title", "X")).replace(",X,", ",\"X open,")
                + "\n"
                + ATLANTIC
                + "\n"
                + SOUTHWEST
                + "\n",
            routed(3)
                .errors("unclosed-quote")
                .companies("Atlantic Optical Automation", "Southwest Controls LLC")));
    c.add(
        awards(
            "odd opening quote closed by the next row",
            AWARD_HEADER
                + "\n"
                + award(Map.of("Award Title", "X")).replace(",X,", ",\"X odd,")
                + "\n"
                + award(Map.of("Company", "Beta Quoted", "Award Title", "\"Quoted\" title"))
                + "\n"
                + ATLANTIC
                + "\n",
            routed(3).errors("unclosed-quote").companies("Atlantic Optical Automation")));
    c.add(
        awards(
            "quote inside an unquoted field",
            awardsWith("Award Title", "A 5\" disk").replace("\"A 5\"\" disk\"", "A 5\" disk"),
            routed(2)));
    c.add(
        awards(
            "text after a closing quote",
            AWARD_HEADER + "\n" + MURRAY.replace("\"Murray Labs, LLC\"", "\"Murray Labs\" LLC"),
            routed(1).companies("Murray Labs LLC")));
    c.add(
        recipients(
            "recipient quote left open",
            RECIPIENTS.replace("\"MURRAY LABS, LLC\"", "\"MURRAY LABS, LLC"),
            routed(2).recipientErrors("unclosed-quote")));
    // --- ragged rows and size
    c.add(
        awards(
            "too few fields", GOOD_AWARDS + "Acme,DOD,Phase I\n", routed(3).errors("ragged-row")));
    c.add(
        awards(
            "too many fields", GOOD_AWARDS + MURRAY + ",extra\n", routed(3).errors("ragged-row")));
    c.add(
        awards(
            "a row of commas",
            GOOD_AWARDS + ",".repeat(41) + "\n",
            routed(3).errors("missing-company")));
    c.add(awards("one column", GOOD_AWARDS + "justone\n", routed(3).errors("ragged-row")));
    c.add(
        recipients(
            "ragged recipient", RECIPIENTS + "1,2,3\n", routed(2).recipientErrors("ragged-row")));
    c.add(
        awards(
            "10 MB field",
            awardsWith("Abstract", "word ".repeat(2_000_000)),
            routed(2).companies("Murray Labs, LLC")));
    c.add(awards("5,000 columns", wide(5_000), routed(2).companies("Murray Labs, LLC")));
    c.add(
        recipients(
            "5,000 recipient columns",
            wideRecipients(5_000),
            routed(2).companies("Murray Labs, LLC")));
    c.add(
        awards(
            "10,000 short rows",
            AWARD_HEADER + "\n" + "x,y\n".repeat(10_000),
            routed(10_000).errors("ragged-row")));
    // --- headers
    c.add(awards("empty file", "", refused("empty")));
    c.add(awards("header only", AWARD_HEADER + "\n", routed(0)));
    c.add(awards("header only, no line end", AWARD_HEADER, routed(0)));
    c.add(awards("blank lines only", "\n\n\n", refused("empty")));
    c.add(
        awards(
            "missing Company column",
            GOOD_AWARDS.replaceFirst("Company", "Xyzzy"),
            refused("Company")));
    c.add(awards("unknown header", "foo,bar,baz\n1,2,3\n", refused("header")));
    c.add(awards("no header, data first", MURRAY + "\n" + ATLANTIC + "\n", refused("header")));
    c.add(awards("reordered columns", reordered(), routed(2).companies("Murray Labs, LLC")));
    c.add(
        awards(
            "duplicate Company column",
            AWARD_HEADER + ",Company\n" + MURRAY + ",Other Firm\n",
            routed(1).companies("Murray Labs, LLC")));
    c.add(
        awards(
            "header names in other case and spacing",
            GOOD_AWARDS.replaceFirst("Award Amount", "  award amount "),
            routed(2)));
    c.add(awards("unknown extra columns", wide(3), routed(2)));
    c.add(recipients("recipients empty", "", refused("no recipient rows")));
    c.add(
        recipients(
            "recipients header only", RECIPIENT_HEADER + "\n", refused("no recipient rows")));
    c.add(
        recipients(
            "recipients from another export",
            "recipient_name,recipient_uei,recipient_state\nMURRAY LABS,T9NRARZHB1QU,IL\n",
            refused("no legal_business_name column")));
    c.add(
        recipients(
            "recipients header without a name",
            RECIPIENTS.replaceFirst("legal_business_name", "business"),
            refused("no legal_business_name column")));
    c.add(
        recipients(
            "recipients header without identifiers",
            RECIPIENTS.replaceFirst(",duns,", ",d,").replaceFirst(",uei,", ",u,"),
            refused("neither a uei nor a duns column")));
    c.add(
        recipients(
            "recipients headerless dump",
            RECIPIENTS.substring(RECIPIENTS.indexOf('\n') + 1),
            routed(2)));
    c.add(
        recipients(
            "recipients reordered",
            reorderedRecipients(),
            routed(2).companies("Murray Labs, LLC")));
    c.add(
        recipients(
            "recipients duplicate column",
            RECIPIENTS.replaceFirst("\n", ",legal_business_name\n").replace(R1, R1 + ",OTHER NAME"),
            routed(2)));
    // --- numbers
    for (String amount :
        List.of(
            "NaN", "inf", "-Infinity", "1.23E8", "$1,000,000.00", "1,000", "-5", "abc", "0x10")) {
      c.add(awards("amount " + amount, awardsWith("Award Amount", amount), routed(2)));
    }
    c.add(
        awards(
            "employees NaN",
            awardsWith("Number Employees", "NaN"),
            routed(2).flags("employees-unparseable")));
    c.add(awards("employees 12.0", awardsWith("Number Employees", "12.0"), routed(2)));
    c.add(
        awards(
            "award year 20x3",
            awardsWith("Award Year", "20x3"),
            routed(2).flags("year-unparseable")));
    c.add(
        awards(
            "amount text",
            awardsWith("Award Amount", "lots"),
            routed(2).flags("amount-unparseable")));
    // --- identifiers
    for (String uei :
        List.of("nan", "None", "0", "NULL", "t9nr arzh b1qu", "T9NRARZHB1Q", "T9NRARZHB1QU0")) {
      c.add(awards("uei " + uei, awardsWith("UEI", uei), routed(2)));
    }
    for (String duns :
        List.of("000000000", "0", "nan", "12-345-6789", "859244204.0", "'079179794'", "12345")) {
      c.add(awards("duns " + duns, awardsWith("Duns", duns), routed(2)));
    }
    c.add(
        awards(
            "malformed uei flagged",
            awardsWith("UEI", "T9NRARZHB1Q"),
            routed(2).flags("uei-malformed")));
    c.add(recipients("recipient uei nan", RECIPIENTS.replace("T9NRARZHB1QU", "nan"), routed(2)));
    c.add(
        recipients(
            "recipient without name or identifiers",
            RECIPIENTS + "99,h,,,,,,X,,USA,,,VA,,22201,{},sam,,,\n",
            routed(2).recipientErrors("missing-recipient-identity")));
    // --- dates
    for (String date :
        List.of(
            "2019-13-45",
            "1/2/1899",
            "02/30/2020",
            "March 5, 2021",
            "20200101",
            "0000-00-00",
            "31.12.2020")) {
      c.add(awards("date " + date, awardsWith("Proposal Award Date", date), routed(2)));
    }
    c.add(
        awards(
            "impossible date flagged",
            awardsWith("Proposal Award Date", "2019-13-45"),
            routed(2).flags("date-unparseable")));
    c.add(
        awards(
            "state Narnia flagged",
            awardsWith("State", "Narnia"),
            routed(2).flags("state-unknown")));
    c.add(
        awards(
            "zip 1234567 flagged", awardsWith("Zip", "12x45"), routed(2).flags("zip-malformed")));
    c.add(
        awards(
            "phase X flagged", awardsWith("Phase", "Phase X"), routed(2).flags("phase-unknown")));
    // --- placeholders and injection
    for (String placeholder : List.of("-", "N/A", "none", "null")) {
      c.add(awards("placeholder " + placeholder, awardsWith("City", placeholder), routed(2)));
    }
    for (String formula :
        List.of("=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3")) {
      c.add(awards("formula " + formula, awardsWith("Award Title", formula), routed(2)));
    }
    c.add(
        awards("missing company", awardsWith("Company", ""), routed(2).errors("missing-company")));
    c.add(
        awards(
            "company of spaces",
            awardsWith("Company", "   "),
            routed(2).errors("missing-company")));
    // --- duplicates
    c.add(awards("the same row twice", GOOD_AWARDS + MURRAY + "\n", routed(3)));
    c.add(
        awards(
            "the same award in two rows",
            GOOD_AWARDS + award(Map.of("City", "Urbana")) + "\n",
            routed(3)));
    // --- files that are not files
    c.add(
        new Case(
            "awards path is a directory",
            (a, r) -> {
              Files.createDirectories(a);
              write(r, RECIPIENTS);
            },
            refused("directory")));
    c.add(
        new Case(
            "recipients path is a directory",
            (a, r) -> {
              write(a, GOOD_AWARDS);
              Files.createDirectories(r);
            },
            refused("directory")));
    c.add(
        new Case(
            "awards path is a FIFO",
            (a, r) -> {
              fifo(a);
              write(r, RECIPIENTS);
            },
            refused("not a regular file")));
    c.add(
        new Case(
            "awards file missing",
            (a, r) -> write(r, RECIPIENTS),
            refused("awards file not found")));
    c.add(
        new Case(
            "recipients file missing",
            (a, r) -> write(a, GOOD_AWARDS),
            refused("recipients file not found")));
    c.add(
        new Case(
            "glob matching nothing",
            (a, r) -> write(r, RECIPIENTS),
            refused("not found"),
            "--awards",
            "{dir}/nothing-*.csv"));
    c.add(
        new Case(
            "awards file without read permission",
            (a, r) -> {
              write(a, GOOD_AWARDS);
              write(r, RECIPIENTS);
              Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("---------"));
            },
            // Root reads it anyway; anyone else is refused.
            Files.isReadable(Path.of("/root")) ? routed(2) : refused("not readable")));
    c.add(
        new Case(
            "output under a file",
            (a, r) -> {
              write(a, GOOD_AWARDS);
              write(r, RECIPIENTS);
              write(a.resolveSibling("plain-file"), "x");
            },
            refused("plain-file"),
            "--output",
            "{dir}/plain-file/out"));
    c.add(
        new Case(
            "output on a read-only file system",
            (a, r) -> {
              write(a, GOOD_AWARDS);
              write(r, RECIPIENTS);
            },
            refused("/proc/sbir-etl-out"),
            "--output",
            "/proc/sbir-etl-out"));
    c.add(
        new Case(
            "output holding a previous run's tables",
            (a, r) -> {
              write(a, GOOD_AWARDS);
              write(r, RECIPIENTS);
              Path stale = Files.createDirectories(a.resolveSibling("out/matched"));
              write(stale.resolve("part-stale.csv"), "award_id,company\nstale-id,Stale Firm\n");
              write(a.resolveSibling("out/notes.txt"), "the user's own file");
            },
            // The id check finds any stale row left in a table.
            routed(2).companies("Murray Labs, LLC")));
    return c.stream();
  }

  @Test
  void filesOfOtherNamesInTheOutputDirectoryAreLeftAlone() throws Exception {
    Case previous =
        cases().filter(c -> c.name().startsWith("output holding")).findFirst().orElseThrow();
    eachHostileInputIsRoutedOrRefusedInOneLine(previous);
    assertThat(Files.readString(dir.resolve("out/notes.txt")), is("the user's own file"));
    assertThat(Files.exists(dir.resolve("out/matched/part-stale.csv")), is(false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void eachHostileInputIsRoutedOrRefusedInOneLine(Case c) throws Exception {
    Path awards = dir.resolve("awards.csv");
    Path recipients = dir.resolve("recipients.csv");
    c.setup().write(awards, recipients);
    CommandRun command = new CommandRun(dir);
    // A case may replace an input or the output with a path of its own.
    java.util.Map<String, String> paths =
        new java.util.HashMap<>(
            java.util.Map.of(
                "--awards",
                awards.toString(),
                "--recipients",
                recipients.toString(),
                "--output",
                dir.resolve("out").toString()));
    for (int i = 0; i < c.extraArgs().length; i += 2) {
      paths.put(c.extraArgs()[i], c.extraArgs()[i + 1].replace("{dir}", dir.toString()));
    }
    int code =
        command.enrich(
            Path.of(paths.get("--awards")),
            Path.of(paths.get("--recipients")),
            Path.of(paths.get("--output")),
            "--format",
            "csv");
    String terminal = command.out() + "\n" + command.err();
    assertThat(terminal, not(containsString("\tat ")));
    assertThat(terminal, not(containsString("Exception")));
    if (c.outcome() instanceof Refused refused) {
      assertThat(terminal, code, is(ExitCodes.RUN_FAILED));
      List<String> errors = command.err().lines().filter(l -> l.startsWith("error:")).toList();
      assertThat(terminal, errors.size(), is(1));
      assertThat(errors.get(0), containsString(refused.message()));
    } else {
      assertThat(terminal, code, is(oneOf(ExitCodes.OK, ExitCodes.GATE_FAILED)));
      assertRouted((Routed) c.outcome(), dir.resolve("out"));
    }
  }

  private static void assertRouted(Routed routed, Path out) throws IOException {
    JsonNode summary = JSON.readTree(out.resolve("run-summary.json").toFile());
    assertThat(summary.toString(), summary.at("/conservation/holds").asBoolean(), is(true));
    long read = summary.at("/conservation/awards_read").asLong();
    if (routed.awards() >= 0) {
      assertThat(read, is(routed.awards()));
    }
    // Every award id in exactly one output, checked here by id and not by the run's own sums.
    Set<String> ids = new HashSet<>();
    Set<String> companies = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (String table : OutputTables.ALL) {
      for (CSVRecord row : OutputDirs.rows(out.resolve(table))) {
        if (!ids.add(row.get("award_id"))) {
          duplicates.add(row.get("award_id"));
        }
        if (row.isMapped("company")) {
          companies.add(row.get("company"));
        }
      }
    }
    assertThat(duplicates, is(empty()));
    assertThat((long) ids.size(), is(read));
    assertThat(companies, hasItems(routed.companies().toArray(String[]::new)));
    assertThat(
        keys(summary.at("/errors_by_reason")),
        hasItems(routed.errorReasons().toArray(String[]::new)));
    assertThat(
        keys(summary.at("/recipient_errors_by_reason")),
        hasItems(routed.recipientErrorReasons().toArray(String[]::new)));
    assertThat(
        keys(summary.at("/data_quality_flags")), hasItems(routed.flags().toArray(String[]::new)));
    for (CSVRecord e : OutputDirs.rows(out.resolve(OutputTables.ERRORS))) {
      assertThat(e.get("reason"), not(is("")));
      assertThat(e.get("original_text"), not(is("")));
      assertThat(Long.parseLong(e.get("source_row")), greaterThanOrEqualTo(1L));
    }
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> out = new HashSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void theCorpusHasAtLeastAHundredCasesAndEveryClassTheIssueNames() {
    List<String> names = cases().map(Case::name).toList();
    assertThat(names.size(), greaterThanOrEqualTo(100));
    assertThat(Set.copyOf(names).size(), is(names.size()));
  }

  private static Case awards(String name, String text, Outcome outcome) {
    return awards(name, utf8(text), outcome);
  }

  private static Case awards(String name, byte[] bytes, Outcome outcome) {
    return files(name, bytes, utf8(RECIPIENTS), outcome);
  }

  private static Case recipients(String name, String text, Outcome outcome) {
    return recipients(name, utf8(text), outcome);
  }

  private static Case recipients(String name, byte[] bytes, Outcome outcome) {
    return files(name, utf8(GOOD_AWARDS), bytes, outcome);
  }

  private static Case files(String name, byte[] awards, byte[] recipients, Outcome outcome) {
    return new Case(
        name,
        (a, r) -> {
          write(a, awards);
          write(r, recipients);
        },
        outcome);
  }

  private static byte[] binary() {
    byte[] b = new byte[4096];
    new java.util.Random(7).nextBytes(b);
    return b;
  }

  private static void fifo(Path path) throws IOException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).start();
      if (p.waitFor() != 0) {
        throw new IOException("mkfifo failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String wideRecipients(int extra) {
    StringBuilder out = new StringBuilder();
    String pad = ",".repeat(extra);
    StringBuilder header = new StringBuilder(RECIPIENT_HEADER);
    for (int i = 0; i < extra; i++) {
      header.append(",extra_").append(i);
    }
    out.append(header).append('\n');
    RECIPIENTS.lines().skip(1).forEach(l -> out.append(l).append(pad).append('\n'));
    return out.toString();
  }

  private static String reorderedRecipients() {
    StringBuilder out = new StringBuilder();
    RECIPIENTS.lines().forEach(l -> out.append(reversedColumns(l)).append('\n'));
    return out.toString();
  }

  private static String readRecipients() {
    try {
      return Files.readString(Path.of("src/test/resources/edge/recipients.csv"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static org.hamcrest.Matcher<String> not(org.hamcrest.Matcher<String> m) {
    return org.hamcrest.Matchers.not(m);
  }
}
