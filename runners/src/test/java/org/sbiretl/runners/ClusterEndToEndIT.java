package org.sbiretl.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.enrich.EnrichRun;
import org.sbiretl.pipeline.enrich.RunnerChoice;
import org.sbiretl.pipeline.monitoring.FlinkRestMetrics;
import org.sbiretl.pipeline.monitoring.RunMetrics;

/**
 * Submits the job to a running Flink session cluster the way a user does ({@code java -jar
 * ...-all.jar enrich --flink-master host:port}, in a child JVM, so the runner stages the shaded jar
 * it runs from) and checks it against an embedded-Flink run of the same input: same rows, same
 * counters, the job FINISHED in the cluster's REST API with those counters, the same counters on
 * the Pushgateway, and the cluster's own metrics pushed there too; and that the cluster listens on
 * loopback addresses only.
 *
 * <p>Runs only when {@code SBIR_FLINK_REST} (e.g. {@code http://localhost:8081}) and {@code
 * SBIR_PUSHGATEWAY} (e.g. {@code http://localhost:9091}) are set; {@code .ci/cluster-env.sh} starts
 * both. The inputs are in a local temp directory, so the cluster must run on this host.
 */
@EnabledIfEnvironmentVariable(named = "SBIR_FLINK_REST", matches = ".+")
@EnabledIfEnvironmentVariable(named = "SBIR_PUSHGATEWAY", matches = ".+")
class ClusterEndToEndIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(6);

  /** The start of the Flink job name EnrichRun gives every run; the run id follows it. */
  private static final String FLINK_JOB_NAME = "sbir-etl-enrich-";

  @TempDir static Path work;
  private static TestInputs inputs;
  private static Path reference;
  private static EnrichRun.Result expected;
  private static URI rest;
  private static URI pushgateway;

  /** A Pushgateway job name of this test's own, so a parallel or earlier run cannot interfere. */
  private static final String PUSH_JOB = "sbir-etl-it-" + UUID.randomUUID();

  @BeforeAll
  static void setUp() throws IOException {
    rest = URI.create(System.getenv("SBIR_FLINK_REST"));
    pushgateway = URI.create(System.getenv("SBIR_PUSHGATEWAY"));
    inputs = TestInputs.generate(work.resolve("in"), 60, 600);
    reference = work.resolve("embedded");
    expected = InProcessRun.enrich(inputs, RunnerChoice.FLINK, reference);
    assertTrue(expected.counts().conserved(), "conservation broken in the reference run");
  }

  @AfterAll
  static void removePushedGroup() {
    try {
      PrometheusText.delete(pushgateway.resolve("/metrics/job/" + PUSH_JOB + "/instance/enrich"));
    } catch (IOException | RuntimeException e) {
      System.err.println("could not remove test group from the Pushgateway: " + e);
    }
  }

  @Test
  void clusterRunMatchesEmbeddedRunAndPublishesItsMetrics() throws Exception {
    SortedMap<String, Long> counters = expected.counts().counters();
    long submittedAt = System.currentTimeMillis();
    Path clusterOut = work.resolve("cluster");
    Process client = startClusterRun(clusterOut, true);
    awaitSuccess(client, clusterOut);
    OutputRows.assertSameRows(reference, clusterOut);

    // The cluster knows the job as FINISHED, with the same Beam counters in its accumulator.
    String jobId = findJob(submittedAt);
    RunMetrics onCluster =
        new FlinkRestMetrics(rest)
            .awaitTermination(jobId, Duration.ofSeconds(60), Duration.ofSeconds(1));
    assertEquals("FINISHED", onCluster.state(), "Flink job state of " + jobId);
    assertEquals(counters, onCluster.counters(), "counters in the Flink REST accumulator");

    // The launcher pushed the same counters to the Pushgateway under this test's job name.
    String pushed = PrometheusText.get(pushgateway.resolve("/metrics"));
    assertEquals(
        counters,
        PrometheusText.samples(pushed, "sbir_etl_counter", Map.of("job", PUSH_JOB), "name"),
        "counters on the Pushgateway");
    assertEquals(
        1,
        PrometheusText.samples(
                pushed, "sbir_etl_run_info", Map.of("job", PUSH_JOB, "state", "DONE"), "run_id")
            .size(),
        "sbir_etl_run_info of this run, state DONE, on the Pushgateway");

    // The cluster's own metrics are pushed to the same Pushgateway (conf/config.yaml).
    assertTrue(
        pushed.lines().anyMatch(l -> l.startsWith("flink_jobmanager_numRegisteredTaskManagers")),
        "flink_jobmanager_ metrics on the Pushgateway");
    assertTrue(
        pushed.lines().anyMatch(l -> l.startsWith("flink_taskmanager_Status_JVM_")),
        "flink_taskmanager_ metrics on the Pushgateway");
  }

  @Test
  void theClusterListensOnLoopbackAddressesOnly() throws IOException {
    List<ListeningSockets.Socket> sockets = ListeningSockets.ofProcessesRunning("org.apache.flink");
    // RPC and REST of the JobManager, RPC and data ports of the TaskManager at least.
    assertTrue(sockets.size() >= 4, "listening sockets of the Flink processes: " + sockets);
    List<ListeningSockets.Socket> exposed =
        sockets.stream().filter(sock -> !sock.address().isLoopbackAddress()).toList();
    assertEquals(List.of(), exposed, "Flink sockets listening beyond loopback");
  }

  /**
   * A TaskManager SIGKILLed mid-job: the cluster's restart strategy restarts the job once a
   * replacement TaskManager has registered, and the run ends with the same rows as an undisturbed
   * run, each award once. The job's exception history proves the kill hit the running job.
   */
  @Test
  void aRunSurvivesTheLossOfItsTaskManager() throws Exception {
    long submittedAt = System.currentTimeMillis();
    Path clusterOut = work.resolve("cluster-killed");
    Process client = startClusterRun(clusterOut, false);
    String jobId = awaitJobHalfWay(submittedAt, client);
    Path pidFile = flinkStateDir().resolve("pids/taskmanager.pid");
    long tmPid = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle tm = ProcessHandle.of(tmPid).orElseThrow();
    new ProcessBuilder("kill", "-9", Long.toString(tmPid)).inheritIO().start().waitFor();
    tm.onExit().get(30, TimeUnit.SECONDS);
    // start-cluster.sh starts the TaskManager that is missing and waits until it has slots.
    Process restart =
        new ProcessBuilder(Path.of("flink/start-cluster.sh").toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("restart-tm.log").toFile())
            .start();
    assertTrue(restart.waitFor(120, TimeUnit.SECONDS), "start-cluster.sh did not return");
    assertEquals(
        0, restart.exitValue(), "start-cluster.sh: " + tail(work.resolve("restart-tm.log")));

    awaitSuccess(client, clusterOut);
    OutputRows.assertSameRows(reference, clusterOut);
    JsonNode summary = JSON.readTree(clusterOut.resolve("run-summary.json").toFile());
    assertTrue(summary.path("conservation").path("holds").asBoolean(), "conservation: " + summary);
    JsonNode exceptions =
        JSON.readTree(PrometheusText.get(rest.resolve("/jobs/" + jobId + "/exceptions")));
    assertTrue(
        exceptions.path("exceptionHistory").path("entries").size() > 0,
        "the job recorded no failure, so the kill did not hit it: " + exceptions);
  }

  /**
   * Waits until this test's job runs and has finished some of its work but not most of it, so a
   * failure now hits a job in the middle of its run.
   */
  private static String awaitJobHalfWay(long submittedAt, Process client) throws Exception {
    long deadline = System.currentTimeMillis() + SUBMIT_TIMEOUT.toMillis();
    while (System.currentTimeMillis() < deadline) {
      assertTrue(client.isAlive(), "the client exited before the job was half-way");
      String jobId = newestJob(submittedAt);
      if (jobId != null) {
        JsonNode job = JSON.readTree(PrometheusText.get(rest.resolve("/jobs/" + jobId)));
        int total = job.path("vertices").size();
        long finished =
            java.util.stream.StreamSupport.stream(job.path("vertices").spliterator(), false)
                .filter(v -> "FINISHED".equals(v.path("status").asText()))
                .count();
        if ("RUNNING".equals(job.path("state").asText()) && finished > 0) {
          assertTrue(finished < total, "the job finished before it could be disturbed");
          return jobId;
        }
      }
      Thread.sleep(200);
    }
    fail("the job did not start within " + SUBMIT_TIMEOUT);
    return null;
  }

  private static Path flinkStateDir() {
    String dir = System.getenv("SBIR_FLINK_STATE_DIR");
    return dir == null || dir.isBlank() ? Path.of("flink/.flink") : Path.of(dir);
  }

  /**
   * Starts {@code sbir-etl enrich} against the cluster in a child JVM, as a user does.
   *
   * @param push whether the run pushes its metrics to the test's Pushgateway group
   */
  private static Process startClusterRun(Path output, boolean push) throws IOException {
    String jar = System.getProperty("sbir.shadedJar");
    assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "shaded job jar " + jar);
    String flinkMaster = rest.getHost() + ":" + rest.getPort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("sbir.java17Opens", "").split("\\s+")));
    command.addAll(List.of("-Xmx1g", "-jar", jar, "enrich"));
    command.addAll(List.of("--runner", "flink", "--flink-master", flinkMaster));
    command.addAll(List.of("--parallelism", "2", "--format", "csv"));
    command.addAll(List.of("--awards", inputs.awards().toString()));
    command.addAll(List.of("--recipients", inputs.recipients().toString()));
    command.addAll(List.of("--output", output.toAbsolutePath().toString()));
    for (String setting : TestInputs.REVIEW_SETTINGS) {
      command.addAll(List.of("--set", setting));
    }
    if (push) {
      command.addAll(List.of("--set", "pushgateway.url=" + pushgateway));
      command.addAll(List.of("--set", "pushgateway.job=" + PUSH_JOB));
    }
    command.removeIf(String::isEmpty);
    return new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(clientLog(output).toFile())
        .start();
  }

  private static Path clientLog(Path output) {
    return work.resolve(output.getFileName() + "-client.log");
  }

  /** Waits for the client and expects exit code 0. */
  private static void awaitSuccess(Process process, Path output)
      throws IOException, InterruptedException {
    Path log = clientLog(output);
    if (!process.waitFor(SUBMIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("cluster run did not finish within " + SUBMIT_TIMEOUT + "; log:\n" + tail(log));
    }
    assertEquals(0, process.exitValue(), "sbir-etl enrich exit code; log:\n" + tail(log));
  }

  /** The newest job named {@value #FLINK_JOB_NAME}… that started after {@code submittedAt}. */
  private static String findJob(long submittedAt) throws IOException {
    String id = newestJob(submittedAt);
    assertFalse(id == null, "no " + FLINK_JOB_NAME + "… job started on the cluster");
    return id;
  }

  /** As {@link #findJob}, or null when there is none yet. */
  private static String newestJob(long submittedAt) throws IOException {
    JsonNode jobs = JSON.readTree(PrometheusText.get(rest.resolve("/jobs/overview")));
    String id = null;
    long newest = Long.MIN_VALUE;
    for (JsonNode job : jobs.path("jobs")) {
      long start = job.path("start-time").asLong();
      if (job.path("name").asText().startsWith(FLINK_JOB_NAME)
          && start >= submittedAt
          && start > newest) {
        newest = start;
        id = job.path("jid").asText();
      }
    }
    return id;
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
