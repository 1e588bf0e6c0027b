package dev.pith.fuzz;

import com.fasterxml.jackson.core.JsonParser;
import dev.pith.Extraction;
import dev.pith.ExtractionJson;
import dev.pith.Extractor;
import dev.pith.ExtractorOptions;
import dev.pith.Limits;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRecord;
import dev.pith.capture.SourceRef;
import dev.pith.capture.WarcCaptureSource;
import dev.pith.document.ErrorKind;
import dev.pith.document.ExtractedDocument;
import dev.pith.output.JsonDocumentWriter;
import dev.pith.output.OutputFormat;
import dev.pith.repair.RepairedText;
import dev.pith.repair.TextRepair;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The fuzz targets, as plain methods: each takes the fuzzer's bytes, runs one part of pith on them and throws an
 * {@link AssertionError} when an invariant breaks. Jazzer drives them (module pith-fuzz), and the crash corpus test
 * replays every saved crasher through them, so a crash once found stays fixed without the fuzzer.
 *
 * <p>The invariants: exactly one result per input (per record for archives), never an exception out of pith, never
 * an {@link ErrorKind#INTERNAL_ERROR}, never a stack overflow or out-of-memory caught at the front door (those are
 * bugs that the front door only contains), a failure always located and explained, every writer able to write every
 * document, and no small input running out of its time budget.
 *
 * <p>The bytes are read the same way by every target: the last byte chooses options (content type, input type,
 * URL), the bytes before it are the input. Seeds can be ordinary files: their last byte is usually a newline, which
 * chooses the plain options (selector 0).
 */
public final class FuzzTargets {
  /**
   * Tighter than the defaults so that a fuzzer's many inputs stay cheap; the kinds are the same. The time budget is
   * the default one: under Jazzer's instrumentation pith runs several times slower, and lossy mojibake legitimately
   * costs the repair stage up to a second or so on a short text (see the crash corpus README).
   */
  public static final Limits LIMITS = Limits.defaults()
      .withMaxDecompressedBytes(16L << 20);

  /** Inputs up to this size that still time out are findings: pith should take milliseconds on them. */
  static final int SMALL_INPUT_BYTES = 16 * 1024;

  private static final Extractor EXTRACTOR = Extractor.create(ExtractorOptions.defaults().withLimits(LIMITS));

  private static final String[] CONTENT_TYPES = {
    null, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1252", "text/html; charset=shift_jis",
    "text/plain", "application/xhtml+xml", "text/html; charset=utf-16", "text/html; charset=gb18030",
    "text/html; charset=bogus-charset", "application/octet-stream", "text/plain; charset=iso-8859-1",
    "text/html;charset=\"utf-8\"; boundary=x", "image/png", "", "text/html; charset=koi8-r"
  };

  private static final Charset[] CHARSETS = {
    StandardCharsets.UTF_8, Charset.forName("windows-1252"), Charset.forName("GBK"), Charset.forName("Shift_JIS"),
    StandardCharsets.ISO_8859_1, Charset.forName("EUC-KR"), Charset.forName("windows-1251"), StandardCharsets.UTF_16LE
  };

  static {
    // Warm up: the first extraction in a JVM loads (and under Jazzer instruments) the repair tables, ICU and
    // jsoup, which takes seconds; that is not the input's fault, so it happens here, outside any input's budget.
    Extractor warm = Extractor.create();
    String mojibake = "Itâ€™s a cafÃ© â€” æ–‡å— ";
    warm.extract(new Capture(("<html><head><title>Warm</title></head><body><article><h1>Warm up</h1><p>"
        + mojibake.repeat(20) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8), null,
        "text/html", null, SourceRef.of("warm-up"), InputType.HTML));
    warm.extract(new Capture(("Warm up\n\n" + mojibake.repeat(20) + "\n").getBytes(StandardCharsets.UTF_8), null,
        "text/plain", null, SourceRef.of("warm-up"), InputType.TEXT));
  }

  private FuzzTargets() {}

  /** Loads this class, and so warms pith up (see the static block); for Jazzer's {@code fuzzerInitialize}. */
  public static void warmUp() {
    // nothing more: the class initialiser did the work
  }

  /** The extractor on raw capture bytes (HTML, gzip, binary, anything), as a crawl hands them over. */
  public static void extract(byte[] data) {
    int selector = selector(data);
    byte[] body = body(data);
    InputType type = switch (selector & 3) {
      case 1 -> InputType.HTML;
      case 2 -> InputType.TEXT;
      default -> InputType.AUTO;
    };
    String contentType = CONTENT_TYPES[(selector >> 2) & 15];
    String url = (selector & 64) != 0 ? null : "https://news.example.test/world/2024/05/01/a-story.html";
    Capture capture = new Capture(body, url, contentType, null, SourceRef.at("fuzz.warc.gz", 42), type);
    check(capture, EXTRACTOR);
  }

  /** The flattened-text path: text of any charset, as a WET record or a text file gives it. */
  public static void text(byte[] data) {
    int selector = selector(data);
    String contentType = (selector & 1) == 0 ? "text/plain" : "text/plain; charset=" + CHARSETS[(selector >> 1) & 7];
    Capture capture = new Capture(body(data), (selector & 16) == 0 ? null : "https://example.test/text", contentType,
        null, SourceRef.at("fuzz.wet.gz", 7), InputType.TEXT);
    check(capture, EXTRACTOR);
  }

  /**
   * The encoding repair on text decoded with a charset the selector picks (so that the fuzzer makes the mojibake
   * that wrong decodings make): it never throws, and it is idempotent.
   */
  public static void repair(byte[] data) {
    int selector = selector(data);
    String text = new String(body(data), CHARSETS[selector & 7]);
    if ((selector & 8) != 0) {
      // one more wrong decoding on top: UTF-8 bytes of the text read as windows-1252 or GBK, as happens in the wild
      text = new String(text.getBytes(StandardCharsets.UTF_8), CHARSETS[(selector & 16) == 0 ? 1 : 2]);
    }
    repairText(text);
  }

  /** Repairs {@code text} and checks the result. */
  public static void repairText(String text) {
    TextRepair repair = TextRepair.create();
    RepairedText once = repair.repair(text);
    if (once == null || once.text() == null || once.steps() == null) {
      throw new AssertionError("repair returned nothing for " + describe(text));
    }
    if (!once.changed() && !once.text().equals(text)) {
      throw new AssertionError("repair changed the text but recorded no step");
    }
    RepairedText twice = repair.repair(once.text());
    if (!twice.text().equals(once.text())) {
      throw new AssertionError("repair is not idempotent on " + describe(text) + ": once "
          + describe(once.text()) + ", twice " + describe(twice.text()));
    }
  }

  /**
   * The WARC reader on archive bytes: every record gives exactly one outcome, located inside the file, with
   * ordinals 0, 1, 2, ...; reading ends; pages go through the extractor. The selector chooses a seekable or a plain
   * stream, and whether the bytes are gzipped first (so that mutations of plain records also reach the gzip path).
   */
  public static void warc(byte[] data) {
    int selector = selector(data);
    byte[] file = body(data);
    if ((selector & 2) != 0) {
      file = gzip(file);
    }
    WarcCaptureSource.Options options = WarcCaptureSource.Options.defaults()
        .withMaxPayloadBytes(LIMITS.maxBytes()).withSuccessOnly((selector & 4) == 0);
    WarcCaptureSource source = (selector & 1) == 0
        ? WarcCaptureSource.open(new BytesChannel(file), "fuzz.warc", options)
        : WarcCaptureSource.open(new ByteArrayInputStream(file), "fuzz.warc", options);
    long expected = 0;
    try (source) {
      Iterator<SourceRecord> records = source.iterator();
      while (records.hasNext()) {
        SourceRecord record = records.next();
        Objects.requireNonNull(record, "record");
        if (record.info().ordinal() != expected) {
          throw new AssertionError("record " + expected + " has ordinal " + record.info().ordinal());
        }
        long offset = record.info().source().offset();
        if (offset < 0 || offset > file.length) {
          throw new AssertionError("record " + expected + " is at offset " + offset + ", outside the file of "
              + file.length + " bytes");
        }
        if (expected > file.length + 1L) {
          throw new AssertionError("more records than bytes: the reader does not advance");
        }
        if (record instanceof SourceRecord.Page page) {
          check(page.capture(), EXTRACTOR);
        } else if (record instanceof SourceRecord.Broken broken) {
          if (broken.message().isBlank()) {
            throw new AssertionError("a broken record without a message at offset " + offset);
          }
          if (broken.kind() == ErrorKind.INTERNAL_ERROR) {
            throw new AssertionError("internal error reading a record: " + broken.message());
          }
        }
        expected++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("closing an in-memory archive failed", e);
    }
  }

  /** Extracts {@code capture} and checks the invariants of its one result. */
  public static Extraction check(Capture capture, Extractor extractor) {
    long start = System.nanoTime();
    Extraction x = extractor.extract(capture);
    long nanos = System.nanoTime() - start;
    if (x == null) {
      throw new AssertionError("no result");
    }
    if (!x.source().equals(capture.source())) {
      throw new AssertionError("the result is located at " + x.source() + ", not at " + capture.source());
    }
    if (x instanceof Extraction.Failed f) {
      if (f.kind() == ErrorKind.INTERNAL_ERROR) {
        throw new AssertionError("internal error: " + f.message());
      }
      if (f.message().contains("stack overflow")) {
        throw new AssertionError("a stack overflow was caught at the front door: " + f.message());
      }
      if (f.message().contains("more memory than the heap")) {
        throw new AssertionError("out of memory on a " + capture.body().length + "-byte input: " + f.message());
      }
      if (f.kind() == ErrorKind.TIMEOUT && capture.body().length <= SMALL_INPUT_BYTES
          && extractor.extract(capture) instanceof Extraction.Failed again && again.kind() == ErrorKind.TIMEOUT) {
        // twice, because the first run in a fresh JVM also loads (and under Jazzer instruments) the classes
        throw new AssertionError("a " + capture.body().length + "-byte input took " + nanos / 1_000_000
            + " ms and ran out of its time budget twice: " + f.message());
      }
    }
    String message = x instanceof Extraction.Failed f ? f.message()
        : x instanceof Extraction.Rejected r ? r.message() : null;
    if (message != null && message.isBlank()) {
      throw new AssertionError("a " + x.status() + " result without a message");
    }
    if (x instanceof Extraction.Success ok) {
      write(ok.document());
    }
    wellFormed(ExtractionJson.toJson(x));
    return x;
  }

  /** Every writer writes the document. */
  private static void write(ExtractedDocument doc) {
    for (OutputFormat format : OutputFormat.values()) {
      String out = format.writer().write(doc);
      if (out == null) {
        throw new AssertionError(format + " wrote nothing");
      }
      if (format == OutputFormat.JSON) {
        wellFormed(out);
      }
    }
  }

  private static void wellFormed(String json) {
    try (JsonParser p = JsonDocumentWriter.factory().createParser(json)) {
      int depth = 0;
      for (var t = p.nextToken(); t != null; t = p.nextToken()) {
        depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
      }
      if (depth != 0) {
        throw new AssertionError("unbalanced JSON: " + json);
      }
    } catch (IOException e) {
      throw new AssertionError("malformed JSON (" + e.getMessage() + "): " + json, e);
    }
  }

  static int selector(byte[] data) {
    // XOR with '\n', so that a file ending in a newline (most seeds) gets selector 0, the plain options
    return data.length == 0 ? 0 : (data[data.length - 1] ^ '\n') & 0xFF;
  }

  static byte[] body(byte[] data) {
    return data.length == 0 ? data : Arrays.copyOf(data, data.length - 1);
  }

  private static byte[] gzip(byte[] bytes) {
    var out = new java.io.ByteArrayOutputStream(bytes.length / 2 + 32);
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String describe(String text) {
    String head = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    return "\"" + head.replace("\n", "\\n") + "\" (" + text.length() + " chars)";
  }

  /** The names of the targets, as used for the crash corpus folders. */
  public static final List<String> NAMES = List.of("extract", "text", "repair", "warc");

  /** Runs the target called {@code name} on {@code data}. */
  public static void run(String name, byte[] data) {
    switch (name) {
      case "extract" -> extract(data);
      case "text" -> text(data);
      case "repair" -> repair(data);
      case "warc" -> warc(data);
      default -> throw new IllegalArgumentException("target must be one of " + NAMES + ", was " + name);
    }
  }
}
