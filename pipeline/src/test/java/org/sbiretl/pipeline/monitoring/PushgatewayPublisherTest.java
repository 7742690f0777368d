package org.sbiretl.pipeline.monitoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushgatewayPublisherTest {

  private HttpServer server;
  private final AtomicReference<String> method = new AtomicReference<>();
  private final AtomicReference<String> path = new AtomicReference<>();
  private final AtomicReference<String> body = new AtomicReference<>();

  @BeforeEach
  void startFakeGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          method.set(exchange.getRequestMethod());
          path.set(exchange.getRequestURI().getPath());
          body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopFakeGateway() {
    server.stop(0);
  }

  private static final RunOutcome DONE =
      new RunOutcome(
          0,
          null,
          java.util.List.of(
              new RunOutcome.Gate("match_rate", 0.869, 0.7, "passed", "ERROR"),
              new RunOutcome.Gate("memory", null, 2048, "no data", "WARN")),
          1742);

  private static RunMetrics sampleRun() {
    Instant start = Instant.parse("2024-05-01T10:00:00Z");
    return RunMetrics.of(
        "sbir-etl-enrich",
        "2f1c0a",
        "FINISHED",
        start,
        start.plusMillis(83_500),
        Map.of("awards.read", 214_000L, "matched.uei-exact", 151_234L, "errors.ragged-row", 3L));
  }

  @Test
  void putsEveryCounterAndTheRunTimesAsText() {
    URI url = URI.create("http://localhost:" + server.getAddress().getPort());

    boolean pushed = new PushgatewayPublisher(url, "ci").push(sampleRun(), DONE);

    assertThat(pushed, is(true));
    assertThat(method.get(), is("PUT"));
    assertThat(path.get(), is("/metrics/job/sbir-etl-enrich/instance/ci"));
    String text = body.get();
    assertThat(text, containsString("# TYPE sbir_etl_counter gauge"));
    assertThat(text, containsString("sbir_etl_counter{name=\"awards.read\"} 214000.0\n"));
    assertThat(text, containsString("sbir_etl_counter{name=\"matched.uei-exact\"} 151234.0\n"));
    assertThat(text, containsString("sbir_etl_counter{name=\"errors.ragged-row\"} 3.0\n"));
    assertThat(text, containsString("sbir_etl_last_run_timestamp_seconds 1.7145576835E9\n"));
    assertThat(text, containsString("sbir_etl_run_duration_seconds 83.5\n"));
    // The state is the run's outcome, not the runner's FINISHED.
    assertThat(text, containsString("sbir_etl_run_info{run_id=\"2f1c0a\",state=\"DONE\"} 1"));
    assertThat(text, containsString("sbir_etl_run_exit_code 0.0\n"));
    assertThat(text, containsString("sbir_etl_run_peak_rss_megabytes 1742.0\n"));
    assertThat(text, containsString("sbir_etl_gate_threshold{gate=\"match_rate\"} 0.7\n"));
    assertThat(text, containsString("sbir_etl_gate_value{gate=\"match_rate\"} 0.869\n"));
    assertThat(text, not(containsString("sbir_etl_gate_value{gate=\"memory\"}")));
    assertThat(
        text,
        containsString(
            "sbir_etl_gate_status{gate=\"memory\",severity=\"WARN\",status=\"no data\"} 1.0\n"));
  }

  @Test
  void aFailedRunAndAFailedGateAreNotDone() {
    URI url = URI.create("http://localhost:" + server.getAddress().getPort());
    PushgatewayPublisher publisher = new PushgatewayPublisher(url, "ci");

    publisher.push(sampleRun(), RunOutcome.failed("input not found"));
    assertThat(body.get(), containsString("state=\"FAILED\"} 1"));
    assertThat(body.get(), containsString("sbir_etl_run_exit_code 1.0\n"));

    publisher.push(
        sampleRun(),
        new RunOutcome(
            2,
            null,
            java.util.List.of(new RunOutcome.Gate("match_rate", 0.41, 0.7, "failed", "ERROR")),
            RunOutcome.UNKNOWN_MEMORY));
    assertThat(body.get(), containsString("state=\"GATE_FAILED\"} 1"));
    assertThat(
        body.get(),
        containsString(
            "sbir_etl_gate_status{gate=\"match_rate\",severity=\"ERROR\",status=\"failed\"} 1.0"));
  }

  @Test
  void aFailedPushIsReportedNotThrown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI url = URI.create("http://localhost:" + closedPort);

    assertThat(new PushgatewayPublisher(url, "ci").push(sampleRun(), DONE), is(false));
  }

  @Test
  void anErrorStatusIsReportedNotThrown() {
    server.removeContext("/");
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    URI url = URI.create("http://localhost:" + server.getAddress().getPort());

    assertThat(new PushgatewayPublisher(url, "ci").push(sampleRun(), DONE), is(false));
  }

  @Test
  void labelValuesLoseControlCharactersAndBlanks() {
    assertThat(PushgatewayPublisher.labelValue(" matched\nexact \t"), is("matched exact"));
    assertThat(PushgatewayPublisher.labelValue("  "), is("_"));
    assertThat(PushgatewayPublisher.labelValue("errors.ragged-row"), not(containsString(" ")));
  }
}
