package dev.pith.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a page for {@code GET /v1/extract?url=}, safely: a plain HTTP/1.1 GET over a socket that this class
 * opens itself, so that it connects to exactly the address it checked.
 *
 * <p>Why not {@code java.net.http.HttpClient}: it resolves the host name itself when it connects, so a check made
 * before (on our own lookup) can be undone by a DNS answer that changes in between (DNS rebinding), and it follows
 * redirects without letting us check each hop's address. Here every hop is: parsed, resolved once (with a timeout),
 * every address checked by the {@link AddressPolicy}, then connected to by address; TLS still verifies the
 * certificate against the host name and sends it as SNI.
 *
 * <p>Bounded everywhere: connect and read timeouts, a total deadline, a redirect limit, a body size limit, and
 * limits on the response head. Only {@code gzip} content coding is asked for; the gzip bytes are handed on as they
 * are (the extractor decompresses within its own limits). Thread-safe.
 */
final class PageFetcher implements AutoCloseable {
  /** Resolves a host name to addresses; the JDK's resolver by default, a fake one in tests. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** A page as fetched: the body as sent, and what the response said about it. */
  record FetchedPage(URI url, byte[] body, @Nullable String contentType, int redirects, InetAddress address) {}

  /** Longest status or header line. */
  private static final int MAX_LINE_BYTES = 16 * 1024;
  /** Most header lines in one response. */
  private static final int MAX_HEADERS = 200;
  /** Most bytes in a chunk-size line; real ones are a few hex digits. */
  private static final int MAX_CHUNK_LINE_BYTES = 1024;
  private static final String USER_AGENT = "pith/0.1 (article extraction service)";

  private final FetchOptions options;
  private final AddressPolicy policy;
  private final Resolver resolver;
  private final ThreadPoolExecutor lookups;

  PageFetcher(FetchOptions options, AddressPolicy policy, Resolver resolver, int maxLookups) {
    this.options = Objects.requireNonNull(options, "options");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    // DNS lookups run on their own threads so that a slow resolver cannot hold a request past its timeout; bounded
    // by the admitted requests, since only they fetch.
    this.lookups = new ThreadPoolExecutor(0, Math.max(1, maxLookups), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, "pith-dns");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Fetches {@code url}, following redirects.
   *
   * @throws ApiError 400 for a URL that is not http(s) or not valid, 403 for an address the policy refuses, 422
   *     for a page over the size limit, 502 for a server that fails or answers an error, 504 for timeouts
   */
  FetchedPage fetch(String url) {
    long deadline = System.nanoTime() + options.totalTimeout().toNanos();
    URI uri = parse(url, "the url parameter");
    for (int hop = 0; ; hop++) {
      Response response = request(uri, hop, deadline);
      if (response.isRedirect()) {
        String location = response.header("location");
        if (location == null) {
          throw new ApiError(502, "fetch_failed", "the page answered " + response.status
              + " (a redirect) without a Location header: " + uri);
        }
        if (hop >= options.maxRedirects()) {
          throw new ApiError(502, "too_many_redirects", "the page redirected more than "
              + options.maxRedirects() + " times (last to " + location + "); give the final URL instead");
        }
        uri = parse(resolve(uri, location), "the redirect from " + uri);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        throw new ApiError(502, "fetch_status", "the page's server answered HTTP " + response.status
            + (response.reason.isEmpty() ? "" : " " + response.reason) + " for " + uri);
      }
      return new FetchedPage(uri, response.body, response.header("content-type"), hop, response.address);
    }
  }

  @Override
  public void close() {
    lookups.shutdownNow();
  }

  private static String resolve(URI base, String location) {
    try {
      return base.resolve(new URI(location.strip())).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new ApiError(502, "fetch_failed", "the page redirected to an invalid URL: " + location);
    }
  }

  /** Parses and checks an http(s) URL; the host becomes its ASCII (punycode) form. */
  static URI parse(String url, String what) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw ApiError.badRequest("invalid_url", what + " is not a valid URL (" + e.getReason()
          + "); percent-encode spaces and other special characters");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw ApiError.badRequest("invalid_url", what + " must be an http or https URL, was \"" + url + "\"");
    }
    String host = uri.getHost();
    if (host == null && uri.getRawAuthority() != null) {
      // java.net.URI gives no host for internationalized names: parse again with the name in ASCII (punycode)
      String authority = uri.getRawAuthority();
      int at = authority.lastIndexOf('@');
      String hostPort = authority.substring(at + 1);
      int colon = hostPort.lastIndexOf(':');
      String name = colon < 0 ? hostPort : hostPort.substring(0, colon);
      try {
        String ascii = scheme + "://" + IDN.toASCII(name) + (colon < 0 ? "" : hostPort.substring(colon))
            + (uri.getRawPath() == null ? "" : uri.getRawPath())
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        URI again = new URI(ascii);
        if (again.getHost() != null) {
          uri = again;
          host = again.getHost();
        }
      } catch (IllegalArgumentException | URISyntaxException e) {
        host = null;
      }
    }
    if (host == null || host.isEmpty()) {
      throw ApiError.badRequest("invalid_url", what + " has no host name this server can use: \"" + url
          + "\" (names with characters such as '_' are not valid host names)");
    }
    return uri;
  }

  private Response request(URI uri, int hop, long deadline) {
    String host = hostOf(uri);
    boolean tls = uri.getScheme().equalsIgnoreCase("https");
    int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
    InetAddress[] addresses = lookup(host, deadline);
    for (InetAddress address : addresses) {
      String why = policy.refusal(address);
      if (why != null) {
        throw new ApiError(403, "address_not_allowed", (hop == 0 ? "" : "redirect " + hop + " goes to ")
            + uri + ": " + (isLiteral(host) ? host + " is " : host + " resolves to " + address.getHostAddress()
            + ", ") + why + "; this server fetches only"
            + " from public addresses (its operator can allow others with --allow-private-addresses)");
      }
    }
    IOException last = null;
    for (InetAddress address : addresses) {
      Socket socket = new Socket(Proxy.NO_PROXY);
      try {
        // connect to the address that was checked, never to the name (which may resolve elsewhere by now)
        socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, Math.min(
            options.connectTimeout().toMillis(), remainingMillis(deadline, uri))));
      } catch (IOException e) { // refused, unreachable, or timed out: try the next address
        closeQuietly(socket);
        last = e;
        continue;
      }
      try {
        return exchange(socket, uri, host, port, tls, address, deadline);
      } finally {
        closeQuietly(socket);
      }
    }
    if (last instanceof SocketTimeoutException) {
      throw new ApiError(504, "fetch_timeout", "could not connect to " + host + ":" + port + " within "
          + Durations.show(options.connectTimeout()));
    }
    throw new ApiError(502, "fetch_failed", "could not connect to " + host + ":" + port
        + (last == null ? "" : ": " + last.getMessage()));
  }

  private static String hostOf(URI uri) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    // "LOCALHOST." is localhost: names are case-insensitive and a final dot only marks them as absolute
    host = host.toLowerCase(Locale.ROOT);
    return host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
  }

  private InetAddress[] lookup(String host, long deadline) {
    Future<InetAddress[]> future;
    try {
      future = lookups.submit(() -> resolver.resolve(host));
    } catch (RejectedExecutionException e) {
      throw new ApiError(503, "busy", "too many host name lookups are in progress; retry in a moment", 1);
    }
    long wait = Math.min(options.connectTimeout().toMillis(), remainingMillis(deadline, null));
    try {
      InetAddress[] found = future.get(Math.max(1, wait), TimeUnit.MILLISECONDS);
      if (found == null || found.length == 0) {
        throw new ApiError(502, "fetch_failed", "the host name " + host + " has no addresses");
      }
      return found;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiError(504, "fetch_timeout", "looking up " + host + " took longer than "
          + Durations.show(Duration.ofMillis(wait)));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnknownHostException) {
        throw new ApiError(502, "fetch_failed", "the host name " + host + " could not be resolved; check the URL");
      }
      throw new ApiError(502, "fetch_failed", "looking up " + host + " failed: " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "shutting_down", "the server is shutting down");
    }
  }

  private long remainingMillis(long deadline, @Nullable URI uri) {
    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    if (left <= 0) {
      throw totalTimeout(uri);
    }
    return left;
  }

  private ApiError totalTimeout(@Nullable URI uri) {
    return new ApiError(504, "fetch_timeout", "fetching " + (uri == null ? "the page" : uri)
        + " took longer than " + Durations.show(options.totalTimeout()) + " in all");
  }

  private Response exchange(Socket plain, URI uri, String host, int port, boolean tls, InetAddress address,
      long deadline) {
    Socket socket = plain;
    try {
      plain.setSoTimeout(readTimeout(deadline, uri));
      if (tls) {
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
            .createSocket(plain, host, port, true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
        if (!isLiteral(host)) {
          params.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(params);
        ssl.startHandshake();
        socket = ssl;
      }
      OutputStream out = socket.getOutputStream();
      out.write(requestHead(uri, host, port, tls).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      Response response = readHead(in, socket, uri, deadline);
      response.address = address;
      if (!response.isRedirect() && response.status >= 200 && response.status <= 299) {
        String coding = response.header("content-encoding");
        if (coding != null && !coding.isBlank() && !coding.strip().equalsIgnoreCase("gzip")
            && !coding.strip().equalsIgnoreCase("x-gzip") && !coding.strip().equalsIgnoreCase("identity")) {
          throw new ApiError(502, "fetch_failed", "the page's server sent Content-Encoding " + coding
              + ", which pith does not decode (it asked for gzip only)");
        }
        response.body = readBody(in, socket, response, uri, deadline);
      }
      return response;
    } catch (SocketTimeoutException e) {
      throw new ApiError(504, "fetch_timeout", "the page's server " + host + " stopped sending for "
          + Durations.show(options.readTimeout()) + " (read timeout)");
    } catch (SSLException e) {
      throw new ApiError(502, "fetch_failed", "TLS with " + host + " failed: " + e.getMessage());
    } catch (IOException e) {
      throw new ApiError(502, "fetch_failed", "reading from " + host + " failed: " + e.getMessage());
    }
  }

  private int readTimeout(long deadline, URI uri) {
    return (int) Math.max(1, Math.min(options.readTimeout().toMillis(), remainingMillis(deadline, uri)));
  }

  private static boolean isLiteral(String host) {
    return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
  }

  private static String requestHead(URI uri, String host, int port, boolean tls) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    String hostHeader = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    if (port != (tls ? 443 : 80)) {
      hostHeader += ":" + port;
    }
    return "GET " + path + " HTTP/1.1\r\n"
        + "Host: " + hostHeader + "\r\n"
        + "User-Agent: " + USER_AGENT + "\r\n"
        + "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5\r\n"
        + "Accept-Encoding: gzip\r\n"
        + "Connection: close\r\n"
        + "\r\n";
  }

  /** A response's status, headers and (for a success) body. */
  private static final class Response {
    final int status;
    final String reason;
    final Map<String, String> headers;
    byte[] body = new byte[0];
    InetAddress address;

    Response(int status, String reason, Map<String, String> headers) {
      this.status = status;
      this.reason = reason;
      this.headers = headers;
    }

    @Nullable String header(String lowerCaseName) {
      return headers.get(lowerCaseName);
    }

    boolean isRedirect() {
      return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
  }

  private Response readHead(InputStream in, Socket socket, URI uri, long deadline) throws IOException {
    while (true) {
      String statusLine = readLine(in, MAX_LINE_BYTES, uri);
      if (statusLine == null) {
        throw new ApiError(502, "fetch_failed", "the page's server closed the connection without answering: "
            + uri);
      }
      // "HTTP/1.1 200 OK"
      String[] parts = statusLine.split(" ", 3);
      int status;
      try {
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
          throw new NumberFormatException();
        }
        status = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw new ApiError(502, "fetch_failed", "the page's server did not answer in HTTP: \""
            + abbreviate(statusLine) + "\"");
      }
      Map<String, String> headers = new HashMap<>();
      for (int n = 0; ; n++) {
        socket.setSoTimeout(readTimeout(deadline, uri));
        String line = readLine(in, MAX_LINE_BYTES, uri);
        if (line == null || line.isEmpty()) {
          break;
        }
        if (n >= MAX_HEADERS) {
          throw new ApiError(502, "fetch_failed", "the page's server sent more than " + MAX_HEADERS
              + " header lines");
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
          String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
          String value = line.substring(colon + 1).strip();
          headers.merge(name, value, (a, b) -> name.equals("transfer-encoding") ? a + ", " + b : b);
        }
      }
      if (status >= 100 && status < 200) {
        continue; // 100 Continue, 103 Early Hints: the real answer follows
      }
      return new Response(status, parts.length > 2 ? parts[2].strip() : "", headers);
    }
  }

  private byte[] readBody(InputStream in, Socket socket, Response response, URI uri, long deadline)
      throws IOException {
    long max = options.maxBytes();
    String te = response.header("transfer-encoding");
    ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
      while (true) {
        socket.setSoTimeout(readTimeout(deadline, uri));
        String sizeLine = readLine(in, MAX_CHUNK_LINE_BYTES, uri);
        if (sizeLine == null) {
          throw truncated(uri, body.size());
        }
        int semi = sizeLine.indexOf(';');
        long size;
        try {
          size = Long.parseLong((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip(), 16);
        } catch (NumberFormatException e) {
          throw new ApiError(502, "fetch_failed", "the page's server sent a broken chunked body");
        }
        if (size < 0 || body.size() + size > max) {
          throw tooLarge(uri);
        }
        if (size == 0) {
          while (true) { // trailers, up to the empty line
            String trailer = readLine(in, MAX_LINE_BYTES, uri);
            if (trailer == null || trailer.isEmpty()) {
              return body.toByteArray();
            }
          }
        }
        copy(in, socket, body, size, uri, deadline, true);
        readLine(in, MAX_CHUNK_LINE_BYTES, uri); // the CRLF after the chunk
      }
    }
    String length = response.header("content-length");
    if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new ApiError(502, "fetch_failed", "the page's server sent a broken Content-Length: " + length);
      }
      if (n > max) {
        throw tooLarge(uri);
      }
      copy(in, socket, body, n, uri, deadline, true);
      return body.toByteArray();
    }
    copy(in, socket, body, max + 1, uri, deadline, false);
    if (body.size() > max) {
      throw tooLarge(uri);
    }
    return body.toByteArray();
  }

  /** Copies {@code n} bytes (or up to end of stream when not {@code exact}), checking the deadline per read. */
  private void copy(InputStream in, Socket socket, ByteArrayOutputStream out, long n, URI uri, long deadline,
      boolean exact) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long left = n;
    while (left > 0) {
      socket.setSoTimeout(readTimeout(deadline, uri));
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        if (exact) {
          throw truncated(uri, out.size());
        }
        return;
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  private ApiError tooLarge(URI uri) {
    return new ApiError(422, "page_too_large", "the page at " + uri + " is larger than this server's fetch limit of "
        + options.maxBytes() + " bytes; fetch it yourself and POST it to /v1/extract");
  }

  private static ApiError truncated(URI uri, int got) {
    return new ApiError(502, "fetch_failed", "the page's server closed the connection after " + got
        + " bytes, before the end of the page: " + uri);
  }

  /** One line ending in LF (a CR before it is dropped), or null at end of stream; at most {@code max} bytes. */
  private static @Nullable String readLine(InputStream in, int max, URI uri) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b = in.read();
      if (b < 0) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
      }
      if (line.size() >= max) {
        throw new ApiError(502, "fetch_failed", "the page's server sent a header line longer than " + max
            + " bytes: " + uri);
      }
      line.write(b);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing to do: the socket is gone either way
    }
  }
}
