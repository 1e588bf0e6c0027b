package dev.pith.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.ExtractorOptions;
import dev.pith.repair.TextRepair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over a real socket: a server on an ephemeral loopback port, the JDK's HTTP client. */
class ApiTest {
  private static final String HEADLINE = "Night ferry returns to the Kessel estuary after nine years";
  private static final String ARTICLE_URL = "https://courier.example/news/transport/2025/04/02/night-ferry-returns";
  private static PithServer server;
  private static Http http;

  @BeforeAll
  static void start() throws IOException {
    server = PithServer.start(ServerOptions.defaults().withPort(0).withShutdownGrace(Duration.ZERO));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static byte[] article() {
    return TestFiles.page("news-article.html");
  }

  /** Every error answer is JSON with exactly a stable code and a message. */
  static JsonNode assertError(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode error = Http.json(response);
    assertEquals(code, error.path("error").asText(), response.body());
    assertFalse(error.path("message").asText().isBlank(), "a message a person can act on");
    List<String> names = new ArrayList<>();
    error.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("error", "message"), names);
    return error;
  }

  @Test
  void extractsAPageAsJson() {
    HttpResponse<String> r = http.post("/v1/extract?url=" + ARTICLE_URL, article(), "text/html; charset=utf-8");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode doc = Http.json(r);
    assertEquals("ok", doc.path("status").asText());
    assertEquals(ARTICLE_URL, doc.path("source").asText());
    assertEquals(HEADLINE, doc.path("metadata").path("title").path("value").asText());
    assertEquals("json-ld", doc.path("metadata").path("authors").path(0).path("source").asText());
    assertEquals("Idris Fenwick", doc.path("metadata").path("authors").path(0).path("value").asText());
    List<String> types = new ArrayList<>();
    doc.path("blocks").forEach(b -> types.add(b.path("type").asText()));
    assertTrue(types.containsAll(List.of("paragraph", "heading", "list", "quote")), types.toString());
    List<String> reasons = new ArrayList<>();
    doc.path("removals").forEach(b -> reasons.add(b.path("reason").asText()));
    assertTrue(reasons.containsAll(List.of("consent", "share", "comments", "related")), reasons.toString());
    assertFalse(doc.path("text").asText().contains("We use cookies"));
  }

  @Test
  void writesTheOtherFormats() {
    HttpResponse<String> text = http.post("/v1/extract?format=text", article(), "text/html");
    assertEquals(200, text.statusCode(), text.body());
    assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    assertTrue(text.body().contains("The Marigold was built in 1931"), text.body());
    assertFalse(text.body().contains("Accept all"));

    HttpResponse<String> md = http.post("/v1/extract?format=markdown", article(), "text/html");
    assertTrue(md.headers().firstValue("Content-Type").orElseThrow().startsWith("text/markdown"));
    assertTrue(md.body().contains("## Volunteers rebuilt the engine"), md.body());

    HttpResponse<String> html = http.post("/v1/extract?format=html", article(), "text/html");
    assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(html.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("sandbox"),
        "the document's HTML must never run as this origin");
    assertTrue(html.body().contains("Mair Okonjo"), html.body());

    assertError(http.post("/v1/extract?format=pdf", article(), "text/html"), 400, "invalid_format");
  }

  @Test
  void decodesWithTheCharsetThePageCameWith() {
    String page = "<html><head><title>Caf\u00e9</title></head><body><article><p>"
        + "Le caf\u00e9 na\u00eff \u2013 \u00e0 c\u00f4t\u00e9 du th\u00e9\u00e2tre \u2014 ouvre \u00e0 "
        + "l\u2019aube, dit-on \u00e0 la ronde, et ferme tr\u00e8s tard le soir apr\u00e8s le spectacle."
        + "</p></article></body></html>";
    byte[] cp1252 = page.getBytes(Charset.forName("windows-1252"));
    String expected = "Le caf\u00e9 na\u00eff \u2013 \u00e0 c\u00f4t\u00e9";
    HttpResponse<String> viaHeader = http.post("/v1/extract?format=text", cp1252,
        "text/html; charset=windows-1252");
    assertTrue(viaHeader.body().contains(expected), viaHeader.body());
    // the parameter wins over a request header that says something else
    HttpResponse<String> viaParam = http.post("/v1/extract?format=text&content_type=text/html;%20charset=windows-1252",
        cp1252, "application/octet-stream");
    assertTrue(viaParam.body().contains(expected), viaParam.body());

    String japanese = "<html><body><article><p>\u6771\u4eac\u306e\u65b0\u3057\u3044\u56f3\u66f8\u9928\u306f"
        + "\u6d77\u306e\u529b\u3067\u52d5\u3044\u3066\u3044\u307e\u3059\u3002\u6bce\u65e5\u3001\u6e6f\u6c34\u306e"
        + "\u3088\u3046\u306b\u591a\u304f\u306e\u4eba\u304c\u8a2a\u308c\u3066\u3044\u307e\u3059\u3002"
        + "</p></article></body></html>";
    HttpResponse<String> sjis = http.post("/v1/extract?format=text", japanese.getBytes(Charset.forName("Shift_JIS")),
        "text/html; charset=Shift_JIS");
    assertTrue(sjis.body().contains("\u6771\u4eac\u306e\u65b0\u3057\u3044\u56f3\u66f8\u9928"), sjis.body());
  }

  @Test
  void takesGzippedBodiesAndTextCaptures() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(article());
    }
    HttpResponse<String> r = http.post("/v1/extract", zipped.toByteArray(), "text/html");
    assertEquals(HEADLINE, Http.json(r).path("metadata").path("title").path("value").asText(), r.body());

    String text = "First line of a flattened capture, long enough to be a paragraph of prose on its own.\n\n"
        + "Second paragraph, also long enough to be kept as prose by the text path of the extractor.\n";
    HttpResponse<String> t = http.post("/v1/extract", text.getBytes(UTF_8), "text/plain; charset=utf-8");
    assertEquals(200, t.statusCode(), t.body());
    assertTrue(Http.json(t).path("text").asText().contains("Second paragraph"), t.body());
  }

  @Test
  void aFormEncodingHeaderIsNotTakenForThePagesType() {
    // what `curl -d @page.html` sends: the page itself must still be extracted
    HttpResponse<String> r = http.post("/v1/extract", article(), "application/x-www-form-urlencoded");
    assertEquals(200, r.statusCode(), r.body());
    assertError(http.post("/v1/extract", article(), "multipart/form-data; boundary=x"), 415,
        "multipart_not_supported");
  }

  @Test
  void refusesWhatIsNotAPage() {
    assertError(http.post("/v1/extract", new byte[0], "text/html"), 400, "empty_body");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
        0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, (byte) 0xa8, 0x66, 0, 0, 0, 0, 'I', 'E', 'N', 'D'};
    assertError(http.post("/v1/extract", png, "image/png"), 415, "unsupported_type");
    assertError(http.post("/v1/extract", png, null), 415, "not_text");
    assertError(http.post("/v1/extract", "   \n  ".getBytes(UTF_8), "text/html"), 422, "empty");
    assertError(http.post("/v1/extract?url=ftp://x.example/", article(), "text/html"), 400, "invalid_url");
  }

  @Test
  void routesAndMethods() {
    assertError(http.get("/v1/extract"), 400, "missing_url");
    assertError(http.get("/nothing-here"), 404, "not_found");
    HttpResponse<String> put = http.send(HttpRequest.newBuilder(http.uri("/v1/extract"))
        .PUT(HttpRequest.BodyPublishers.ofString("x")).build());
    assertError(put, 405, "method_not_allowed");
    assertEquals("GET, POST", put.headers().firstValue("Allow").orElseThrow());
    assertError(http.get("/v1/repair"), 405, "method_not_allowed");
    // HEAD is for the cheap endpoints only: never an extraction or a fetch
    HttpResponse<String> head = http.send(HttpRequest.newBuilder(http.uri("/v1/extract?url=https://example.org/"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(405, head.statusCode());
    assertEquals(200, http.send(HttpRequest.newBuilder(http.uri("/healthz"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).statusCode());
    assertEquals(400, RawHttp.status(server, "GET /v1/extract?url=%zz HTTP/1.1"), "a broken %-escape");
  }

  @Test
  void inspectionMarksTheOriginalPage() {
    HttpResponse<String> r = http.post("/v1/inspect?url=" + ARTICLE_URL, article(), "text/html");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode inspection = Http.json(r);
    assertEquals(HEADLINE, inspection.path("metadata").path("title").path("value").asText());
    String marked = inspection.path("marked_page").asText();
    assertTrue(marked.contains("data-pith=\"kept\""), "kept blocks are marked");
    assertTrue(marked.contains("data-pith=\"removed\""), "removals are marked");
    assertTrue(marked.contains("title=\"kept: paragraph\""), "the block type shows on hover");
    assertTrue(marked.contains("title=\"removed, consent"), "the removal reason shows on hover");
    assertFalse(marked.toLowerCase().contains("<script"), "scripts are stripped from the marked page");
    assertFalse(marked.contains("onclick"), "event handlers are stripped");
  }

  @Test
  void repairsText() {
    String text = "Caf\u00c3\u00a9 and \u00e2\u20ac\u0153quotes\u00e2\u20ac\u009d, as a UTF-8 page read as cp1252.";
    HttpResponse<String> r = http.post("/v1/repair", text.getBytes(UTF_8), "text/plain; charset=utf-8");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode repaired = Http.json(r);
    // the answer is the library's own repair, steps and all, whatever state the repair is in
    var expected = TextRepair.create().repair(text);
    assertEquals(expected.text(), repaired.path("text").asText());
    assertEquals(expected.changed(), repaired.path("changed").asBoolean());
    assertEquals(expected.steps().size(), repaired.path("steps").size());

    HttpResponse<String> plain = http.post("/v1/repair?format=text", text.getBytes(UTF_8), "text/plain");
    assertEquals(expected.text(), plain.body());

    HttpResponse<String> latin = http.post("/v1/repair", "na\u00efve".getBytes(Charset.forName("windows-1252")),
        "text/plain; charset=windows-1252");
    assertEquals(TextRepair.create().repair("na\u00efve").text(), Http.json(latin).path("text").asText());

    assertError(http.post("/v1/repair", new byte[] {'a', (byte) 0xff, 'b'}, "text/plain"), 400, "invalid_text");
    assertError(http.post("/v1/repair", "x".getBytes(UTF_8), "text/plain; charset=no-such"), 400,
        "unknown_charset");
    assertError(http.post("/v1/repair?format=xml", "x".getBytes(UTF_8), "text/plain"), 400, "invalid_format");
  }

  @Test
  void servesHealthAndThePage() {
    HttpResponse<String> health = http.get("/healthz");
    assertEquals(200, health.statusCode());
    assertEquals("ok", Http.json(health).path("status").asText());

    HttpResponse<String> page = http.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("script-src 'self'"), csp);
    assertTrue(page.body().contains("<iframe id=\"original\""), "the page has the original-page frame");
    assertTrue(page.body().contains("sandbox=\"\""), "the frame is sandboxed without scripts");
    java.util.regex.Pattern elsewhere = java.util.regex.Pattern.compile(
        "(src|href)\\s*=\\s*[\"']?(https?:)?//|@import|url\\(\\s*[\"']?(https?:)?//|fetch\\(\\s*[\"'`](https?:)?//");
    assertFalse(elsewhere.matcher(page.body()).find(), "no CDN: the page loads nothing from elsewhere");
    for (String asset : new String[] {"/static/inspect.js", "/static/inspect.css"}) {
      HttpResponse<String> r = http.get(asset);
      assertEquals(200, r.statusCode(), asset);
      assertFalse(elsewhere.matcher(r.body()).find(), asset + " loads nothing from elsewhere");
    }
    HttpResponse<String> head = http.send(HttpRequest.newBuilder(http.uri("/"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void aCoreLimitBecomesItsOwnStatus() throws IOException {
    ServerOptions tight = ServerOptions.defaults().withPort(0).withShutdownGrace(Duration.ZERO)
        .withExtractor(ExtractorOptions.defaults().withLimits(
            ExtractorOptions.defaults().limits().withMaxBytes(1000)));
    ServerOptions hurried = ServerOptions.defaults().withPort(0).withShutdownGrace(Duration.ZERO)
        .withExtractor(ExtractorOptions.defaults().withLimits(
            ExtractorOptions.defaults().limits().withTimeBudget(Duration.ofNanos(1))));
    try (PithServer small = PithServer.start(tight); PithServer quick = PithServer.start(hurried)) {
      assertError(new Http(small).post("/v1/extract", article(), "text/html"), 413, "too_large");
      // a one-nanosecond budget runs out at the first check: the page cannot be extracted in time, 422
      assertError(new Http(quick).post("/v1/extract", article(), "text/html"), 422, "timeout");
    }
  }

  @Test
  void metricsCountWhatHappened() throws IOException {
    try (PithServer fresh = PithServer.start(ServerOptions.defaults().withPort(0)
        .withShutdownGrace(Duration.ZERO))) {
      Http client = new Http(fresh);
      for (int i = 0; i < 3; i++) {
        assertEquals(200, client.post("/v1/extract", article(), "text/html").statusCode());
      }
      assertEquals(400, client.post("/v1/extract?format=nope", article(), "text/html").statusCode());
      assertEquals(404, client.get("/nope").statusCode());
      HttpResponse<String> r = client.get("/metrics");
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
      String m = r.body();
      assertTrue(m.contains("pith_http_requests_total{endpoint=\"/v1/extract\",status=\"200\"} 3\n"), m);
      assertTrue(m.contains("pith_http_requests_total{endpoint=\"/v1/extract\",status=\"400\"} 1\n"), m);
      assertTrue(m.contains("pith_http_requests_total{endpoint=\"other\",status=\"404\"} 1\n"), m);
      assertTrue(m.contains("pith_http_errors_total{endpoint=\"/v1/extract\",code=\"invalid_format\"} 1\n"), m);
      assertTrue(m.contains("pith_extractions_total{status=\"ok\"} 3\n"), m);
      assertTrue(m.contains("pith_http_request_duration_seconds_count{endpoint=\"/v1/extract\"} 4\n"), m);
      MetricsTest.assertWellFormed(m);
    }
  }

  @Test
  void errorAnswersKeepTheConnectionUsable() {
    // many errors in a row on one client (keep-alive): each gets its own complete answer
    for (int i = 0; i < 20; i++) {
      assertError(http.post("/v1/extract?format=bad" + i, article(), "text/html"), 400, "invalid_format");
    }
    assertEquals(200, http.post("/v1/extract", article(), "text/html").statusCode());
  }

  static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = s.lines().iterator(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
