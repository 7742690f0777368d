package org.sbiretl.pipeline.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.util.VarInt;

/**
 * Reads the state and Beam counters of a job on a Flink cluster through its REST API, for runs
 * submitted detached (where no {@code PipelineResult} with metrics comes back).
 *
 * <p>The Beam Flink runner ships all Beam metrics as one Flink accumulator, {@value
 * #METRICS_ACCUMULATOR} (a {@code MetricsAccumulator} holding a {@code MetricsContainerStepMap}).
 * The REST API shows its {@code toString()}: a {@code GetJobMetricsResponse} printed as JSON,
 * {@code {"metrics":{"attempted":[MonitoringInfo...]}}}, where each counter is a MonitoringInfo of
 * type {@value #SUM_INT64_TYPE} with labels {@code PTRANSFORM}, {@code NAMESPACE}, {@code NAME} and
 * a base64 {@code payload} holding the value as a Beam VarInt. Reading the JSON here, and only
 * Beam's SDK to decode the value, keeps the Flink runner's internals out of the client.
 */
public final class FlinkRestMetrics {

  /** Name of the Flink accumulator the Beam Flink runner reports metrics through. */
  public static final String METRICS_ACCUMULATOR = "__metricscontainers";

  static final String SUM_INT64_TYPE = "beam:metrics:sum_int64:v1";

  /** Flink job states after which nothing changes any more. */
  private static final Set<String> GLOBALLY_TERMINAL = Set.of("FINISHED", "FAILED", "CANCELED");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI restBase;
  private final HttpClient http;

  /**
   * @param restBase the cluster's REST address, e.g. {@code http://localhost:8081}
   */
  public FlinkRestMetrics(URI restBase) {
    Objects.requireNonNull(restBase, "restBase");
    String base = restBase.toString();
    this.restBase = URI.create(base.endsWith("/") ? base : base + "/");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** What the cluster has to run a job on, from {@code /overview}. */
  public record Overview(int taskManagers, int slotsTotal, int slotsAvailable) {}

  /** The cluster's TaskManagers and slots as they are now. */
  public Overview overview() throws IOException {
    JsonNode o = getJson("overview");
    return new Overview(
        o.path("taskmanagers").asInt(),
        o.path("slots-total").asInt(),
        o.path("slots-available").asInt());
  }

  /** The job's current state as Flink names it ({@code RUNNING}, {@code FINISHED}, ...). */
  public String state(String jobId) throws IOException {
    return getJson("jobs/" + jobId).path("state").asText();
  }

  /**
   * The job's name, state, times and Beam counters as they are now. For a running job the counters
   * are those of the tasks that have reported so far; for a finished one they are final.
   */
  public RunMetrics read(String jobId) throws IOException {
    JsonNode job = getJson("jobs/" + jobId);
    JsonNode accumulators = getJson("jobs/" + jobId + "/accumulators");
    long start = job.path("start-time").asLong();
    long end = job.path("end-time").asLong(-1);
    return RunMetrics.of(
        job.path("name").asText(jobId),
        jobId,
        job.path("state").asText(),
        Instant.ofEpochMilli(start),
        end > 0 ? Instant.ofEpochMilli(end) : Instant.now(),
        countersFromAccumulators(accumulators));
  }

  /**
   * Polls until the job reaches FINISHED, FAILED or CANCELED and returns its metrics.
   *
   * @throws IOException if the REST API fails or the timeout passes first
   */
  public RunMetrics awaitTermination(String jobId, Duration timeout, Duration pollInterval)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      String state = state(jobId);
      if (GLOBALLY_TERMINAL.contains(state)) {
        return read(jobId);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IOException("Job " + jobId + " still " + state + " after " + timeout);
      }
      Thread.sleep(pollInterval.toMillis());
    }
  }

  /**
   * The Beam counters in a {@code /jobs/<id>/accumulators} response, summed by name; empty if the
   * job has not reported the accumulator (yet).
   */
  public static SortedMap<String, Long> countersFromAccumulators(JsonNode accumulators) {
    for (JsonNode accumulator : accumulators.path("user-task-accumulators")) {
      if (METRICS_ACCUMULATOR.equals(accumulator.path("name").asText())) {
        return decodeMetricsContainers(accumulator.path("value").asText());
      }
    }
    return new TreeMap<>();
  }

  /** Decodes the accumulator's value (see the class comment) into counters summed by name. */
  public static SortedMap<String, Long> decodeMetricsContainers(String value) {
    JsonNode response;
    try {
      response = JSON.readTree(jsonText(value));
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Beam metrics accumulator value: " + value, e);
    }
    SortedMap<String, Long> counters = new TreeMap<>();
    for (JsonNode info : response.path("metrics").path("attempted")) {
      String name = info.path("labels").path("NAME").asText("");
      if (SUM_INT64_TYPE.equals(info.path("type").asText()) && !name.isEmpty()) {
        byte[] payload = Base64.getDecoder().decode(info.path("payload").asText(""));
        counters.merge(name, decodeVarLong(payload), Long::sum);
      }
    }
    return counters;
  }

  /** Tolerates the whole value arriving base64-encoded, as some proxies and tools deliver it. */
  private static String jsonText(String value) {
    String trimmed = value.strip();
    if (trimmed.startsWith("{")) {
      return trimmed;
    }
    return new String(Base64.getDecoder().decode(trimmed), StandardCharsets.UTF_8);
  }

  /**
   * A counter's payload: a long in Beam's VarInt encoding, decoded by Beam's own {@link VarInt}.
   */
  static long decodeVarLong(byte[] bytes) {
    try {
      return VarInt.decodeLong(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Truncated or overlong VarInt of " + bytes.length + " bytes", e);
    }
  }

  private JsonNode getJson(String path) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(restBase.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while calling " + request.uri(), e);
    }
    if (response.statusCode() != 200) {
      throw new IOException(
          "Flink REST "
              + request.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return JSON.readTree(response.body());
  }
}
