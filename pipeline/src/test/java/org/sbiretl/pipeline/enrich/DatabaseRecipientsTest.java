package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.config.ConfigLoader;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.config.LoggingSetup;
import org.sbiretl.pipeline.output.OutputReader;
import org.sbiretl.pipeline.output.OutputTables;

/**
 * The same recipients from a CSV file and from a DuckDB table give the same links, and the database
 * password appears in no log line and no output file.
 */
class DatabaseRecipientsTest {
  private static final String PASSWORD = "s3cret-db-pw";

  @TempDir Path dir;

  private static String resource(String name) {
    return Path.of("src/test/resources/edge", name).toAbsolutePath().toString();
  }

  private EnrichRun.Result enrich(String recipients, Path output) throws IOException {
    EtlConfig config =
        ConfigLoader.load(
            null,
            null,
            null,
            Map.of("SBIR_ETL_DATABASE_PASSWORD", PASSWORD),
            List.of(
                "output.format=csv",
                "database.user=etl",
                "logging.level=DEBUG",
                "logging.file=" + dir.resolve("log/sbir-etl.log")));
    LoggingSetup.apply(config);
    return EnrichRun.run(
        new EnrichRequest(
            resource("awards-extremes.csv"),
            recipients,
            output.toString(),
            RunnerChoice.DIRECT,
            null,
            0,
            config));
  }

  private static List<String> matched(Path output) throws IOException {
    return OutputReader.readAll(output, OutputTables.MATCHED).stream()
        .map(r -> r.text("award_id") + "->" + r.text("recipient_uei"))
        .sorted()
        .toList();
  }

  @Test
  void aDuckDbTableLinksLikeTheCsvItWasLoadedFrom() throws Exception {
    Path db = dir.resolve("usaspending.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE recipient_lookup AS SELECT * FROM read_csv('"
              + resource("recipients.csv")
              + "', header = true, all_varchar = true)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    EnrichRun.Result fromCsv = enrich(resource("recipients.csv"), dir.resolve("csv"));
    EnrichRun.Result fromDb = enrich("jdbc:duckdb:" + db, dir.resolve("db"));

    assertThat(matched(dir.resolve("db")), is(matched(dir.resolve("csv"))));
    assertThat(matched(dir.resolve("db")).isEmpty(), is(false));
    // Every counter agrees but the count of file ranges read, which a table does not have.
    Map<String, Long> csvCounters = new java.util.TreeMap<>(fromCsv.counts().counters());
    assertThat(csvCounters.remove("reading.recipient-ranges"), is(1L));
    assertThat(fromDb.counts().counters(), is(csvCounters));
    assertThat(
        String.valueOf(((Map<?, ?>) fromDb.summary().get("inputs")).get("recipients")),
        is("jdbc:duckdb:" + db + "#recipient_lookup as etl"));

    // The password is in no log line and no file the runs wrote.
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!f.toString().endsWith(".duckdb") && !f.toString().endsWith(".wal")) {
          assertThat(f.toString(), Files.readString(f), not(containsString(PASSWORD)));
        }
      }
    }
    assertThat(
        Files.readString(dir.resolve("log/sbir-etl.log")), containsString("jdbc:duckdb:" + db));
  }
}
