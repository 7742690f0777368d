package org.sbiretl.pipeline.monitoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts against a local HTTP receiver that fails on demand. */
class AlertPublisherTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private HttpServer receiver;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hooks/secret-token",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean fail = failuresLeft.getAndDecrement() > 0;
          if (!fail) {
            received.add(body);
          }
          exchange.sendResponseHeaders(fail ? 503 : 200, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private URI webhook() {
    return URI.create(
        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/secret-token");
  }

  private AlertPublisher publisher(List<URI> webhooks) {
    return new AlertPublisher(
        webhooks, dir.resolve("alerts/alerts.jsonl"), 3, Duration.ofMillis(10));
  }

  private List<JsonNode> recorded() throws IOException {
    return Files.readAllLines(dir.resolve("alerts/alerts.jsonl")).stream()
        .map(
            l -> {
              try {
                return JSON.readTree(l);
              } catch (IOException e) {
                throw new AssertionError(l, e);
              }
            })
        .toList();
  }

  @Test
  void anAlertIsPostedAsSlackCompatibleJsonAfterRetriesAndRecorded() throws IOException {
    failuresLeft.set(2);
    List<AlertPublisher.Delivery> deliveries =
        publisher(List.of(webhook()))
            .publish(
                AlertPublisher.Kind.GATE_FAILED,
                "run r1 failed its quality gate match_rate",
                Map.of("run_id", "r1"));
    assertThat(deliveries.get(0).delivered(), is(true));
    assertThat(deliveries.get(0).attempts(), is(3));
    assertThat(received, hasSize(1));
    JsonNode posted = JSON.readTree(received.get(0));
    assertThat(
        posted.get("text").asText(),
        is("sbir-etl gate_failed: run r1 failed its quality gate match_rate"));
    assertThat(posted.get("details").get("run_id").asText(), is("r1"));
    JsonNode line = recorded().get(0);
    assertThat(line.get("kind").asText(), is("gate_failed"));
    assertThat(line.get("deliveries").get(0).get("delivered").asBoolean(), is(true));
    // The webhook's path is its token: the file names scheme, host and port only.
    assertThat(line.toString(), not(containsString("secret-token")));
  }

  @Test
  void aDeliveryThatKeepsFailingIsRecordedAndDoesNotThrow() throws IOException {
    failuresLeft.set(100);
    URI unreachable = URI.create("http://127.0.0.1:1/hooks/secret-token");
    List<AlertPublisher.Delivery> deliveries =
        publisher(List.of(webhook(), unreachable))
            .publish(AlertPublisher.Kind.RUN_FAILED, "run r2 failed: boom", Map.of());
    assertThat(deliveries, hasSize(2));
    assertThat(deliveries.get(0).delivered(), is(false));
    assertThat(deliveries.get(0).error(), is("HTTP 503"));
    assertThat(deliveries.get(1).delivered(), is(false));
    assertThat(deliveries.get(1).attempts(), is(3));
    assertThat(received, hasSize(0));
    JsonNode line = recorded().get(0);
    assertThat(line.get("deliveries").get(1).get("target").asText(), is("http://127.0.0.1:1"));
    assertThat(line.get("deliveries").get(1).get("delivered").asBoolean(), is(false));
  }

  @Test
  void webhooksThatAreNotHttpUrlsAreSkippedAndTheRestServed() throws IOException {
    // Not a URL, no scheme, another scheme, no host: each skipped with a warning, none fatal.
    String webhooks =
        "not a url, //example.org/x, ftp://example.org/x, http:///x, " + webhook() + " ,";
    org.sbiretl.pipeline.config.EtlConfig config =
        org.sbiretl.pipeline.config.ConfigLoader.load(
            (Path) null,
            (Path) null,
            null,
            Map.of("SBIR_ETL_ALERT_WEBHOOKS", webhooks),
            List.of("alerts.file=" + dir.resolve("alerts/alerts.jsonl")));
    List<AlertPublisher.Delivery> deliveries =
        AlertPublisher.of(config).publish(AlertPublisher.Kind.RUN_FAILED, "x", Map.of());
    assertThat(deliveries, hasSize(1));
    assertThat(deliveries.get(0).delivered(), is(true));
    assertThat(received, hasSize(1));
  }

  @Test
  void withoutWebhooksTheAlertIsStillRecorded() throws IOException {
    publisher(List.of()).publish(AlertPublisher.Kind.REGRESSION, "b regressed", Map.of());
    publisher(List.of()).publish(AlertPublisher.Kind.REGRESSION, "c regressed", Map.of());
    assertThat(recorded(), hasSize(2));
    assertThat(recorded().get(1).get("text").asText(), is("sbir-etl regression: c regressed"));
  }
}
