package org.sbiretl.runners;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough of the Prometheus text format to read back what a run pushed. */
final class PrometheusText {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)\\} (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private PrometheusText() {}

  /** GET {@code url} with a timeout; the body, or an IOException naming the URL. */
  static String get(URI url) throws IOException {
    return send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build());
  }

  /** DELETE {@code url}; used to remove a test's group from the Pushgateway. */
  static void delete(URI url) throws IOException {
    send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).DELETE().build());
  }

  /**
   * Values of {@code metric} whose labels include all of {@code match}, keyed by the value of label
   * {@code keyLabel}. Gauges arrive as floats ({@code 1.2e+06}); counters are whole numbers.
   */
  static SortedMap<String, Long> samples(
      String body, String metric, Map<String, String> match, String keyLabel) {
    SortedMap<String, Long> out = new TreeMap<>();
    for (String line : body.split("\n")) {
      Matcher m = SAMPLE.matcher(line.strip());
      if (!m.matches() || !m.group(1).equals(metric)) {
        continue;
      }
      Map<String, String> labels = new TreeMap<>();
      Matcher l = LABEL.matcher(m.group(2));
      while (l.find()) {
        labels.put(l.group(1), l.group(2));
      }
      if (labels.entrySet().containsAll(match.entrySet()) && labels.containsKey(keyLabel)) {
        out.put(labels.get(keyLabel), Math.round(Double.parseDouble(m.group(3))));
      }
    }
    return out;
  }

  private static String send(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IOException(request.uri() + " answered " + response.statusCode());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted calling " + request.uri(), e);
    }
  }
}
