package org.sbiretl.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.sbiretl.pipeline.enrich.EnrichRun;
import org.sbiretl.pipeline.enrich.RunSummary;
import org.sbiretl.pipeline.enrich.RunnerChoice;

/**
 * Recipients from a real PostgreSQL server, in a table with USAspending's {@code recipient_lookup}
 * columns and types (the array columns as {@code text[]}), run the way a user runs it ({@code
 * sbir-etl enrich --recipients jdbc:postgresql://…}, the password in {@code
 * SBIR_ETL_DATABASE_PASSWORD}, in a child JVM): the same rows and counters as the same recipients
 * read from CSV, and the password in no log line and no output file.
 *
 * <p>Runs when {@code SBIR_POSTGRES_URL}, {@code SBIR_POSTGRES_USER} and {@code
 * SBIR_POSTGRES_PASSWORD} are set; {@code runners/postgres/postgres-env.sh} starts such a server.
 */
@EnabledIfEnvironmentVariable(named = "SBIR_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresRecipientsIT {
  /** recipient_lookup as the USAspending dump defines it, arrays included. */
  private static final String DDL =
      "CREATE TABLE recipient_lookup (id bigint, recipient_hash uuid, legal_business_name text,"
          + " duns text, address_line_1 text, address_line_2 text, business_types_codes text[],"
          + " city text, congressional_district text, country_code text, parent_duns text,"
          + " parent_legal_business_name text, state text, zip4 text, zip5 text,"
          + " alternate_names text[], source text, update_date timestamptz, uei text,"
          + " parent_uei text)";

  @TempDir Path work;

  @Test
  void recipientsFromPostgresLinkLikeTheSameRecipientsFromCsv() throws Exception {
    String url = System.getenv("SBIR_POSTGRES_URL");
    String user = System.getenv("SBIR_POSTGRES_USER");
    String password = System.getenv("SBIR_POSTGRES_PASSWORD");
    TestInputs inputs = TestInputs.generate(work.resolve("in"), 60, 600);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        Reader csv = Files.newBufferedReader(inputs.recipients(), StandardCharsets.UTF_8)) {
      s.execute("DROP TABLE IF EXISTS recipient_lookup");
      s.execute(DDL);
      new CopyManager(c.unwrap(BaseConnection.class))
          .copyIn("COPY recipient_lookup FROM STDIN WITH (FORMAT csv, HEADER true)", csv);
    }

    Path fromCsv = work.resolve("csv");
    EnrichRun.Result expected = InProcessRun.enrich(inputs, RunnerChoice.FLINK, fromCsv);
    Path fromDb = work.resolve("postgres");
    Path log = work.resolve("logs/sbir-etl.log");
    int exit = enrichFromDatabase(inputs, url, user, password, fromDb, log);
    assertEquals(0, exit, "enrich from PostgreSQL; log:\n" + tail(work.resolve("client.log")));

    for (String table : InProcessRun.tables()) {
      if (!table.equals(org.sbiretl.pipeline.enrich.EnrichAwards.RECIPIENT_ERRORS)) {
        assertEquals(OutputRows.of(fromCsv, table), OutputRows.of(fromDb, table), table + " rows");
      }
    }
    assertFalse(OutputRows.of(fromDb, "matched").isEmpty(), "nothing matched");
    SortedMap<String, Long> csvCounters = new TreeMap<>(expected.counts().counters());
    csvCounters.remove("reading.recipient-ranges");
    assertEquals(csvCounters, counters(fromDb), "counters");

    // The password is nowhere: not in the log, the summary, the report or any output.
    assertTrue(Files.readString(log).contains(url), "the log names the database");
    try (Stream<Path> files = Files.walk(work)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(password), "the password is in " + f);
      }
    }
  }

  private static SortedMap<String, Long> counters(Path output) throws Exception {
    SortedMap<String, Long> counters = new TreeMap<>();
    ((Map<?, ?>) RunSummary.read(output).get("counters"))
        .forEach((k, v) -> counters.put(String.valueOf(k), ((Number) v).longValue()));
    return counters;
  }

  private int enrichFromDatabase(
      TestInputs inputs, String url, String user, String password, Path output, Path log)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("sbir.java17Opens", "").split("\\s+")));
    command.addAll(List.of("-Xmx1g", "-jar", System.getProperty("sbir.shadedJar"), "enrich"));
    command.addAll(List.of("--awards", inputs.awards().toString()));
    command.addAll(List.of("--recipients", url + "#recipient_lookup"));
    command.addAll(List.of("--output", output.toString(), "--format", "csv"));
    for (String setting : TestInputs.REVIEW_SETTINGS) {
      command.addAll(List.of("--set", setting));
    }
    command.addAll(List.of("--set", "database.user=" + user));
    command.addAll(List.of("--set", "logging.level=DEBUG", "--set", "logging.file=" + log));
    command.removeIf(String::isEmpty);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("client.log").toFile());
    builder.environment().put("SBIR_ETL_DATABASE_PASSWORD", password);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  private static String tail(Path log) throws Exception {
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(no log)");
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
