package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.read.InvalidInputException;

/** The checks against a stand-in for Flink's REST {@code /overview}. */
class ClusterPreflightTest {
  private HttpServer server;

  private String serve(String overviewJson) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/overview",
        exchange -> {
          byte[] body = overviewJson.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void aClusterWithoutTaskManagersFailsFastNamingTheFix() throws IOException {
    String master = serve("{\"taskmanagers\":0,\"slots-total\":0,\"slots-available\":0}");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ClusterPreflight.check(master, 2));
    assertThat(e.getMessage(), containsString("has no TaskManager"));
    assertThat(e.getMessage(), containsString(master));
  }

  @Test
  void moreParallelismThanSlotsIsRefused() throws IOException {
    String master = serve("{\"taskmanagers\":1,\"slots-total\":2,\"slots-available\":2}");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ClusterPreflight.check(master, 4));
    assertThat(e.getMessage(), containsString("has 2"));
  }

  @Test
  void aClusterThatCanRunTheJobPasses() throws IOException {
    ClusterPreflight.check(
        serve("{\"taskmanagers\":1,\"slots-total\":2,\"slots-available\":0}"), 2);
  }

  @Test
  void anUnreachableClusterIsNamedWithTheCause() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String master = "127.0.0.1:" + port;
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ClusterPreflight.check(master, 0));
    assertThat(e.getMessage(), containsString("cannot reach the Flink cluster at " + master));
    assertThat(e.getMessage(), containsString("ConnectException"));
  }
}
