package dev.pith.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/extract?url=} end to end: a pith server and a page server, both on loopback. By default the page
 * server is out of reach (and never sees a request); with the operator's flag it is fetched and extracted.
 */
class SsrfTest {
  private Upstream upstream;

  @BeforeEach
  void startUpstream() {
    upstream = Upstream.start()
        .page("/article", "text/html; charset=utf-8", TestFiles.page("news-article.html"))
        .redirect("/moved", 301, "/article")
        .page("/picture", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
  }

  @AfterEach
  void stopUpstream() {
    upstream.close();
  }

  private static PithServer start(boolean allowPrivate) throws IOException {
    ServerOptions options = ServerOptions.defaults().withPort(0).withShutdownGrace(Duration.ZERO);
    return PithServer.start(options.withFetch(options.fetch().withAllowPrivateAddresses(allowPrivate)));
  }

  private static String extractUrl(String url) {
    return "/v1/extract?url=" + URLEncoder.encode(url, UTF_8);
  }

  @Test
  void refusesLoopbackInEveryDisguiseByDefault() throws IOException {
    int port = upstream.port();
    try (PithServer server = start(false)) {
      Http http = new Http(server);
      for (String url : List.of(
          upstream.base() + "/article",
          "http://localhost:" + port + "/article",
          "http://[::1]:" + port + "/article",
          "http://[::ffff:127.0.0.1]:" + port + "/article",
          "http://0.0.0.0:" + port + "/article",
          "http://2130706433:" + port + "/article",
          "http://LOCALHOST.:" + port + "/article")) {
        HttpResponse<String> r = http.get(extractUrl(url));
        JsonNode error = ApiTest.assertError(r, 403, "address_not_allowed");
        assertTrue(error.path("message").asText().contains("--allow-private-addresses"), r.body());
      }
      ApiTest.assertError(http.get(extractUrl("http://169.254.169.254/latest/meta-data/")), 403,
          "address_not_allowed");
      ApiTest.assertError(http.get(extractUrl("file:///etc/passwd")), 400, "invalid_url");
      // java.net.URI takes no host from the short form 127.1: refused before any lookup
      ApiTest.assertError(http.get(extractUrl("http://127.1:" + port + "/article")), 400, "invalid_url");
      // the same guard on the inspection endpoint
      ApiTest.assertError(http.get("/v1/inspect?url=" + URLEncoder.encode(upstream.base(), UTF_8)), 403,
          "address_not_allowed");
    }
    assertEquals(List.of(), upstream.requests(), "no refused fetch ever reached the page server");
  }

  @Test
  void fetchesPrivateAddressesWhenTheOperatorAllowsIt() throws IOException {
    try (PithServer server = start(true)) {
      Http http = new Http(server);
      HttpResponse<String> r = http.get(extractUrl(upstream.base() + "/moved"));
      assertEquals(200, r.statusCode(), r.body());
      JsonNode doc = Http.json(r);
      assertEquals("Night ferry returns to the Kessel estuary after nine years",
          doc.path("metadata").path("title").path("value").asText());
      assertEquals(upstream.base() + "/article", doc.path("source").asText(), "the final URL after the redirect");

      HttpResponse<String> text = http.get(extractUrl(upstream.base() + "/article") + "&format=text");
      assertTrue(text.body().contains("The Marigold was built in 1931"), text.body());

      HttpResponse<String> inspect = http.get("/v1/inspect?url=" + URLEncoder.encode(upstream.base() + "/article",
          UTF_8));
      assertTrue(Http.json(inspect).path("marked_page").asText().contains("data-pith=\"removed\""));

      // a fetched page that is not HTML: the request was fine, the page cannot be extracted
      ApiTest.assertError(http.get(extractUrl(upstream.base() + "/picture")), 422, "unsupported_type");
      ApiTest.assertError(http.get(extractUrl(upstream.base() + "/missing")), 502, "fetch_status");
    }
    assertEquals(5, upstream.requests().size(), upstream.requests().toString());
  }
}
