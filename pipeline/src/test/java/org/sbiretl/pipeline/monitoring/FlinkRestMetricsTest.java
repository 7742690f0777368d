package org.sbiretl.pipeline.monitoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.apache.beam.runners.core.metrics.MetricsContainerStepMap;
import org.apache.beam.sdk.metrics.MetricName;
import org.junit.jupiter.api.Test;

/**
 * The accumulator value is produced by Beam's own {@link MetricsContainerStepMap} (what the Flink
 * runner's MetricsAccumulator holds; Flink's REST API prints its {@code toString()}), so the test
 * follows Beam's real encoding rather than a hand-written guess of it.
 */
class FlinkRestMetricsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String beamAccumulatorValue() {
    MetricsContainerStepMap steps = new MetricsContainerStepMap();
    steps.getContainer("ReadAwards/ParseCsv").getCounter(name("awards.read")).inc(150_000);
    steps.getContainer("ReadAwards2/ParseCsv").getCounter(name("awards.read")).inc(64_000);
    steps.getContainer("Match/Exact").getCounter(name("matched.uei-exact")).inc(151_234);
    steps.getContainer("Match/Exact").getCounter(name("errors.ragged-row")).inc(5);
    steps.getContainer("Match/Exact").getCounter(name("errors.ragged-row")).dec(7);
    // Distributions and gauges are not counters and must be left out.
    steps.getContainer("Match/Score").getDistribution(name("score")).update(87);
    steps.getContainer("Match/Score").getGauge(name("last.score")).set(42);
    return steps.toString();
  }

  private static MetricName name(String name) {
    return MetricName.named("sbir", name);
  }

  private static final Map<String, Long> EXPECTED =
      Map.of("awards.read", 214_000L, "matched.uei-exact", 151_234L, "errors.ragged-row", -2L);

  private static String accumulatorsResponse(String value) {
    ObjectNode response = JSON.createObjectNode();
    response.putArray("job-accumulators");
    ObjectNode accumulator = response.putArray("user-task-accumulators").addObject();
    accumulator.put("name", FlinkRestMetrics.METRICS_ACCUMULATOR);
    accumulator.put("type", "MetricsAccumulator");
    accumulator.put("value", value);
    response.putObject("serialized-user-task-accumulators");
    return response.toString();
  }

  @Test
  void decodesCountersFromBeamsOwnEncoding() {
    assertThat(FlinkRestMetrics.decodeMetricsContainers(beamAccumulatorValue()), equalTo(EXPECTED));
  }

  @Test
  void acceptsTheValueWhollyBase64Encoded() {
    String encoded =
        Base64.getEncoder().encodeToString(beamAccumulatorValue().getBytes(StandardCharsets.UTF_8));
    assertThat(FlinkRestMetrics.decodeMetricsContainers(encoded), equalTo(EXPECTED));
  }

  @Test
  void noAccumulatorMeansNoCounters() throws IOException {
    assertThat(
        FlinkRestMetrics.countersFromAccumulators(
            JSON.readTree("{\"job-accumulators\":[],\"user-task-accumulators\":[]}")),
        equalTo(Map.of()));
  }

  @Test
  void varLongsRoundTripIncludingNegatives() {
    assertThat(FlinkRestMetrics.decodeVarLong(new byte[] {0}), is(0L));
    assertThat(FlinkRestMetrics.decodeVarLong(new byte[] {(byte) 0xAC, 0x02}), is(300L));
    byte[] minusOne = new byte[10];
    Arrays.fill(minusOne, (byte) 0xFF);
    minusOne[9] = 0x01;
    assertThat(FlinkRestMetrics.decodeVarLong(minusOne), is(-1L));
    assertThrows(
        IllegalArgumentException.class,
        () -> FlinkRestMetrics.decodeVarLong(new byte[] {(byte) 0x80}));
  }

  @Test
  void readsStateTimesAndCountersOverRest() throws IOException, InterruptedException {
    String jobId = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    String job =
        "{\"jid\":\""
            + jobId
            + "\",\"name\":\"sbir-etl-enrich\",\"state\":\"FINISHED\","
            + "\"start-time\":1714557600000,\"end-time\":1714557683500,\"duration\":83500}";
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve(server, "/jobs/" + jobId, job);
    serve(server, "/jobs/" + jobId + "/accumulators", accumulatorsResponse(beamAccumulatorValue()));
    server.start();
    try {
      FlinkRestMetrics rest =
          new FlinkRestMetrics(URI.create("http://localhost:" + server.getAddress().getPort()));

      RunMetrics run = rest.read(jobId);

      assertThat(run.jobName(), is("sbir-etl-enrich"));
      assertThat(run.runId(), is(jobId));
      assertThat(run.state(), is("FINISHED"));
      assertThat(run.startedAt(), is(Instant.ofEpochMilli(1714557600000L)));
      assertThat(run.duration().toMillis(), is(83_500L));
      assertThat(run.counters(), equalTo(EXPECTED));
      assertThat(
          rest.awaitTermination(jobId, Duration.ofSeconds(5), Duration.ofMillis(10)), is(run));
      assertThrows(IOException.class, () -> rest.read("unknown"));
    } finally {
      server.stop(0);
    }
  }

  /** Serves {@code json} at exactly {@code path}; any other path under it gets 404. */
  private static void serve(HttpServer server, String path, String json) {
    server.createContext(
        path,
        exchange -> {
          if (!exchange.getRequestURI().getPath().equals(path)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }
}
