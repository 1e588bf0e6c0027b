package dev.pith.capture;

import dev.pith.document.ErrorKind;
import dev.pith.internal.ExtractionProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/** Turns a capture's raw bytes into its payload: size checks, gzip, binary sniffing, markup sniffing. */
public final class Payloads {
  /** Bytes looked at to tell binary from text, and markup from plain text. */
  static final int SNIFF_BYTES = 4096;

  private Payloads() {}

  /**
   * The payload of {@code body}: gunzipped when it starts with the gzip magic bytes (several members are read in
   * turn, as {@code .warc.gz} and {@code .html.gz} writers make them).
   *
   * @throws ExtractionProblem TOO_LARGE beyond either limit, TRUNCATED for a cut gzip stream, MALFORMED for a
   *     corrupt one
   */
  public static byte[] unwrap(byte[] body, long maxBytes, long maxDecompressedBytes) {
    if (body.length > maxBytes) {
      throw new ExtractionProblem(ErrorKind.TOO_LARGE,
          "the input has " + body.length + " bytes or more, over the limit of " + maxBytes);
    }
    if (body.length < 2 || (body[0] & 0xFF) != 0x1F || (body[1] & 0xFF) != 0x8B) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 64 * 1024)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, body.length * 4));
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > maxDecompressedBytes) {
          throw new ExtractionProblem(ErrorKind.TOO_LARGE,
              "the gzip payload decompresses to more than " + maxDecompressedBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (EOFException cut) {
      throw new ExtractionProblem(ErrorKind.TRUNCATED, "the gzip stream ends early: " + cut.getMessage());
    } catch (ZipException corrupt) {
      throw new ExtractionProblem(ErrorKind.MALFORMED, "the gzip stream is corrupt: " + corrupt.getMessage());
    } catch (IOException other) {
      throw new ExtractionProblem(ErrorKind.MALFORMED, "the gzip stream cannot be read: " + other);
    }
  }

  /**
   * True when the payload is only whitespace (and byte-order marks). Other control bytes are not blank: a flood of
   * NULs is binary, not an empty page.
   */
  public static boolean isBlank(byte[] payload) {
    for (byte b : payload) {
      int c = b & 0xFF;
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
      if (!space && !(c == 0xEF || c == 0xBB || c == 0xBF || c == 0xFE || c == 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Names the binary format of {@code payload} when it is one (PDF, images, archives, executables), or says
   * "binary" when its first bytes are mostly control characters; null for text. UTF-16 with a byte-order mark is
   * text.
   */
  public static @Nullable String binaryKind(byte[] p) {
    if (startsWith(p, 0xFE, 0xFF) || startsWith(p, 0xFF, 0xFE)) {
      return null;
    }
    if (startsWith(p, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(p, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(p, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(p, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(p, 'R', 'I', 'F', 'F')) {
      return "RIFF media (WebP, WAV or AVI)";
    }
    if (startsWith(p, 'P', 'K', 3, 4)) {
      return "ZIP archive (or an Office document)";
    }
    if (startsWith(p, 0x7F, 'E', 'L', 'F')) {
      return "ELF executable";
    }
    if (startsWith(p, 'M', 'Z')) {
      int controls = controlBytes(p);
      if (controls > 0) {
        return "Windows executable";
      }
    }
    if (startsWith(p, 0x28, 0xB5, 0x2F, 0xFD)) {
      return "zstd-compressed data";
    }
    if (startsWith(p, 'B', 'Z', 'h')) {
      return "bzip2-compressed data";
    }
    if (startsWith(p, 0x00, 0x00, 0x01, 0x00) || startsWith(p, 'w', 'O', 'F', 'F')
        || startsWith(p, 'w', 'O', 'F', '2')) {
      return "icon or font";
    }
    int n = Math.min(p.length, SNIFF_BYTES);
    if (n == 0) {
      return null;
    }
    int controls = controlBytes(p);
    // Text has tabs and newlines but almost no other control bytes; a NUL never occurs in HTML.
    return controls * 20 > n ? "binary data" : null;
  }

  private static int controlBytes(byte[] p) {
    int n = Math.min(p.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = p[i] & 0xFF;
      if (c == 0) {
        controls += 4; // a NUL weighs more: it is never in text
      } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        controls++;
      }
    }
    return controls;
  }

  /** True when the payload starts (after a BOM and whitespace) like markup, or has HTML tags early on. */
  public static boolean looksLikeMarkup(byte[] p) {
    int n = Math.min(p.length, SNIFF_BYTES);
    String head = new String(p, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) > 0x7F)) {
      i++;
    }
    if (i + 1 < head.length() && head.charAt(i) == '<') {
      char c = head.charAt(i + 1);
      if (c == '!' || c == '?' || (c >= 'a' && c <= 'z')) {
        return true;
      }
    }
    for (String tag : new String[] {"<html", "<body", "<head", "<div", "<p>", "<p ", "<br", "<table", "<span",
        "<a href", "<meta", "<title", "<h1", "<h2", "<li>", "<article", "<section"}) {
      if (head.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  /** The media type of a Content-Type header value ({@code text/html; charset=utf-8} → {@code text/html}). */
  public static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] p, int... prefix) {
    if (p.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((p[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
