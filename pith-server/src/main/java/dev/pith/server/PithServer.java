package dev.pith.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.Inspection;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import dev.pith.output.OutputFormat;
import dev.pith.repair.RepairedText;
import dev.pith.repair.TextRepair;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * pith as an HTTP service: the extraction API and the inspection page, on the JDK's own HTTP server. A thin adapter:
 * handlers only translate between HTTP and {@link Capture}/{@link Extraction}; one shared {@link Extractor} does the
 * work.
 *
 * <pre>{@code
 * try (PithServer server = PithServer.start(ServerOptions.defaults().withPort(0))) {
 *   System.out.println("listening on " + server.uri());
 *   server.join();   // until close() is called (from a shutdown hook, say)
 * }
 * }</pre>
 *
 * <p>Endpoints:
 *
 * <ul>
 *   <li>{@code POST /v1/extract}: the body is the page, any charset; its Content-Type as the request's header or
 *       the {@code content_type} parameter; {@code url} and {@code format} ({@code json}, {@code text},
 *       {@code markdown}, {@code html}) parameters;
 *   <li>{@code GET /v1/extract?url=}: the server fetches the page (public addresses only, unless started with
 *       {@code allowPrivateAddresses});
 *   <li>{@code POST|GET /v1/inspect}: as extract, JSON only, with {@code marked_page}: the original page with
 *       every kept block and removal outlined (what the inspection page shows);
 *   <li>{@code POST /v1/repair}: text in, repaired text and the steps out;
 *   <li>{@code GET /healthz}, {@code GET /metrics} (Prometheus text), {@code GET /} (the inspection page).
 * </ul>
 *
 * <p>Errors are JSON {@code {"error": "<stable code>", "message": "..."}}: 400 bad parameters, 403 an address the
 * fetch policy refuses, 404, 405, 413 body over the limit, 415 not HTML or text, 422 a page that cannot be
 * extracted (including a time budget that ran out), 429 queue full, 500 a bug, 502/504 the fetched page's server
 * failed or timed out, 503 no slot within the queue timeout or shutting down.
 *
 * <p>Thread-safe; {@link #close()} stops it gracefully.
 */
public final class PithServer implements AutoCloseable {
  /** Extra handler threads beyond the admitted requests: for health checks, metrics, the page, and 429s. */
  private static final int SPARE_THREADS = 8;
  /** Connections waiting for a handler thread; past this the JDK server closes new ones at once. */
  private static final int DISPATCH_QUEUE = 256;
  /** TCP accept backlog. */
  private static final int BACKLOG = 128;
  /** Longest {@code url} parameter. */
  private static final int MAX_URL_CHARS = 8 * 1024;

  private static final String API_CSP = "sandbox; default-src 'none'";
  /** The document as HTML: its images may load, nothing may run. */
  private static final String HTML_CSP = "sandbox; default-src 'none'; img-src http: https: data:; "
      + "style-src 'unsafe-inline'";
  /**
   * The inspection page: its own script and style only. The marked page in its srcdoc iframe inherits this policy:
   * it may show the original's images and stylesheets, and it never runs scripts (the iframe's sandbox forbids
   * them too).
   */
  private static final String PAGE_CSP = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline' http: https:; img-src 'self' http: https: data:; "
      + "font-src http: https: data:; connect-src 'self'; frame-src 'self'; object-src 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private final ServerOptions options;
  private final Engine engine;
  private final PageFetcher fetcher;
  private final Admission admission;
  private final Metrics metrics;
  private final StaticFiles files;
  private final Consumer<String> log;
  private final HttpServer http;
  private final ThreadPoolExecutor handlers;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean draining;

  private PithServer(ServerOptions options, Engine engine, AddressPolicy policy, PageFetcher.Resolver resolver,
      Consumer<String> log) throws IOException {
    this.options = options;
    this.engine = engine;
    this.log = log;
    this.admission = new Admission(options.maxConcurrent(), options.maxQueued());
    this.metrics = new Metrics(admission);
    this.files = StaticFiles.load();
    int admitted = options.maxConcurrent() + options.maxQueued();
    this.fetcher = new PageFetcher(options.fetch(), policy, resolver, admitted);
    int threads = admitted + SPARE_THREADS;
    AtomicInteger n = new AtomicInteger();
    // Bounded both ways: a fixed number of threads and a fixed dispatch queue. When both are full the JDK server
    // closes the new connection; before that happens, the admission queue answers 429 from a spare thread.
    this.handlers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(DISPATCH_QUEUE), r -> {
          Thread t = new Thread(r, "pith-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    InetSocketAddress bind = new InetSocketAddress(InetAddress.getByName(options.bindAddress()), options.port());
    this.http = HttpServer.create(bind, BACKLOG);
    http.setExecutor(handlers);
    http.createContext("/", this::handle);
  }

  /**
   * Starts a server with these options and the real extractor.
   *
   * @throws IOException when the address cannot be bound (in use, or not an address of this machine)
   */
  public static PithServer start(ServerOptions options) throws IOException {
    return start(options, message -> { });
  }

  /**
   * Starts a server that reports internal errors (bugs caught at the boundary) to {@code log}.
   *
   * @throws IOException when the address cannot be bound (in use, or not an address of this machine)
   */
  public static PithServer start(ServerOptions options, Consumer<String> log) throws IOException {
    Objects.requireNonNull(options, "options");
    Engine engine = Engine.of(Extractor.create(options.extractor()), TextRepair.create());
    AddressPolicy policy = options.fetch().allowPrivateAddresses()
        ? AddressPolicy.allowAll()
        : AddressPolicy.publicOnly();
    return start(options, engine, policy, InetAddress::getAllByName, log);
  }

  /** Starts a server on a given engine, address policy and resolver (tests put controllable ones here). */
  static PithServer start(ServerOptions options, Engine engine, AddressPolicy policy, PageFetcher.Resolver resolver,
      Consumer<String> log) throws IOException {
    PithServer server = new PithServer(options, engine, policy, resolver, log);
    server.http.start();
    return server;
  }

  /** The address the server listens on (with the actual port when the options asked for port 0). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetAddress a = http.getAddress().getAddress();
    String host = a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  public ServerOptions options() {
    return options;
  }

  /** Blocks until the server has stopped. */
  public void join() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops the server: new requests are answered 503 {@code shutting_down}, requests in progress get up to the
   * shutdown grace to finish. Idempotent.
   */
  @Override
  public void close() {
    if (draining) {
      stopped.countDown();
      return;
    }
    draining = true;
    try {
      http.stop((int) Math.max(0, Math.min(Integer.MAX_VALUE, options.shutdownGrace().toSeconds())));
    } finally {
      handlers.shutdownNow();
      fetcher.close();
      stopped.countDown();
    }
  }

  // ---- dispatch -------------------------------------------------------------------------------------------------

  /** What a handler answers. */
  private record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    static Reply json(int status, String json) {
      return new Reply(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8),
          Map.of("Content-Security-Policy", API_CSP, "Cache-Control", "no-store"));
    }

    static Reply text(String contentType, String text, String csp) {
      return new Reply(200, contentType, text.getBytes(StandardCharsets.UTF_8),
          Map.of("Content-Security-Policy", csp, "Cache-Control", "no-store"));
    }
  }

  private void handle(HttpExchange exchange) {
    long start = System.nanoTime();
    String path = exchange.getRequestURI().getPath();
    String endpoint = endpoint(path);
    int status = 499; // the client went away before an answer could be sent
    try {
      Reply reply;
      try {
        reply = route(exchange, path);
      } catch (ApiError e) {
        reply = error(e);
        metrics.error(endpoint, e.code());
      } catch (RuntimeException e) {
        // a bug in the server or the engine: answer, tell the operator, go on serving
        log.accept("pith serve: internal error on " + exchange.getRequestMethod() + " " + path + ": " + e);
        reply = Reply.json(500, JsonBodies.error("internal_error", "pith failed on this request (a bug: "
            + e.getClass().getSimpleName() + "); please report it with the request"));
        metrics.error(endpoint, "internal_error");
      }
      send(exchange, reply);
      status = reply.status();
    } catch (IOException clientGone) {
      // nothing to answer to
    } finally {
      exchange.close();
      metrics.request(endpoint, status, System.nanoTime() - start);
    }
  }

  /** The endpoint label for metrics: one of a fixed set, so that clients cannot grow the series. */
  private static String endpoint(String path) {
    switch (path) {
      case "/v1/extract":
      case "/v1/inspect":
      case "/v1/repair":
      case "/healthz":
      case "/metrics":
      case "/":
        return path;
      default:
        return path.startsWith("/static/") ? "/static" : "other";
    }
  }

  private Reply route(HttpExchange exchange, String path) throws IOException {
    String method = exchange.getRequestMethod();
    // HEAD only where it costs nothing: the page, health, metrics; never an extraction or a fetch
    boolean get = method.equals("GET") || method.equals("HEAD");
    boolean post = method.equals("POST");
    switch (path) {
      case "/healthz":
        requireMethod(get, method, path, "GET, HEAD");
        return health();
      case "/metrics":
        requireMethod(get, method, path, "GET, HEAD");
        return new Reply(200, "text/plain; version=0.0.4; charset=utf-8",
            metrics.render().getBytes(StandardCharsets.UTF_8), Map.of("Cache-Control", "no-store"));
      case "/v1/extract":
      case "/v1/inspect":
        requireMethod(method.equals("GET") || post, method, path, "GET, POST");
        refuseWhenDraining();
        return extraction(exchange, path.equals("/v1/inspect"), post);
      case "/v1/repair":
        requireMethod(post, method, path, "POST");
        refuseWhenDraining();
        return repair(exchange);
      default:
        Optional<StaticFiles.File> file = files.get(path);
        if (file.isEmpty()) {
          throw new ApiError(404, "not_found", "there is nothing at " + path + "; the API is at /v1/extract, "
              + "/v1/inspect and /v1/repair, the inspection page at /");
        }
        requireMethod(get, method, path, "GET, HEAD");
        Map<String, String> headers = path.equals("/")
            ? Map.of("Content-Security-Policy", PAGE_CSP, "Referrer-Policy", "no-referrer",
                "Cache-Control", "no-cache")
            : Map.of("Cache-Control", "no-cache");
        return new Reply(200, file.get().contentType(), file.get().bytes(), headers);
    }
  }

  private static void requireMethod(boolean allowed, String method, String path, String allow) {
    if (!allowed) {
      throw ApiError.methodNotAllowed(method, path, allow);
    }
  }

  private void refuseWhenDraining() {
    if (draining) {
      throw new ApiError(503, "shutting_down", "the server is shutting down; retry on another instance", 1);
    }
  }

  private Reply health() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", draining ? "shutting_down" : "ok");
    fields.put("in_flight", admission.inFlight());
    fields.put("queued", admission.queued());
    return Reply.json(draining ? 503 : 200, JsonBodies.flat(fields));
  }

  // ---- extraction -----------------------------------------------------------------------------------------------

  private Reply extraction(HttpExchange exchange, boolean inspect, boolean post) throws IOException {
    Map<String, String> query = HttpRequests.query(exchange);
    OutputFormat format = inspect ? OutputFormat.JSON : format(query.get("format"));
    String givenType = query.get("content_type");
    Capture capture;
    boolean pageInRequest;
    Extraction extraction;
    Inspection inspection = null;
    if (post) {
      String url = optionalUrl(query.get("url"));
      String contentType = givenType != null ? givenType : pageType(HttpRequests.header(exchange, "Content-Type"));
      HttpRequests.checkDeclaredLength(exchange, options.maxBodyBytes());
      try (Admission.Ticket ticket = admitPost(exchange)) {
        byte[] body = HttpRequests.body(exchange, options.maxBodyBytes());
        if (body.length == 0) {
          throw ApiError.badRequest("empty_body", "the request has no body: send the page itself as the body, "
              + "e.g. curl --data-binary @page.html -H 'Content-Type: text/html' ...");
        }
        capture = new Capture(body, url, blankToNull(contentType), null,
            SourceRef.of(url == null ? "request body" : url), InputType.AUTO);
        ticket.awaitSlot(options.queueTimeout());
        if (inspect) {
          inspection = engine.inspect(capture);
          extraction = inspection.extraction();
        } else {
          extraction = engine.extract(capture);
        }
      }
      pageInRequest = true;
    } else {
      String url = query.get("url");
      if (url == null || url.isBlank()) {
        throw ApiError.badRequest("missing_url", "GET " + exchange.getRequestURI().getPath() + " needs the page's "
            + "address as ?url=https://...; to send the page itself, POST it as the body");
      }
      checkUrlLength(url);
      PageFetcher.parse(url, "the url parameter"); // a bad URL is the client's mistake: 400 before queueing
      try (Admission.Ticket ticket = admission.admit()) {
        PageFetcher.FetchedPage page = fetcher.fetch(url);
        String contentType = givenType != null ? givenType : page.contentType();
        capture = new Capture(page.body(), page.url().toString(), blankToNull(contentType), Instant.now(),
            SourceRef.of(page.url().toString()), InputType.AUTO);
        ticket.awaitSlot(options.queueTimeout());
        if (inspect) {
          inspection = engine.inspect(capture);
          extraction = inspection.extraction();
        } else {
          extraction = engine.extract(capture);
        }
      }
      pageInRequest = false;
    }
    metrics.extraction(extraction.status());
    if (!(extraction instanceof Extraction.Success ok)) {
      throw ApiError.of(extraction, pageInRequest);
    }
    if (inspection != null) {
      return Reply.json(200, JsonBodies.inspection(inspection));
    }
    switch (format) {
      case JSON:
        return Reply.json(200, JsonBodies.extraction(extraction));
      case TEXT:
        return Reply.text("text/plain; charset=utf-8", format.writer().write(ok.document()), API_CSP);
      case MARKDOWN:
        return Reply.text("text/markdown; charset=utf-8", format.writer().write(ok.document()), API_CSP);
      case HTML:
      default:
        return Reply.text("text/html; charset=utf-8", format.writer().write(ok.document()), HTML_CSP);
    }
  }

  /**
   * Admits a request that carries a body; when the queue is full, the body is read and thrown away first (up to
   * the drain cap), so that the client sees the 429 rather than a connection reset.
   */
  private Admission.Ticket admitPost(HttpExchange exchange) {
    try {
      return admission.admit();
    } catch (ApiError full) {
      HttpRequests.discard(exchange);
      throw full;
    }
  }

  private static OutputFormat format(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return OutputFormat.JSON;
    }
    try {
      return OutputFormat.parse(name);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("invalid_format", e.getMessage());
    }
  }

  /**
   * The page's Content-Type from the request's own header. A form encoding is what HTTP clients put there by
   * default ({@code curl -d}), not a statement about the page, so it counts as no type (pith sniffs); a multipart
   * upload is refused with advice, since the body would be the form, not the page.
   */
  private static @Nullable String pageType(@Nullable String header) {
    String media = HttpRequests.mediaType(header);
    if (media.equals("application/x-www-form-urlencoded")) {
      return null;
    }
    if (media.startsWith("multipart/")) {
      throw new ApiError(415, "multipart_not_supported", "send the page as the raw request body (curl "
          + "--data-binary @page.html), not as a form upload; pass its Content-Type as the header or as "
          + "?content_type=");
    }
    return header;
  }

  private static @Nullable String optionalUrl(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    checkUrlLength(url);
    return PageFetcher.parse(url, "the url parameter").toString();
  }

  private static void checkUrlLength(String url) {
    if (url.length() > MAX_URL_CHARS) {
      throw ApiError.badRequest("invalid_url", "the url parameter is longer than " + MAX_URL_CHARS
          + " characters");
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  // ---- repair ---------------------------------------------------------------------------------------------------

  private Reply repair(HttpExchange exchange) throws IOException {
    Map<String, String> query = HttpRequests.query(exchange);
    String format = query.getOrDefault("format", "json").strip().toLowerCase(java.util.Locale.ROOT);
    if (!format.equals("json") && !format.equals("text")) {
      throw ApiError.badRequest("invalid_format", "format must be json or text for /v1/repair, was \"" + format
          + "\"");
    }
    String contentType = query.getOrDefault("content_type", HttpRequests.header(exchange, "Content-Type"));
    Charset charset = charset(HttpRequests.charset(contentType));
    HttpRequests.checkDeclaredLength(exchange, options.maxBodyBytes());
    RepairedText repaired;
    try (Admission.Ticket ticket = admitPost(exchange)) {
      byte[] body = HttpRequests.body(exchange, options.maxBodyBytes());
      String text = decode(body, charset);
      ticket.awaitSlot(options.queueTimeout());
      repaired = engine.repair(text);
    }
    metrics.extraction("ok");
    if (format.equals("text")) {
      return Reply.text("text/plain; charset=utf-8", repaired.text(), API_CSP);
    }
    return Reply.json(200, JsonBodies.repair(repaired));
  }

  private static Charset charset(@Nullable String name) {
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw ApiError.badRequest("unknown_charset", "the charset \"" + name + "\" in Content-Type is not one this"
          + " server knows; send UTF-8 (the default)");
    }
  }

  /** Decodes strictly: a byte that is not valid in the charset is an error, never a silent replacement. */
  private static String decode(byte[] body, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiError.badRequest("invalid_text", "the body is not valid " + charset.name() + " text; declare its "
          + "charset in the Content-Type header (text/plain; charset=windows-1252, say)");
    }
  }

  // ---- writing --------------------------------------------------------------------------------------------------

  private static Reply error(ApiError e) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", API_CSP);
    headers.put("Cache-Control", "no-store");
    if (e.retryAfterSeconds() >= 0) {
      headers.put("Retry-After", Integer.toString(e.retryAfterSeconds()));
    }
    if (!e.allow().isEmpty()) {
      headers.put("Allow", e.allow());
    }
    return new Reply(e.status(), "application/json; charset=utf-8",
        JsonBodies.error(e.code(), e.getMessage()).getBytes(StandardCharsets.UTF_8), headers);
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", reply.contentType());
    headers.set("X-Content-Type-Options", "nosniff");
    reply.headers().forEach(headers::set);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (head || reply.body().length == 0) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(reply.status(), reply.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }
}
