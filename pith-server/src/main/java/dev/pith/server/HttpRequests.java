package dev.pith.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading what a request carries: query parameters and a body within a size limit. */
final class HttpRequests {
  /**
   * How much of an oversized body is read (and thrown away) before answering 413. Clients that send the whole body
   * before reading the answer (most do) would otherwise see the connection reset instead of the 413; past this the
   * connection is simply closed.
   */
  static final long DRAIN_BYTES = 16L << 20;
  /** Longest query string; URLs of real pages are far shorter. */
  static final int MAX_QUERY_CHARS = 16 * 1024;

  private HttpRequests() {}

  /** The query parameters (first value of each name), percent-decoded as UTF-8. */
  static Map<String, String> query(HttpExchange exchange) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    if (raw.length() > MAX_QUERY_CHARS) {
      throw ApiError.badRequest("invalid_query", "the query string is longer than " + MAX_QUERY_CHARS
          + " characters");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.putIfAbsent(name, value);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("invalid_query", "the query string has a broken %-escape: \""
            + (pair.length() > 60 ? pair.substring(0, 60) + "…" : pair) + "\"");
      }
    }
    return Collections.unmodifiableMap(params);
  }

  /** The value of a request header, or null. */
  static @Nullable String header(HttpExchange exchange, String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /**
   * Refuses, before anything is read, a body whose declared length is over the limit.
   *
   * @throws ApiError 413 {@code body_too_large}, or 400 for a broken Content-Length
   */
  static void checkDeclaredLength(HttpExchange exchange, long maxBytes) {
    String declared = header(exchange, "Content-Length");
    if (declared == null) {
      return;
    }
    long length;
    try {
      length = Long.parseLong(declared.strip());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("invalid_content_length", "the Content-Length header is not a number: "
          + declared);
    }
    if (length > maxBytes) {
      drain(exchange, length);
      throw tooLarge(maxBytes);
    }
  }

  /**
   * Reads the body, at most {@code maxBytes}.
   *
   * @throws ApiError 413 {@code body_too_large} when there is more
   * @throws IOException when the client goes away
   */
  static byte[] body(HttpExchange exchange, long maxBytes) throws IOException {
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    if (body.length > maxBytes) {
      drain(exchange, -1); // length unknown (chunked) or a lie: drain up to the cap
      throw tooLarge(maxBytes);
    }
    return body;
  }

  private static ApiError tooLarge(long maxBytes) {
    return new ApiError(413, "body_too_large", "the request body is larger than this server's limit of "
        + maxBytes + " bytes (" + Sizes.show(maxBytes) + "); its operator sets it with --max-body");
  }

  /** Reads and discards up to {@link #DRAIN_BYTES} of what the client is still sending ({@code declared} or -1). */
  private static void drain(HttpExchange exchange, long declared) {
    if (declared > DRAIN_BYTES) {
      return; // not worth reading: the connection will be closed instead
    }
    byte[] sink = new byte[64 * 1024];
    long left = DRAIN_BYTES;
    try (InputStream in = exchange.getRequestBody()) {
      int n;
      while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException gone) {
      // the client stopped sending: nothing more to drain
    }
  }

  /** Reads and discards the body, up to {@link #DRAIN_BYTES}, before an answer that does not need it. */
  static void discard(HttpExchange exchange) {
    String declared = header(exchange, "Content-Length");
    long length = -1;
    try {
      length = declared == null ? -1 : Long.parseLong(declared.strip());
    } catch (NumberFormatException e) {
      // read up to the cap
    }
    drain(exchange, length);
  }

  /** The media type of a Content-Type value, lower case, without parameters. */
  static String mediaType(@Nullable String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** The {@code charset} parameter of a Content-Type value, or null. */
  static @Nullable String charset(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String value = p.substring(8).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }
}
