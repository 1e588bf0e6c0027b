package dev.pith.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The fetcher against page servers this test starts on loopback addresses. */
class PageFetcherTest {
  private static final byte[] PAGE = "<html><head><title>T</title></head><body><p>Hello from upstream.</p></body></html>"
      .getBytes(UTF_8);
  /** Lets 127.0.0.1 through (it stands for a public server here) and judges every other address as usual. */
  private static final AddressPolicy ONLY_127_0_0_1 = a -> a.getHostAddress().equals("127.0.0.1")
      ? null
      : AddressPolicy.publicOnly().refusal(a);

  private final CountDownLatch release = new CountDownLatch(1);
  private Upstream upstream;
  private Upstream other;
  private PageFetcher fetcher;

  @AfterEach
  void stop() {
    release.countDown();
    for (AutoCloseable c : new AutoCloseable[] {fetcher, upstream, other}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception ignored) {
          // best effort
        }
      }
    }
  }

  private static FetchOptions options() {
    return FetchOptions.defaults().withConnectTimeout(Duration.ofSeconds(5)).withReadTimeout(Duration.ofSeconds(10));
  }

  private PageFetcher fetcher(FetchOptions options, AddressPolicy policy, PageFetcher.Resolver resolver) {
    fetcher = new PageFetcher(options, policy, resolver, 4);
    return fetcher;
  }

  private PageFetcher fetcher(AddressPolicy policy) {
    return fetcher(options(), policy, InetAddress::getAllByName);
  }

  static ApiError assertApiError(int status, String code, Executable call) {
    ApiError e = assertThrows(ApiError.class, call);
    assertEquals(code, e.code(), "code; message: " + e.getMessage());
    assertEquals(status, e.status(), "status; message: " + e.getMessage());
    return e;
  }

  @Test
  void fetchesAPageWhenTheAddressIsAllowed() {
    upstream = Upstream.start().page("/a", "text/html; charset=utf-8", PAGE);
    PageFetcher.FetchedPage page = fetcher(AddressPolicy.allowAll()).fetch(upstream.base() + "/a");
    assertArrayEquals(PAGE, page.body());
    assertEquals("text/html; charset=utf-8", page.contentType());
    assertEquals(0, page.redirects());
    assertEquals(List.of("GET /a 127.0.0.1:" + upstream.port()), upstream.requests());
  }

  @Test
  void refusesLoopbackByDefaultWithoutConnecting() {
    upstream = Upstream.start().page("/a", "text/html", PAGE);
    ApiError e = assertApiError(403, "address_not_allowed",
        () -> fetcher(AddressPolicy.publicOnly()).fetch(upstream.base() + "/a"));
    assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    assertTrue(e.getMessage().contains("--allow-private-addresses"), e.getMessage());
    assertEquals(List.of(), upstream.requests());
  }

  @Test
  void refusesAHostNameThatResolvesToLoopback() {
    upstream = Upstream.start().page("/a", "text/html", PAGE);
    ApiError e = assertApiError(403, "address_not_allowed",
        () -> fetcher(AddressPolicy.publicOnly()).fetch("http://localhost:" + upstream.port() + "/a"));
    assertTrue(e.getMessage().contains("localhost resolves to"), e.getMessage());
    assertEquals(List.of(), upstream.requests());
  }

  @Test
  void checksEveryRedirectHop() {
    other = Upstream.startOn("127.0.0.2").page("/secret", "text/html", PAGE);
    upstream = Upstream.start().redirect("/go", 302, other.base() + "/secret");
    ApiError e = assertApiError(403, "address_not_allowed",
        () -> fetcher(ONLY_127_0_0_1).fetch(upstream.base() + "/go"));
    assertTrue(e.getMessage().startsWith("redirect 1 goes to " + other.base() + "/secret"), e.getMessage());
    assertEquals(1, upstream.requests().size());
    assertEquals(List.of(), other.requests(), "the refused hop was never requested");
  }

  @Test
  void checksRedirectsToHostNamesAfterResolvingThem() {
    other = Upstream.startOn("127.0.0.2").page("/secret", "text/html", PAGE);
    upstream = Upstream.start().redirect("/go", 301, "http://internal.test:" + other.port() + "/secret");
    Map<String, String> dns = Map.of("public.test", "127.0.0.1", "internal.test", "127.0.0.2");
    PageFetcher.Resolver resolver = host -> new InetAddress[] {InetAddress.getByName(dns.get(host))};
    ApiError e = assertApiError(403, "address_not_allowed",
        () -> fetcher(options(), ONLY_127_0_0_1, resolver).fetch("http://public.test:" + upstream.port() + "/go"));
    assertTrue(e.getMessage().contains("internal.test resolves to 127.0.0.2"), e.getMessage());
    assertEquals(List.of("GET /go public.test:" + upstream.port()), upstream.requests());
    assertEquals(List.of(), other.requests());
  }

  @Test
  void connectsToTheAddressItCheckedNotToAFreshLookup() {
    // DNS rebinding: the first answer is allowed, any later one points inside. One lookup per hop, and the
    // connection goes to the address that was checked.
    upstream = Upstream.start().page("/a", "text/html", PAGE);
    other = Upstream.startOn("127.0.0.2").page("/a", "text/html", PAGE);
    AtomicInteger lookups = new AtomicInteger();
    PageFetcher.Resolver rebinding = host -> new InetAddress[] {
        InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.2")};
    PageFetcher.FetchedPage page = fetcher(options(), ONLY_127_0_0_1, rebinding)
        .fetch("http://rebind.test:" + upstream.port() + "/a");
    assertEquals("127.0.0.1", page.address().getHostAddress());
    assertEquals(1, lookups.get());
    assertEquals(List.of("GET /a rebind.test:" + upstream.port()), upstream.requests());
    assertEquals(List.of(), other.requests());
  }

  @Test
  void refusesANameWhenAnyOfItsAddressesIsRefused() {
    upstream = Upstream.start().page("/a", "text/html", PAGE);
    PageFetcher.Resolver mixed = host -> new InetAddress[] {
        InetAddress.getByName("127.0.0.1"), InetAddress.getByName("10.0.0.1")};
    ApiError e = assertApiError(403, "address_not_allowed",
        () -> fetcher(options(), ONLY_127_0_0_1, mixed).fetch("http://mixed.test:" + upstream.port() + "/a"));
    assertTrue(e.getMessage().contains("10.0.0.1"), e.getMessage());
    assertEquals(List.of(), upstream.requests());
  }

  @Test
  void followsRelativeRedirectsWithinTheLimit() {
    upstream = Upstream.start()
        .redirect("/one", 301, "/two")
        .redirect("/two", 307, "three")
        .page("/three", "text/html", PAGE);
    PageFetcher.FetchedPage page = fetcher(AddressPolicy.allowAll()).fetch(upstream.base() + "/one");
    assertEquals(2, page.redirects());
    assertEquals(upstream.base() + "/three", page.url().toString());
    assertArrayEquals(PAGE, page.body());
  }

  @Test
  void stopsAfterTheRedirectLimit() {
    upstream = Upstream.start();
    for (int i = 0; i < 10; i++) {
      upstream.redirect("/r" + i, 302, "/r" + (i + 1));
    }
    ApiError e = assertApiError(502, "too_many_redirects",
        () -> fetcher(options().withMaxRedirects(3), AddressPolicy.allowAll(), InetAddress::getAllByName)
            .fetch(upstream.base() + "/r0"));
    assertTrue(e.getMessage().contains("more than 3 times"), e.getMessage());
    assertEquals(4, upstream.requests().size(), "the first request and three redirects");
  }

  @Test
  void anErrorStatusIsABadGateway() {
    upstream = Upstream.start().route("/gone", x -> Upstream.send(x, 404, "text/html", "nope".getBytes(UTF_8)));
    ApiError e = assertApiError(502, "fetch_status",
        () -> fetcher(AddressPolicy.allowAll()).fetch(upstream.base() + "/gone"));
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
  }

  @Test
  void refusesPagesOverTheSizeLimitDeclaredOrChunked() {
    byte[] big = new byte[5000];
    java.util.Arrays.fill(big, (byte) 'a');
    upstream = Upstream.start()
        .page("/declared", "text/plain", big)
        .route("/chunked", x -> {
          x.getResponseHeaders().set("Content-Type", "text/plain");
          x.sendResponseHeaders(200, 0); // 0: chunked, length not declared
          try (OutputStream out = x.getResponseBody()) {
            for (int i = 0; i < 10; i++) {
              out.write(big, 0, 1000);
            }
          }
        });
    FetchOptions small = options().withMaxBytes(4096);
    fetcher(small, AddressPolicy.allowAll(), InetAddress::getAllByName);
    assertApiError(422, "page_too_large", () -> fetcher.fetch(upstream.base() + "/declared"));
    assertApiError(422, "page_too_large", () -> fetcher.fetch(upstream.base() + "/chunked"));
  }

  @Test
  void readsChunkedBodiesWhole() {
    upstream = Upstream.start().route("/chunked", x -> {
      x.getResponseHeaders().set("Content-Type", "text/html");
      x.sendResponseHeaders(200, 0);
      try (OutputStream out = x.getResponseBody()) {
        for (byte b : PAGE) {
          out.write(b);
          out.flush(); // one chunk per byte
        }
      }
    });
    assertArrayEquals(PAGE, fetcher(AddressPolicy.allowAll()).fetch(upstream.base() + "/chunked").body());
  }

  @Test
  void handsGzipBytesOnAsTheyCame() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(PAGE);
    }
    upstream = Upstream.start().route("/gz", x -> {
      x.getResponseHeaders().set("Content-Encoding", "gzip");
      Upstream.send(x, 200, "text/html", zipped.toByteArray());
    }).route("/br", x -> {
      x.getResponseHeaders().set("Content-Encoding", "br");
      Upstream.send(x, 200, "text/html", PAGE);
    });
    fetcher(AddressPolicy.allowAll());
    assertArrayEquals(zipped.toByteArray(), fetcher.fetch(upstream.base() + "/gz").body());
    assertApiError(502, "fetch_failed", () -> fetcher.fetch(upstream.base() + "/br"));
  }

  @Test
  void aServerThatStopsSendingTimesOut() {
    upstream = Upstream.start().route("/slow", x -> {
      x.getResponseHeaders().set("Content-Type", "text/html");
      x.sendResponseHeaders(200, 1000);
      x.getResponseBody().write(PAGE, 0, 10);
      x.getResponseBody().flush();
      try {
        release.await(30, TimeUnit.SECONDS); // released when the test ends
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    FetchOptions quick = options().withReadTimeout(Duration.ofMillis(300));
    assertApiError(504, "fetch_timeout",
        () -> fetcher(quick, AddressPolicy.allowAll(), InetAddress::getAllByName).fetch(upstream.base() + "/slow"));
  }

  @Test
  void aLookupThatHangsTimesOut() {
    PageFetcher.Resolver hanging = host -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new UnknownHostException(host);
    };
    FetchOptions quick = options().withConnectTimeout(Duration.ofMillis(200));
    assertApiError(504, "fetch_timeout",
        () -> fetcher(quick, AddressPolicy.allowAll(), hanging).fetch("http://hangs.test/"));
  }

  @Test
  void anUnknownHostIsABadGateway() {
    PageFetcher.Resolver none = host -> {
      throw new UnknownHostException(host);
    };
    ApiError e = assertApiError(502, "fetch_failed",
        () -> fetcher(options(), AddressPolicy.allowAll(), none).fetch("http://nowhere.test/"));
    assertTrue(e.getMessage().contains("could not be resolved"), e.getMessage());
  }

  @Test
  void aClosedPortIsABadGateway() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    assertApiError(502, "fetch_failed",
        () -> fetcher(AddressPolicy.allowAll()).fetch("http://127.0.0.1:" + port + "/"));
  }

  @Test
  void rejectsUrlsThatAreNotHttp() {
    fetcher(AddressPolicy.allowAll());
    for (String url : new String[] {"ftp://example.org/", "file:///etc/passwd", "gopher://x/", "http://",
        "not a url", "//example.org/", "javascript:alert(1)"}) {
      assertApiError(400, "invalid_url", () -> fetcher.fetch(url));
    }
  }
}
