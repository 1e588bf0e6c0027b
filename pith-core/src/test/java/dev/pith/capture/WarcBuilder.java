package dev.pith.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes small WARC files byte by byte for tests: well-formed records, and broken ones (wrong lengths, missing
 * headers, garbage) that a real writer would refuse to make. Each record is its own gzip member in gzip mode, as
 * crawlers write them. Record ids are derived from a counter, so files are deterministic.
 */
public final class WarcBuilder {
  private final boolean gzip;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Long> offsets = new ArrayList<>();
  private int ids;

  private WarcBuilder(boolean gzip) {
    this.gzip = gzip;
  }

  /** Records gzipped one per member, as in {@code .warc.gz}. */
  public static WarcBuilder gzipped() {
    return new WarcBuilder(true);
  }

  /** An uncompressed {@code .warc}. */
  public static WarcBuilder plain() {
    return new WarcBuilder(false);
  }

  /** A well-formed record with a correct Content-Length. */
  public WarcBuilder record(String type, String target, String contentType, byte[] block, String... extraHeaders) {
    StringBuilder h = new StringBuilder();
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:").append(nextId()).append(">\r\n");
    h.append("WARC-Date: 2024-03-0").append(1 + ids % 9).append("T12:00:00Z\r\n");
    if (target != null) {
      h.append("WARC-Target-URI: ").append(target).append("\r\n");
    }
    if (contentType != null) {
      h.append("Content-Type: ").append(contentType).append("\r\n");
    }
    for (String extra : extraHeaders) {
      h.append(extra).append("\r\n");
    }
    h.append("Content-Length: ").append(block.length).append("\r\n");
    return raw(h.toString(), block, "\r\n\r\n");
  }

  /** A response record holding an HTTP response. */
  public WarcBuilder response(String target, byte[] http, String... extraHeaders) {
    return record("response", target, "application/http; msgtype=response", http, extraHeaders);
  }

  /** A response record holding a 200 response with this Content-Type and body. */
  public WarcBuilder page(String target, String contentType, String html) {
    return response(target, http(200, contentType, html.getBytes(StandardCharsets.UTF_8)));
  }

  /** A WET conversion record. */
  public WarcBuilder conversion(String target, String text) {
    return record("conversion", target, "text/plain", text.getBytes(StandardCharsets.UTF_8),
        "WARC-Refers-To: <urn:uuid:" + UUID.nameUUIDFromBytes(target.getBytes(StandardCharsets.UTF_8)) + ">");
  }

  /** A warcinfo record. */
  public WarcBuilder warcinfo() {
    return record("warcinfo", null, "application/warc-fields",
        "software: pith tests\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** A request record. */
  public WarcBuilder request(String target) {
    return record("request", target, "application/http; msgtype=request",
        ("GET / HTTP/1.1\r\nHost: " + target.replaceAll("https?://([^/]+).*", "$1") + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A record written exactly as given: {@code "WARC/1.1\r\n" + headerLines + "\r\n" + block + trailer}, where
   * {@code headerLines} ends each line with CRLF. For broken records: wrong lengths, missing headers.
   */
  public WarcBuilder raw(String headerLines, byte[] block, String trailer) {
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    rec.writeBytes(("WARC/1.1\r\n" + headerLines + "\r\n").getBytes(StandardCharsets.UTF_8));
    rec.writeBytes(block);
    rec.writeBytes(trailer.getBytes(StandardCharsets.US_ASCII));
    return chunk(rec.toByteArray());
  }

  /** Bytes as one more member (gzipped in gzip mode): garbage, or a record cut by hand. */
  public WarcBuilder chunk(byte[] bytes) {
    offsets.add((long) out.size());
    out.writeBytes(gzip ? gzip(bytes) : bytes);
    return this;
  }

  /** Bytes appended as they are, never compressed (garbage between gzip members). */
  public WarcBuilder garbage(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  /** Where each record (or chunk) starts, in order. */
  public List<Long> offsets() {
    return List.copyOf(offsets);
  }

  public byte[] bytes() {
    return out.toByteArray();
  }

  private String nextId() {
    return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", ++ids);
  }

  /** An HTTP/1.1 response with a Content-Length. */
  public static byte[] http(int status, String contentType, byte[] body, String... extraHeaders) {
    StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Status")
        .append("\r\n");
    if (contentType != null) {
      h.append("Content-Type: ").append(contentType).append("\r\n");
    }
    boolean chunked = false;
    for (String extra : extraHeaders) {
      h.append(extra).append("\r\n");
      chunked |= extra.toLowerCase(Locale.ROOT).startsWith("transfer-encoding: chunked");
    }
    if (!chunked) {
      h.append("Content-Length: ").append(body.length).append("\r\n");
    }
    h.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  /** {@code body} in chunked transfer coding, in chunks of {@code size} bytes. */
  public static byte[] chunked(byte[] body, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += size) {
      int n = Math.min(size, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** {@code bytes} as one gzip member. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A small article page, distinct for each {@code n}. */
  public static String article(int n) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Story " + n + "</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Story " + n + "</h1>"
        + "<p>This is the first paragraph of story number " + n + ", long enough to count as the article's "
        + "content rather than as a stray line of page furniture around it.</p>"
        + "<p>A second paragraph of story " + n + " follows, with more sentences about the matter at hand, so that "
        + "the extractor has real prose to keep.</p></article><footer>Copyright the publisher</footer></body></html>";
  }
}
