package org.sbiretl.pipeline.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people that something went wrong: a failed run, a failed quality gate, a performance
 * regression. Each alert is posted as JSON to every configured webhook (Slack-compatible: the
 * message is in {@code text}; the details ride along) with retries and backoff, and appended, with
 * what became of each delivery, as one line to the alerts file.
 *
 * <p>Alerting never fails what it reports on: a delivery that fails after its last attempt is
 * logged as a warning and recorded in the file, and a file that cannot be written is logged.
 */
public final class AlertPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(AlertPublisher.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** What an alert is about. */
  public enum Kind {
    RUN_FAILED("run_failed"),
    GATE_FAILED("gate_failed"),
    REGRESSION("regression");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * What became of one webhook delivery.
   *
   * @param target the webhook's scheme, host and port only: its path often carries its token
   */
  public record Delivery(String target, boolean delivered, int attempts, String error) {}

  private final List<URI> webhooks;
  private final Path file;
  private final int maxAttempts;
  private final Duration firstBackoff;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /**
   * @param webhooks where alerts are posted; none is fine (the file still gets them)
   * @param file the JSON-lines file every alert is appended to
   * @param maxAttempts attempts per webhook, at least 1
   * @param firstBackoff the wait after the first failed attempt; it doubles after each
   */
  public AlertPublisher(List<URI> webhooks, Path file, int maxAttempts, Duration firstBackoff) {
    this.webhooks = List.copyOf(webhooks);
    this.file = file;
    this.maxAttempts = Math.max(1, maxAttempts);
    this.firstBackoff = firstBackoff;
  }

  /** The publisher the configuration asks for ({@code alerts.*}); the first retry waits 1 s. */
  public static AlertPublisher of(org.sbiretl.pipeline.config.EtlConfig config) {
    List<URI> webhooks = new ArrayList<>();
    List<String> urls = config.alerts().webhookUrls();
    for (int i = 0; i < urls.size(); i++) {
      URI uri = httpUri(urls.get(i));
      if (uri == null) {
        // The URL holds a token: say which one by position, never print it.
        LOG.warn(
            "alert webhook {} of SBIR_ETL_ALERT_WEBHOOKS is ignored: not an http(s) URL with a host",
            i + 1);
      } else {
        webhooks.add(uri);
      }
    }
    return new AlertPublisher(
        webhooks,
        org.sbiretl.pipeline.config.Installation.resolve(config.alerts().file()),
        config.alerts().maxAttempts(),
        Duration.ofSeconds(1));
  }

  /**
   * Posts and records one alert.
   *
   * @param message one line for a person, e.g. "quality gate match_rate failed: 45.45% < 70.00%"
   * @param details machine-readable context (run id, gates, exit code, …)
   * @return each webhook's delivery, in order
   */
  public List<Delivery> publish(Kind kind, String message, Map<String, Object> details) {
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("text", "sbir-etl " + kind.code() + ": " + message);
    alert.put("kind", kind.code());
    alert.put("at", Instant.now().toString());
    alert.put("details", details);
    String body;
    try {
      body = JSON.writeValueAsString(alert);
    } catch (IOException e) {
      LOG.warn("alert not sent, it could not be written as JSON: {}", e.toString());
      return List.of();
    }
    List<Delivery> deliveries = new ArrayList<>();
    for (URI webhook : webhooks) {
      deliveries.add(deliver(webhook, body));
    }
    record(alert, deliveries);
    return deliveries;
  }

  private Delivery deliver(URI webhook, String body) {
    String target = target(webhook);
    String error = "";
    Duration wait = firstBackoff;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(webhook)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 == 2) {
          return new Delivery(target, true, attempt, "");
        }
        error = "HTTP " + response.statusCode();
      } catch (IOException e) {
        error = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "interrupted";
        break;
      }
      if (attempt < maxAttempts) {
        sleep(wait);
        wait = wait.multipliedBy(2);
      }
    }
    LOG.warn("alert not delivered to {} after {} attempts: {}", target, maxAttempts, error);
    return new Delivery(target, false, maxAttempts, error);
  }

  private void record(Map<String, Object> alert, List<Delivery> deliveries) {
    Map<String, Object> line = new LinkedHashMap<>(alert);
    List<Map<String, Object>> outcomes = new ArrayList<>();
    for (Delivery d : deliveries) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("target", d.target());
      o.put("delivered", d.delivered());
      o.put("attempts", d.attempts());
      o.put("error", d.error());
      outcomes.add(o);
    }
    line.put("deliveries", outcomes);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          file,
          JSON.writeValueAsString(line) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      LOG.warn("alert not recorded in {}: {}", file, e.toString());
    }
  }

  /** The URL as an http(s) URI with a host, or null. */
  private static URI httpUri(String url) {
    try {
      URI uri = new URI(url);
      boolean http = uri.getScheme() != null && uri.getScheme().matches("(?i)https?");
      return http && uri.getHost() != null ? uri : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** Scheme, host and port: a webhook's path and query are its credentials. */
  static String target(URI webhook) {
    return webhook.getScheme()
        + "://"
        + webhook.getHost()
        + (webhook.getPort() < 0 ? "" : ":" + webhook.getPort());
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
