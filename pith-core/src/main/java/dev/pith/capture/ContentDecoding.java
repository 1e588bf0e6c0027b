package dev.pith.capture;

import dev.pith.document.ErrorKind;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes an HTTP {@code Content-Encoding} on a payload held in memory: gzip, deflate (zlib-wrapped or raw) and
 * brotli (when {@code org.brotli:dec} is on the class path). Thread-safe (no state).
 *
 * <p>Archives are inconsistent about encodings: some crawlers store the payload as the server sent it, others
 * decode it and keep the header. So a payload that does not look encoded (no gzip magic, or markup where brotli
 * data should be) is taken as already decoded rather than failed. A payload cut short (a crawler's size limit) gives
 * what could be decoded, as a browser would show it.
 */
final class ContentDecoding {
  private static final int CHUNK = 64 * 1024;

  private ContentDecoding() {}

  /** The codings named by {@code Content-Encoding} header values, in the order they were applied. */
  static List<String> codings(List<String> headerValues) {
    List<String> out = new ArrayList<>();
    for (String value : headerValues) {
      for (String part : value.split(",")) {
        String coding = part.strip().toLowerCase(Locale.ROOT);
        if (!coding.isEmpty() && !coding.equals("identity") && !coding.equals("none")) {
          out.add(coding);
        }
      }
    }
    return out;
  }

  /**
   * Decodes {@code raw} by undoing {@code codings} in reverse order of application.
   *
   * @throws RecordProblem TOO_LARGE past {@code maxBytes}, MALFORMED for corrupt data, UNREADABLE for an encoding
   *     pith cannot decode
   */
  static byte[] decode(byte[] raw, List<String> codings, long maxBytes) throws RecordProblem {
    byte[] data = raw;
    for (int i = codings.size() - 1; i >= 0; i--) {
      data = decodeOne(data, codings.get(i), maxBytes);
    }
    return data;
  }

  private static byte[] decodeOne(byte[] data, String coding, long maxBytes) throws RecordProblem {
    switch (coding) {
      case "gzip":
      case "x-gzip":
        if (!isGzip(data)) {
          return data; // stored decoded, header kept
        }
        return inflate(data, maxBytes, "gzip", () -> new GZIPInputStream(new ByteArrayInputStream(data), CHUNK));
      case "deflate":
        if (Payloads.looksLikeMarkup(data)) {
          return data;
        }
        // RFC 9110 says zlib-wrapped, but servers often send raw deflate: try both.
        if (data.length >= 2 && ((data[0] & 0xFF) * 256 + (data[1] & 0xFF)) % 31 == 0 && (data[0] & 0x0F) == 8) {
          return inflate(data, maxBytes, "deflate", () -> new InflaterInputStream(new ByteArrayInputStream(data)));
        }
        return inflate(data, maxBytes, "deflate",
            () -> new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(true)));
      case "br":
        if (Payloads.looksLikeMarkup(data)) {
          return data;
        }
        return brotli(data, maxBytes);
      case "zstd":
        if (!isZstd(data)) {
          return data;
        }
        throw new RecordProblem(ErrorKind.UNREADABLE,
            "Content-Encoding zstd is not supported (pith decodes gzip, deflate and br)");
      default:
        if (Payloads.looksLikeMarkup(data)) {
          return data;
        }
        throw new RecordProblem(ErrorKind.UNREADABLE,
            "Content-Encoding " + coding + " is not supported (pith decodes gzip, deflate and br)");
    }
  }

  private interface StreamOpener {
    InputStream open() throws IOException;
  }

  private static byte[] brotli(byte[] data, long maxBytes) throws RecordProblem {
    try {
      return inflate(data, maxBytes, "br", () -> Brotli.open(new ByteArrayInputStream(data)));
    } catch (NoClassDefFoundError missing) {
      throw new RecordProblem(ErrorKind.UNREADABLE,
          "the payload is brotli-encoded (Content-Encoding: br): put org.brotli:dec on the class path to read it");
    }
  }

  /** Keeps the reference to the optional brotli decoder in one place, loaded only when a payload needs it. */
  private static final class Brotli {
    static InputStream open(InputStream in) throws IOException {
      return new org.brotli.dec.BrotliInputStream(in);
    }
  }

  private static byte[] inflate(byte[] data, long maxBytes, String coding, StreamOpener opener)
      throws RecordProblem {
    GrowableBytes out = new GrowableBytes(Math.max(CHUNK, Math.min(maxBytes + 1, data.length * 4L)));
    try (InputStream in = opener.open()) {
      out.readFrom(in, maxBytes);
    } catch (GrowableBytes.TooLarge e) {
      throw new RecordProblem(ErrorKind.TOO_LARGE,
          "the " + coding + "-encoded payload decodes to more than " + maxBytes + " bytes");
    } catch (EOFException cut) {
      if (out.size() == 0) {
        throw new RecordProblem(ErrorKind.TRUNCATED,
            "the " + coding + "-encoded payload ends before any of it could be decoded");
      }
      // cut short, as crawlers do at their size limit: keep what was decoded
    } catch (ZipException | RuntimeException corrupt) {
      throw new RecordProblem(ErrorKind.MALFORMED,
          "the " + coding + "-encoded payload is corrupt: " + corrupt.getMessage());
    } catch (IOException other) {
      throw new RecordProblem(ErrorKind.MALFORMED,
          "the " + coding + "-encoded payload cannot be decoded: " + other.getMessage());
    }
    return out.toByteArray();
  }

  private static boolean isGzip(byte[] p) {
    return p.length >= 2 && (p[0] & 0xFF) == 0x1F && (p[1] & 0xFF) == 0x8B;
  }

  private static boolean isZstd(byte[] p) {
    return p.length >= 4 && (p[0] & 0xFF) == 0x28 && (p[1] & 0xFF) == 0xB5 && (p[2] & 0xFF) == 0x2F
        && (p[3] & 0xFF) == 0xFD;
  }
}
