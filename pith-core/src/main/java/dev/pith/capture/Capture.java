package dev.pith.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One captured page: its raw bytes and what the capture knows about them. The bytes are kept as received (they may
 * be gzip-compressed; extraction decompresses them within its limits).
 *
 * <p>The array is not copied: callers hand it over and must not change it afterwards.
 *
 * @param body the payload as received
 * @param url the page's URL, if known
 * @param contentType the HTTP {@code Content-Type} header, if known (its charset is evidence for decoding)
 * @param fetchedAt when the page was captured, if known
 * @param source where the capture came from, for messages and error records
 * @param type what the payload is; {@link InputType#AUTO} to decide from the bytes
 */
public record Capture(
    byte[] body,
    @Nullable String url,
    @Nullable String contentType,
    @Nullable Instant fetchedAt,
    SourceRef source,
    InputType type) {

  public Capture {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
  }

  /** An HTML page (or anything whose type should be sniffed) with its URL, if known. */
  public static Capture of(byte[] body, @Nullable String url) {
    return new Capture(body, url, null, null, SourceRef.of(url == null ? "-" : url), InputType.AUTO);
  }

  /** Text that is already decoded, such as a flattened capture; it goes through repair but not through decoding. */
  public static Capture ofText(String text, @Nullable String url) {
    return new Capture(
        text.getBytes(StandardCharsets.UTF_8),
        url,
        "text/plain; charset=utf-8",
        null,
        SourceRef.of(url == null ? "-" : url),
        InputType.TEXT);
  }

  /**
   * Reads a file whole. The type is {@link InputType#TEXT} for {@code .txt}, {@code .wet} (optionally
   * {@code .gz}), else {@link InputType#AUTO}.
   *
   * @throws IOException when the file cannot be read
   */
  public static Capture fromFile(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    return new Capture(bytes, null, null, null, SourceRef.of(path.toString()), typeFromName(path.toString()));
  }

  /**
   * Reads a stream to its end, at most {@code maxBytes + 1} bytes (so that an oversized input is seen as such
   * without being read whole).
   *
   * @throws IOException when the stream cannot be read
   */
  public static Capture fromStream(InputStream in, String name, long maxBytes) throws IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
    byte[] bytes = in.readNBytes(cap);
    return new Capture(bytes, null, null, null, SourceRef.of(name), typeFromName(name));
  }

  /** The type a file name suggests: text for .txt and .wet files, otherwise decided from the bytes. */
  public static InputType typeFromName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    if (lower.endsWith(".txt") || lower.endsWith(".wet") || lower.endsWith(".text")) {
      return InputType.TEXT;
    }
    return InputType.AUTO;
  }

  public Capture withUrl(@Nullable String newUrl) {
    return new Capture(body, newUrl, contentType, fetchedAt, source, type);
  }

  public Capture withContentType(@Nullable String newContentType) {
    return new Capture(body, url, newContentType, fetchedAt, source, type);
  }

  public Capture withType(InputType newType) {
    return new Capture(body, url, contentType, fetchedAt, source, newType);
  }

  public Capture withFetchedAt(@Nullable Instant newFetchedAt) {
    return new Capture(body, url, contentType, newFetchedAt, source, type);
  }

  @Override
  public String toString() {
    return "Capture[" + source + ", " + body.length + " bytes, url=" + url + ", type=" + type + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capture c
        && java.util.Arrays.equals(body, c.body)
        && Objects.equals(url, c.url)
        && Objects.equals(contentType, c.contentType)
        && Objects.equals(fetchedAt, c.fetchedAt)
        && source.equals(c.source)
        && type == c.type;
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(body), url, contentType, fetchedAt, source, type);
  }
}
