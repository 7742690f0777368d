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

  private static final java.util.Set<Integer> INTEGER_TYPES =
      java.util.Set.of(
          java.sql.Types.BIGINT,
          java.sql.Types.INTEGER,
          java.sql.Types.SMALLINT,
          java.sql.Types.TINYINT);

  /** A table name, optionally schema-qualified: nothing that could carry SQL. */
  private static final Pattern TABLE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  private final String url;
  private final String table;
  private final String driverClass;
  private final @Nullable String user;
  private final @Nullable String password;

  /** The table's smallest and largest id when it is read in id ranges, else null. */
  private final long @Nullable [] idBounds;

  private DatabaseSource(
      String url,
      String table,
      String driverClass,
      @Nullable String user,
      @Nullable String password,
      long @Nullable [] idBounds) {
    this.url = url;
    this.table = table;
    this.driverClass = driverClass;
    this.user = user;
    this.password = password;
    this.idBounds = idBounds;
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
    return new DatabaseSource(url, table, driver, blankToNull(user), blankToNull(password), null);
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

  /**
   * Whether the table has an integer {@value #ID_COLUMN} column (recipient_lookup's primary key),
   * so that it can be read in parallel id ranges; known after {@link #check()}.
   */
  boolean readsIdRanges() {
    return idBounds != null;
  }

  /** The smallest id; only when {@link #readsIdRanges()}. */
  long lowestId() {
    return java.util.Objects.requireNonNull(idBounds)[0];
  }

  /** The largest id; only when {@link #readsIdRanges()}. */
  long highestId() {
    return java.util.Objects.requireNonNull(idBounds)[1];
  }

  /** The column a table is split on for parallel reading. */
  static final String ID_COLUMN = "id";

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
   * @return this source, set to read in id ranges when the table has an integer id column
   * @throws InvalidInputException naming the database and the cause
   */
  public DatabaseSource check() {
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
      boolean integerId = false;
      for (int i = 0; i < columns.length; i++) {
        columns[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
        integerId |=
            columns[i].equals(ID_COLUMN) && INTEGER_TYPES.contains(meta.getColumnType(i + 1));
      }
      if (!RecipientParser.namesRecipientFields(columns)) {
        throw new InvalidInputException(
            sourceName()
                + ": the table's columns "
                + Arrays.toString(columns)
                + " name no recipient fields (expected recipient_lookup's, e.g. legal_business_name"
                + " and uei or duns)");
      }
      return new DatabaseSource(
          url, table, driverClass, user, password, integerId ? idBounds(c) : null);
    } catch (SQLException e) {
      throw new InvalidInputException(
          "recipients database " + sourceName() + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The smallest and largest id, or null for a table without ids. */
  private long @Nullable [] idBounds(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT min(" + ID_COLUMN + "), max(" + ID_COLUMN + ") FROM " + table)) {
      rs.next();
      long low = rs.getLong(1);
      return rs.wasNull() ? null : new long[] {low, rs.getLong(2)};
    }
  }

  /**
   * Maps rows with {@link #fields}: a named class, since JdbcIO's display data names the mapper by
   * its canonical class name, which a lambda has none of.
   */
  static final class RowFields
      implements org.apache.beam.sdk.io.jdbc.JdbcIO.RowMapper<Map<String, String>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Map<String, String> mapRow(ResultSet rs) throws SQLException {
      return fields(rs);
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
