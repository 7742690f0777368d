package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflow is valid YAML and does what .ci/run does, through .ci/run: it runs the
 * script, then uploads the reports and posts the regression table from the folder the script writes
 * them to. A report folder renamed in one file and not the other fails here.
 */
class CiWorkflowTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static JsonNode workflow() throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readTree(ROOT.resolve(".github/workflows/ci.yml").toFile());
  }

  private static List<JsonNode> steps() throws IOException {
    List<JsonNode> steps = new ArrayList<>();
    workflow().path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
    return steps;
  }

  @Test
  void runsCiRunOnPushesAndPullRequestsWithJava17() throws IOException {
    JsonNode w = workflow();
    // YAML 1.1 reads a bare `on` as true; Jackson keeps the key as written.
    JsonNode triggers = w.has("on") ? w.get("on") : w.get("true");
    assertThat(triggers.has("push") && triggers.has("pull_request"), is(true));
    List<String> runs = new ArrayList<>();
    List<String> uses = new ArrayList<>();
    for (JsonNode step : steps()) {
      runs.add(step.path("run").asText(""));
      uses.add(step.path("uses").asText(""));
      if (step.path("uses").asText("").startsWith("actions/setup-java")) {
        assertThat(step.path("with").path("java-version").asText(), is("17"));
      }
    }
    assertThat(runs, hasItem(".ci/run"));
    assertThat(uses, hasItem("actions/upload-artifact@v4"));
  }

  @Test
  void uploadsAndCommentsFromTheFolderCiRunWritesTo() throws IOException {
    String script = Files.readString(ROOT.resolve(".ci/run"));
    assertThat(script, containsString("mvn -B verify"));
    String reports = "target/ci-benchmarks";
    assertThat(script, containsString("./sbir-etl benchmark"));
    assertThat(script, containsString("--reports " + reports));
    assertThat(script, containsString("./sbir-etl regression"));
    assertThat(script, containsString("--markdown " + reports + "/regression.md"));
    boolean uploaded = false;
    boolean commented = false;
    for (JsonNode step : steps()) {
      if (step.path("uses").asText("").startsWith("actions/upload-artifact")) {
        uploaded = step.path("with").path("path").asText().contains(reports + "/");
        assertThat(step.path("if").asText(), is("always()"));
      }
      if (step.path("run").asText("").startsWith("gh pr comment")) {
        commented = step.path("run").asText().contains("--body-file " + reports + "/regression.md");
        assertThat(step.path("if").asText(), containsString("pull_request"));
      }
    }
    assertThat("the reports are uploaded", uploaded, is(true));
    assertThat("the regression table is posted", commented, is(true));
  }
}
