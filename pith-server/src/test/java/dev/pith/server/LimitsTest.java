package dev.pith.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Body size, admission and queueing limits, made deterministic with a gated engine and tiny limits. */
class LimitsTest {
  private final GatedEngine gated = new GatedEngine();
  private PithServer server;

  @AfterEach
  void stop() {
    gated.open();
    if (server != null) {
      server.close();
    }
  }

  private PithServer start(ServerOptions options, Engine engine) throws IOException {
    server = PithServer.start(options.withPort(0).withShutdownGrace(Duration.ZERO), engine,
        AddressPolicy.publicOnly(), InetAddress::getAllByName, message -> { });
    return server;
  }

  private static byte[] page(int size) {
    byte[] head = "<html><body><p>".getBytes();
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'a');
    System.arraycopy(head, 0, body, 0, head.length);
    return body;
  }

  @Test
  void anOversizedBodyIs413DeclaredOrChunked() throws IOException {
    start(ServerOptions.defaults().withMaxBodyBytes(4096), GatedEngine.real());
    Http http = new Http(server);
    JsonNode error = ApiTest.assertError(http.post("/v1/extract", page(10_000), "text/html"), 413, "body_too_large");
    assertTrue(error.path("message").asText().contains("4096 bytes"), error.toString());
    // no Content-Length: the body arrives chunked and is cut off at the limit
    HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(http.uri("/v1/extract"))
        .header("Content-Type", "text/html")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(page(10_000))))
        .build());
    ApiTest.assertError(chunked, 413, "body_too_large");
    ApiTest.assertError(http.post("/v1/repair", page(4097), "text/plain"), 413, "body_too_large");
    // exactly at the limit is fine
    assertEquals(200, http.post("/v1/extract?format=text", page(4096), "text/html").statusCode());
    // and the server is still healthy after refusing
    assertEquals(200, http.get("/healthz").statusCode());
  }

  @Test
  void aFullQueueIs429AtOnce() throws Exception {
    start(ServerOptions.defaults().withMaxConcurrent(1).withMaxQueued(0), gated);
    Http http = new Http(server);
    CompletableFuture<HttpResponse<String>> first = http.client().sendAsync(
        post(http, "/v1/extract"), HttpResponse.BodyHandlers.ofString());
    gated.awaitEntered(1); // the one slot is taken and nothing may queue

    HttpResponse<String> refused = http.post("/v1/extract", page(200), "text/html");
    ApiTest.assertError(refused, 429, "overloaded");
    assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
    ApiTest.assertError(http.post("/v1/repair", "text".getBytes(), "text/plain"), 429, "overloaded");
    // health and metrics still answer while every slot is busy
    HttpResponse<String> health = http.get("/healthz");
    assertEquals(200, health.statusCode());
    assertEquals(1, Http.json(health).path("in_flight").asInt());
    assertTrue(http.get("/metrics").body().contains("pith_extractions_in_flight 1\n"));

    gated.open();
    assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
    assertEquals(200, http.post("/v1/extract", page(200), "text/html").statusCode(), "free again");
    String metrics = http.get("/metrics").body();
    assertTrue(metrics.contains("pith_http_requests_total{endpoint=\"/v1/extract\",status=\"429\"} 1\n"), metrics);
    assertTrue(metrics.contains("pith_http_errors_total{endpoint=\"/v1/extract\",code=\"overloaded\"} 1\n"), metrics);
  }

  @Test
  void aQueuedRequestThatWaitsTooLongIs503() throws Exception {
    start(ServerOptions.defaults().withMaxConcurrent(1).withMaxQueued(1)
        .withQueueTimeout(Duration.ofMillis(200)), gated);
    Http http = new Http(server);
    CompletableFuture<HttpResponse<String>> first = http.client().sendAsync(
        post(http, "/v1/extract"), HttpResponse.BodyHandlers.ofString());
    gated.awaitEntered(1);
    // admitted to the queue, but the slot never frees up within the queue timeout
    HttpResponse<String> waited = http.post("/v1/extract", page(200), "text/html");
    ApiTest.assertError(waited, 503, "busy");
    assertTrue(waited.headers().firstValue("Retry-After").isPresent());
    gated.open();
    assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void manyClientsAtOnceGetAnswersNeverAHang() throws Exception {
    // 1 running + 2 queued; 12 clients: 3 are admitted, the others are refused at once
    start(ServerOptions.defaults().withMaxConcurrent(1).withMaxQueued(2).withQueueTimeout(Duration.ofSeconds(60)),
        gated);
    Http http = new Http(server);
    CompletableFuture<?>[] all = new CompletableFuture<?>[12];
    for (int i = 0; i < all.length; i++) {
      all[i] = http.client().sendAsync(post(http, "/v1/extract"), HttpResponse.BodyHandlers.ofString());
    }
    gated.awaitEntered(1);
    // wait until the refused ones have their answer: 9 of them, while the three admitted are held
    int refused = 0;
    for (int tries = 0; tries < 600 && refused < 9; tries++) {
      refused = 0;
      for (CompletableFuture<?> f : all) {
        if (f.isDone() && ((HttpResponse<?>) f.get()).statusCode() == 429) {
          refused++;
        }
      }
      Thread.sleep(50);
    }
    assertEquals(9, refused, "all but the admitted three were refused while the slot was held");
    gated.open();
    int ok = 0;
    for (CompletableFuture<?> f : all) {
      int status = ((HttpResponse<?>) f.get(60, TimeUnit.SECONDS)).statusCode();
      assertTrue(status == 200 || status == 429, "status " + status);
      ok += status == 200 ? 1 : 0;
    }
    assertEquals(3, ok);
  }

  @Test
  void closeLetsRunningRequestsFinish() throws Exception {
    server = PithServer.start(ServerOptions.defaults().withPort(0).withShutdownGrace(Duration.ofSeconds(30)),
        gated, AddressPolicy.publicOnly(), InetAddress::getAllByName, message -> { });
    Http http = new Http(server);
    CompletableFuture<HttpResponse<String>> running = http.client().sendAsync(
        post(http, "/v1/extract"), HttpResponse.BodyHandlers.ofString());
    gated.awaitEntered(1);
    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
    Thread.sleep(200); // let close() begin; the outcome does not depend on this
    gated.open();
    assertEquals(200, running.get(60, TimeUnit.SECONDS).statusCode(), "the request in progress completed");
    closing.get(60, TimeUnit.SECONDS);
  }

  private static HttpRequest post(Http http, String path) {
    return HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "text/html")
        .POST(HttpRequest.BodyPublishers.ofByteArray(page(200))).build();
  }
}
