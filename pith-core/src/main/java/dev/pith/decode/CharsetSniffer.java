package dev.pith.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides the charset of a page's bytes and decodes them. Evidence is taken in this order: a byte-order mark; the
 * HTTP {@code Content-Type} charset; {@code <meta charset>} or {@code http-equiv} in the first
 * {@value #PRESCAN_BYTES} bytes; an XML declaration; then the bytes themselves; then the WHATWG default.
 *
 * <p>Declarations are often wrong (CMS templates declare ISO-8859-1 and serve UTF-8). When a page declares a legacy
 * charset but its bytes are valid UTF-8 with multi-byte sequences, the bytes win: random legacy text is almost never
 * valid UTF-8. When a page declares UTF-8 but is far from valid UTF-8, statistical detection decides.
 *
 * <p>Immutable and thread-safe.
 */
public final class CharsetSniffer {
  /** Bytes scanned for a meta declaration: WHATWG says 1024, but many real pages declare later in a long head. */
  public static final int PRESCAN_BYTES = 16 * 1024;
  /**
   * Bytes given to ICU's statistical detector. Detection costs about 3.5 ms on a whole page and is no more accurate
   * past the first tens of KB.
   */
  public static final int DETECTION_BYTES = 48 * 1024;
  /** Share of invalid sequences among non-ASCII sequences above which a UTF-8 declaration is distrusted. */
  static final double MAX_INVALID_UTF8_SHARE = 0.02;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\b[^>]{0,512}?\\bcharset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:\\-]{1,40})");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml\\b[^>]{0,200}?\\bencoding\\s*=\\s*[\"']([a-zA-Z0-9_.:\\-]{1,40})[\"']");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([a-zA-Z0-9_.:\\-]{1,40})", Pattern.CASE_INSENSITIVE);

  private static final CharsetSniffer INSTANCE = new CharsetSniffer();

  private CharsetSniffer() {}

  /** The sniffer (it has no settings). */
  public static CharsetSniffer create() {
    return INSTANCE;
  }

  /**
   * Decodes {@code bytes}, using {@code contentType} (an HTTP header value, may be null) as evidence.
   * Undecodable bytes become U+FFFD, as in browsers.
   */
  public DecodedText decode(byte[] bytes, @Nullable String contentType) {
    Choice choice = choose(bytes, contentType);
    int skip = choice.bomLength;
    String text = choice.decoded != null ? choice.decoded
        : new String(bytes, skip, bytes.length - skip, choice.charset);
    return new DecodedText(text, choice.charset, choice.evidence, choice.detail);
  }

  /** Decides the charset without decoding. */
  public DecodedText describe(byte[] bytes, @Nullable String contentType) {
    Choice choice = choose(bytes, contentType);
    return new DecodedText("", choice.charset, choice.evidence, choice.detail);
  }

  /** The decision; {@code decoded} is the text when deciding already had to decode it (a UTF-8 declaration). */
  private record Choice(Charset charset, CharsetEvidence evidence, String detail, int bomLength,
      @Nullable String decoded) {
    Choice(Charset charset, CharsetEvidence evidence, String detail, int bomLength) {
      this(charset, evidence, detail, bomLength, null);
    }
  }

  private Choice choose(byte[] bytes, @Nullable String contentType) {
    Choice bom = fromBom(bytes);
    if (bom != null) {
      return bom;
    }
    // counted only when a rule needs it: a page that declares UTF-8 and decodes without U+FFFD never does
    Supplier<Utf8Stats> stats = new Supplier<>() {
      private @Nullable Utf8Stats counted;

      @Override
      public Utf8Stats get() {
        if (counted == null) {
          counted = Utf8Stats.of(bytes);
        }
        return counted;
      }
    };

    Charset declared = null;
    CharsetEvidence declaredBy = null;
    String label = contentType == null ? null : headerCharset(contentType);
    if (label != null && (declared = CharsetLabels.forLabel(label)) != null) {
      declaredBy = CharsetEvidence.HTTP_HEADER;
    } else if (hasByte(bytes, PRESCAN_BYTES, '<')) {
      // both declarations start with '<': a text without one in its head (a flattened capture) declares nothing
      String head = asciiPrefix(bytes, PRESCAN_BYTES);
      label = xmlEncoding(head);
      if (label != null && (declared = CharsetLabels.forLabel(label)) != null) {
        declaredBy = CharsetEvidence.XML_DECLARATION;
      }
      String metaLabel = metaCharset(head);
      Charset meta = metaLabel == null ? null : CharsetLabels.forLabel(metaLabel);
      if (meta != null) {
        // meta outranks the XML declaration: browsers read HTML served as text/html that way.
        declared = CharsetLabels.forMarkupDeclaration(meta);
        declaredBy = CharsetEvidence.META;
        label = metaLabel;
      }
    }

    if (declared != null) {
      boolean declaresUtf8 = declared.equals(StandardCharsets.UTF_8);
      if (!declaresUtf8 && !isUtf16(declared) && stats.get().multiByte > 0 && stats.get().invalid == 0) {
        return new Choice(StandardCharsets.UTF_8, CharsetEvidence.DETECTED,
            "declared " + label + " (" + declaredBy.jsonName() + "), but the bytes are valid UTF-8", 0);
      }
      String asUtf8 = declaresUtf8 ? new String(bytes, StandardCharsets.UTF_8) : null;
      // the decoder turns every invalid sequence into U+FFFD: without one there is nothing to count
      if (asUtf8 != null && asUtf8.indexOf('\uFFFD') >= 0 && stats.get().invalidShare() > MAX_INVALID_UTF8_SHARE) {
        Charset detected = detect(bytes);
        if (detected != null && !detected.equals(StandardCharsets.UTF_8)) {
          return new Choice(detected, CharsetEvidence.DETECTED,
              "declared utf-8 (" + declaredBy.jsonName() + "), but " + stats.get().invalid
                  + " byte sequences are not UTF-8", 0);
        }
      }
      return new Choice(declared, declaredBy, "declared " + label, 0, asUtf8);
    }

    Utf8Stats utf8 = stats.get();
    if (utf8.multiByte == 0 && utf8.invalid == 0) {
      return new Choice(StandardCharsets.UTF_8, CharsetEvidence.DEFAULT, "all bytes are ASCII", 0);
    }
    if (utf8.invalid == 0 || utf8.invalidShare() <= MAX_INVALID_UTF8_SHARE / 4) {
      return new Choice(StandardCharsets.UTF_8, CharsetEvidence.DETECTED, "the bytes are valid UTF-8", 0);
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      return new Choice(detected, CharsetEvidence.DETECTED, "statistical detection (ICU)", 0);
    }
    return new Choice(Charset.forName("windows-1252"), CharsetEvidence.DEFAULT, "nothing declared", 0);
  }

  private static boolean isUtf16(Charset charset) {
    return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
  }

  private static @Nullable Choice fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Choice(StandardCharsets.UTF_8, CharsetEvidence.BOM, "UTF-8 byte-order mark", 3);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Choice(StandardCharsets.UTF_16BE, CharsetEvidence.BOM, "UTF-16BE byte-order mark", 2);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Choice(StandardCharsets.UTF_16LE, CharsetEvidence.BOM, "UTF-16LE byte-order mark", 2);
    }
    return null;
  }

  static @Nullable String headerCharset(String contentType) {
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  static @Nullable String metaCharset(String head) {
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  static @Nullable String xmlEncoding(String head) {
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** True when {@code b} occurs in the first {@code max} bytes. */
  private static boolean hasByte(byte[] bytes, int max, char b) {
    int n = Math.min(bytes.length, max);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == b) {
        return true;
      }
    }
    return false;
  }

  /** The first {@code max} bytes as lower-case Latin-1, cut at {@code <body} when that comes first. */
  private static String asciiPrefix(byte[] bytes, int max) {
    int n = Math.min(bytes.length, max);
    byte[] lower = new byte[n]; // bytes, not chars: a Latin-1 string is made of bytes without a copy twice the size
    for (int i = 0; i < n; i++) {
      byte c = bytes[i];
      lower[i] = (c >= 'A' && c <= 'Z') ? (byte) (c + 32) : c;
    }
    String head = new String(lower, StandardCharsets.ISO_8859_1);
    int body = head.indexOf("<body");
    return body > 0 ? head.substring(0, body) : head;
  }

  /** ICU's statistical guess on the first {@value #DETECTION_BYTES} bytes, or null when it has none. */
  static @Nullable Charset detect(byte[] bytes) {
    byte[] sample = bytes.length <= DETECTION_BYTES ? bytes : Arrays.copyOf(bytes, DETECTION_BYTES);
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true); // ignore markup: tags are ASCII and say nothing about the charset
    detector.setText(sample);
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < 10) {
      return null;
    }
    Charset charset = CharsetLabels.forLabel(match.getName().toLowerCase(Locale.ROOT));
    return charset == null ? null : CharsetLabels.forMarkupDeclaration(charset);
  }

  /** Counts of multi-byte and invalid sequences when the bytes are read as UTF-8. */
  record Utf8Stats(int multiByte, int invalid) {
    double invalidShare() {
      int all = multiByte + invalid;
      return all == 0 ? 0 : (double) invalid / all;
    }

    static Utf8Stats of(byte[] b) {
      int multi = 0;
      int invalid = 0;
      int i = 0;
      int n = b.length;
      while (i < n) {
        int c = b[i];
        if (c >= 0) { // ASCII fast path
          i++;
          continue;
        }
        c &= 0xFF;
        int need;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
          need = 1;
          min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
          need = 2;
          min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
          need = 3;
          min = 0x10000;
        } else {
          invalid++;
          i++;
          continue;
        }
        if (i + need >= n) {
          // sequence runs past the end: a truncated page, count once
          invalid++;
          break;
        }
        int cp = c & (0x3F >> need);
        boolean ok = true;
        for (int k = 1; k <= need; k++) {
          int cc = b[i + k] & 0xFF;
          if ((cc & 0xC0) != 0x80) {
            ok = false;
            break;
          }
          cp = (cp << 6) | (cc & 0x3F);
        }
        if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
          multi++;
          i += need + 1;
        } else {
          invalid++;
          i++;
        }
      }
      return new Utf8Stats(multi, invalid);
    }
  }
}
