package org.sbiretl.pipeline.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the schema, base.yaml and the documentation in step. */
class ConfigSchemaTest {

  @Test
  void everyKeyIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "configuration.md"));
    for (ConfigKey key : ConfigSchema.KEYS) {
      assertThat(key.path(), docs, containsString("| `" + key.path() + "` |"));
    }
  }

  @Test
  void baseYamlHoldsNoSecret() throws IOException {
    String base = Files.readString(ConfigLoaderTest.REPO_CONFIG.resolve("base.yaml"));
    assertThat(base, not(containsString("password:")));
  }

  @Test
  void environmentVariableNames() {
    assertThat(ConfigSchema.key("chunk_size").envVar(), is("SBIR_ETL_CHUNK_SIZE"));
    assertThat(
        ConfigSchema.key("quality.severity.error_rate").envVar(),
        is("SBIR_ETL_QUALITY__SEVERITY__ERROR_RATE"));
    assertThat(ConfigSchema.key("database.password").envVar(), is("SBIR_ETL_DATABASE_PASSWORD"));
  }
}
