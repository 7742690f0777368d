package org.sbiretl.transforms.read;

import java.io.Serializable;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A recipient table in a database, named by a JDBC URL with the table after {@code #}: {@code
 * jdbc:postgresql://host:5432/usaspending#recipient_lookup} (the USAspending dump is a PostgreSQL
 * database) or {@code jdbc:duckdb:/data/usaspending.duckdb#recipient_lookup}. Without {@code #} the
 * table is {@value #DEFAULT_TABLE}. The password is never part of the URL text shown anywhere: it
 * comes from the environment (see the pipeline's configuration) and {@link #toString()} leaves it
 * out.
 */
public final class DatabaseSource implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_TABLE = "recipient_lookup";

  private static final String DUCKDB_DRIVER = "org.duckdb.DuckDBDriver";

  /** A table name, optionally schema-qualified: nothing that could carry SQL. */
  private static final Pattern TABLE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  private final String url;
  private final String table;
  private final String driverClass;
  private final @Nullable String user;
  private final @Nullable String password;

  private DatabaseSource(
      String url,
      String table,
      String driverClass,
      @Nullable String user,
      @Nullable String password) {
    this.url = url;
    this.table = table;
    this.driverClass = driverClass;
    this.user = user;
    this.password = password;
  }

  /** Whether a {@code --recipients} value names a database rather than files. */
  public static boolean isDatabase(String recipients) {
    return recipients.toLowerCase(Locale.ROOT).startsWith("jdbc:");
  }

  /**
   * @param spec {@code jdbc:...[#table]}
   * @param user null or empty for none
   * @param password null or empty for none
   * @throws InvalidInputException for an unsupported database or a table name that is not one
   */
  public static DatabaseSource parse(
      String spec, @Nullable String user, @Nullable String password) {
    int hash = spec.lastIndexOf('#');
    String url = hash < 0 ? spec : spec.substring(0, hash);
    String table = hash < 0 ? DEFAULT_TABLE : spec.substring(hash + 1);
    if (!TABLE.matcher(table).matches()) {
      throw new InvalidInputException(
          "recipients table '"
              + table
              + "' is not a table name (letters, digits, _, schema.table)");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    String driver;
    if (lower.startsWith("jdbc:postgresql:")) {
      driver = "org.postgresql.Driver";
    } else if (lower.startsWith("jdbc:duckdb:")) {
      driver = DUCKDB_DRIVER;
    } else {
      throw new InvalidInputException(
          "recipients database "
              + url
              + " is not supported: use jdbc:postgresql://HOST:PORT/DB[#TABLE] or"
              + " jdbc:duckdb:FILE[#TABLE]");
    }
    return new DatabaseSource(url, table, driver, blankToNull(user), blankToNull(password));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  public String url() {
    return url;
  }

  public String table() {
    return table;
  }

  public String driverClass() {
    return driverClass;
  }

  @Nullable String user() {
    return user;
  }

  @Nullable String password() {
    return password;
  }

  /** The query that reads every row of the table. */
  String query() {
    return "SELECT * FROM " + table;
  }

  /** How error rows name where they came from: the URL and table, no credentials. */
  String sourceName() {
    return url + "#" + table;
  }

  /**
   * Connects and checks that the table has recipient columns, so a wrong database, a missing table
   * or a wrong password stop the run before it starts.
   *
   * @throws InvalidInputException naming the database and the cause
   */
  public void check() {
    try {
      Class.forName(driverClass);
    } catch (ClassNotFoundException e) {
      throw new InvalidInputException("the JDBC driver " + driverClass + " is not in the build", e);
    }
    if (driverClass.equals(DUCKDB_DRIVER)) {
      // DuckDB creates a missing file on connect: a typo would read as an empty database.
      String file = url.substring("jdbc:duckdb:".length());
      if (!file.isEmpty()
          && !file.startsWith(":memory:")
          && !java.nio.file.Files.exists(java.nio.file.Path.of(file))) {
        throw new InvalidInputException("recipients database file not found: " + file);
      }
    }
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query() + " WHERE 1 = 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      String[] columns = new String[meta.getColumnCount()];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
      }
      if (!RecipientParser.namesRecipientFields(columns)) {
        throw new InvalidInputException(
            sourceName()
                + ": the table's columns "
                + Arrays.toString(columns)
                + " name no recipient fields (expected recipient_lookup's, e.g. legal_business_name"
                + " and uei or duns)");
      }
    } catch (SQLException e) {
      throw new InvalidInputException(
          "recipients database " + sourceName() + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** One row as column label (lower case) to text; arrays as Postgres array literals. */
  static Map<String, String> fields(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, String> values = new HashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      Object v = rs.getObject(i);
      String text;
      if (v == null) {
        text = null;
      } else if (v instanceof Array array) {
        text = PostgresArrays.format(Arrays.asList((Object[]) array.getArray()));
      } else {
        text = v.toString();
      }
      values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), text);
    }
    return values;
  }

  @Override
  public String toString() {
    return sourceName() + (user == null ? "" : " as " + user);
  }
}
