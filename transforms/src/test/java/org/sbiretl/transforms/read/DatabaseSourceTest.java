package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.Recipient;

/** Recipients from a DuckDB file shaped like USAspending's recipient_lookup, end to end. */
class DatabaseSourceTest {
  @TempDir Path dir;

  private String database(String... statements) throws SQLException {
    String url = "jdbc:duckdb:" + dir.resolve("usaspending.duckdb");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    return url;
  }

  private static final String TABLE =
      "CREATE TABLE recipient_lookup (id INTEGER, legal_business_name VARCHAR, duns VARCHAR,"
          + " uei VARCHAR, state VARCHAR, zip5 VARCHAR, alternate_names VARCHAR[])";

  @Test
  void readsEveryRowIntoRecipientsAndErrors() throws SQLException {
    String url =
        database(
            TABLE,
            "INSERT INTO recipient_lookup VALUES"
                + " (1, 'Acme Inc', '79179794', 'abc123def456', 'MA', '02110',"
                + " ['Acme Robotics', 'A \"Q\", Co']),"
                + " (2, 'Beta LLC', NULL, 'BBBBBBBBBBBB', 'va', NULL, NULL),"
                + " (3, NULL, NULL, 'bad', 'MA', NULL, []),"
                // No id: in no id range, read on its own.
                + " (NULL, 'Gamma Corp', NULL, 'GGGGGGGGGGGG', 'CA', NULL, NULL),"
                + " (1000000, 'Delta Co', NULL, 'DDDDDDDDDDDD', 'TX', NULL, NULL)");
    DatabaseSource source = DatabaseSource.parse(url, null, null).check();
    assertThat(source.readsIdRanges(), is(true));

    Pipeline p = Pipeline.create();
    PCollectionTuple out = p.apply(ReadRecipients.fromDatabase(source));
    PAssert.that(
            out.get(ReadRecipients.RECIPIENTS)
                .apply(
                    "Summary",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (Recipient r) ->
                                r.legalBusinessName
                                    + "|"
                                    + r.uei
                                    + "|"
                                    + r.duns
                                    + "|"
                                    + r.state
                                    + "|"
                                    + r.alternateNames
                                    + "|"
                                    + r.sourceFile)))
        .containsInAnyOrder(
            "Acme Inc|ABC123DEF456|079179794|MA|[Acme Robotics, A \"Q\", Co]|"
                + url
                + "#recipient_lookup",
            "Beta LLC|BBBBBBBBBBBB|null|VA|[]|" + url + "#recipient_lookup",
            "Gamma Corp|GGGGGGGGGGGG|null|CA|[]|" + url + "#recipient_lookup",
            "Delta Co|DDDDDDDDDDDD|null|TX|[]|" + url + "#recipient_lookup");
    PAssert.that(
            out.get(ReadRecipients.ERRORS)
                .apply(
                    "Reasons",
                    MapElements.into(TypeDescriptors.strings()).via((ErrorRecord e) -> e.reason)))
        .containsInAnyOrder("missing-recipient-identity");
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(PipelineMetrics.counter(result, "recipients", "recipients.read"), is(5L));
  }

  @Test
  void aTableWithoutAnIntegerIdIsReadWhole() throws SQLException {
    String url =
        database(
            "CREATE TABLE recipient_lookup (id VARCHAR, legal_business_name VARCHAR, uei VARCHAR,"
                + " duns VARCHAR)",
            "INSERT INTO recipient_lookup VALUES ('a', 'Acme Inc', 'ABC123DEF456', NULL),"
                + " (NULL, 'Beta LLC', 'BBBBBBBBBBBB', NULL)");
    DatabaseSource source = DatabaseSource.parse(url, null, null).check();
    assertThat(source.readsIdRanges(), is(false));
    Pipeline p = Pipeline.create();
    PCollectionTuple out = p.apply(ReadRecipients.fromDatabase(source));
    PAssert.that(
            out.get(ReadRecipients.RECIPIENTS)
                .apply(
                    "Names",
                    MapElements.into(TypeDescriptors.strings())
                        .via((Recipient r) -> r.legalBusinessName)))
        .containsInAnyOrder("Acme Inc", "Beta LLC");
    PAssert.that(out.get(ReadRecipients.ERRORS)).empty();
    p.run().waitUntilFinish();
  }

  @Test
  void aTableWithoutRecipientColumnsIsRefusedBeforeTheRun() throws SQLException {
    String url = database("CREATE TABLE awards (id INTEGER, title VARCHAR)");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> DatabaseSource.parse(url + "#awards", null, null).check());
    assertThat(e.getMessage(), containsString("name no recipient fields"));
  }

  @Test
  void aMissingTableNamesTheDatabaseAndTheTable() throws SQLException {
    String url = database(TABLE);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> DatabaseSource.parse(url + "#nowhere", null, null).check());
    assertThat(e.getMessage(), containsString(url + "#nowhere cannot be read"));
  }

  @Test
  void aMissingDuckDbFileIsNotCreatedButNamed() {
    Path missing = dir.resolve("typo.duckdb");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> DatabaseSource.parse("jdbc:duckdb:" + missing, null, null).check());
    assertThat(e.getMessage(), containsString("file not found: " + missing));
    assertThat(java.nio.file.Files.exists(missing), is(false));
  }

  @Test
  void onlyPostgresAndDuckDbAndOnlyTableNamesAreAccepted() {
    assertThat(
        assertThrows(
                InvalidInputException.class,
                () -> DatabaseSource.parse("jdbc:mysql://h/db", null, null))
            .getMessage(),
        containsString("not supported"));
    assertThat(
        assertThrows(
                InvalidInputException.class,
                () -> DatabaseSource.parse("jdbc:duckdb:x#t; DROP TABLE t", null, null))
            .getMessage(),
        containsString("is not a table name"));
    assertThat(
        DatabaseSource.parse(
                "jdbc:postgresql://h:5432/usaspending#public.recipient_lookup", "u", "pw")
            .driverClass(),
        is("org.postgresql.Driver"));
  }

  @Test
  void thePasswordIsNeverInTheSourcesText() {
    DatabaseSource s = DatabaseSource.parse("jdbc:postgresql://h/db", "etl", "s3cret-pw");
    assertThat(s.toString(), not(containsString("s3cret")));
    assertThat(s.sourceName(), not(containsString("s3cret")));
  }
}
