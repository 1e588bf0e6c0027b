package dev.pith.bench;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.ExtractorOptions;
import dev.pith.Limits;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRecord;
import dev.pith.capture.SourceRef;
import dev.pith.capture.WarcCaptureSource;
import dev.pith.document.ErrorKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a corpus of hostile inputs (the worst a crawl holds: truncated and binary pages, a 50 MB page, 100,000
 * nested elements, invalid UTF-8, decompression bombs, broken WARC records, regex bait, huge attributes, millions of
 * tiny elements, deep nesting in text, NUL floods, mojibake floods...) and runs every case through pith with the
 * default limits, one at a time, checking that each gives exactly its one result (one per record for archives),
 * that nothing escapes as an exception, and that no case runs past twice its time budget. Prints one line per case
 * and a summary with the peak heap; exits 1 when a check fails.
 *
 * <pre>
 * java -Xmx2g -cp pith-bench/target/pith-bench.jar dev.pith.bench.HostileCorpus [--write DIR] [--only NAME]
 * </pre>
 *
 * {@code --write DIR} also saves each case's bytes there (for {@code pith extract} or other tools); nothing is
 * written by default. Cases are generated from fixed seeds: every run sees the same bytes.
 */
public final class HostileCorpus {
  private static final String PROSE = "The council met on Tuesday to discuss the new ferry timetable, which "
      + "residents say leaves the island without a late boat on weekdays. ";

  /** One generated input: bytes as a crawl would hand them over, or a WARC file whose records are the inputs. */
  record Case(String name, String contentType, InputType type, boolean warc, int expectedOutcomes,
      Supplier<byte[]> bytes) {}

  private HostileCorpus() {}

  /** The cases, in a fixed order; their bytes are made when the case runs, so that memory goes to one at a time. */
  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    c.add(html("empty", () -> new byte[0]));
    c.add(html("whitespace-only", () -> " \n\t\r\n ".repeat(10_000).getBytes(StandardCharsets.US_ASCII)));
    c.add(html("truncated-mid-tag", () -> {
      String page = page(200);
      return page.substring(0, page.length() / 2 + 7).getBytes(StandardCharsets.UTF_8);
    }));
    c.add(html("truncated-gzip", () -> {
      byte[] gz = gzip(page(500).getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(gz, gz.length / 2);
    }));
    c.add(html("binary-random-as-html", () -> random(1, 2 << 20)));
    c.add(html("png-as-html", () -> {
      byte[] b = random(2, 300_000);
      byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
      System.arraycopy(magic, 0, b, 0, magic.length);
      return b;
    }));
    c.add(html("nul-flood-10mb", () -> new byte[10 << 20]));
    c.add(html("control-flood", () -> {
      byte[] b = new byte[4 << 20];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (1 + i % 8);
      }
      return b;
    }));
    c.add(html("page-50mb", () -> {
      StringBuilder sb = new StringBuilder(52 << 20).append("<html><head><title>Big</title></head><body><article>");
      while (sb.length() < 50 << 20) {
        sb.append("<p>").append(PROSE.repeat(4)).append("</p>\n");
      }
      return sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }));
    c.add(html("page-over-64mb", () -> new byte[(64 << 20) + 1]));
    c.add(html("nested-divs-100k", () -> ("<html><body>" + "<div>".repeat(100_000) + PROSE + "</body></html>")
        .getBytes(StandardCharsets.UTF_8)));
    c.add(html("nested-inline-200k", () -> ("<html><body><p>" + "<b><i>".repeat(100_000) + PROSE + "</p></body>"
        + "</html>").getBytes(StandardCharsets.UTF_8)));
    c.add(html("nested-tables-20k", () -> ("<html><body>" + "<table><tr><td>".repeat(20_000) + PROSE
        + "</body></html>").getBytes(StandardCharsets.UTF_8)));
    c.add(html("nested-lists-50k", () -> ("<html><body>" + "<ul><li>".repeat(50_000) + PROSE + "</body></html>")
        .getBytes(StandardCharsets.UTF_8)));
    c.add(html("tiny-elements-3m", () -> ("<html><body>" + "<b>x</b>".repeat(3_000_000) + "</body></html>")
        .getBytes(StandardCharsets.UTF_8)));
    c.add(html("tiny-elements-900k", () -> ("<html><body><article>" + "<i>a</i> ".repeat(900_000)
        + "</article></body></html>").getBytes(StandardCharsets.UTF_8)));
    c.add(html("huge-attribute-20mb", () -> ("<html><body><article><h1>Title</h1><p class=\"" + "x".repeat(20 << 20)
        + "\">" + PROSE.repeat(5) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
    c.add(html("many-attributes-200k", () -> {
      StringBuilder sb = new StringBuilder("<html><body><div");
      for (int i = 0; i < 200_000; i++) {
        sb.append(" a").append(i).append("=\"").append(i).append('"');
      }
      return sb.append(">").append(PROSE.repeat(5)).append("</div></body></html>").toString()
          .getBytes(StandardCharsets.UTF_8);
    }));
    c.add(html("entity-flood", () -> ("<html><body><p>" + "&amp;&#x1F600;&nbsp;&bogus;".repeat(500_000)
        + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
    c.add(html("unclosed-comment", () -> ("<html><body><!--" + PROSE.repeat(40_000)).getBytes(
        StandardCharsets.UTF_8)));
    c.add(html("unclosed-script", () -> ("<html><head><script>var s = '" + "x".repeat(5 << 20) + PROSE)
        .getBytes(StandardCharsets.UTF_8)));
    c.add(html("invalid-utf8", () -> {
      byte[] b = page(2000).getBytes(StandardCharsets.UTF_8);
      Random r = new Random(3);
      byte[][] bad = {{(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
      for (int i = 0; i < b.length / 50; i++) {
        byte[] x = bad[r.nextInt(bad.length)];
        int at = r.nextInt(b.length - 5);
        System.arraycopy(x, 0, b, at, x.length);
      }
      return b;
    }, "text/html; charset=utf-8"));
    c.add(html("utf16-without-bom", () -> page(300).getBytes(StandardCharsets.UTF_16LE)));
    c.add(html("replacement-run-gb18030", () -> {
      byte[] head = page(20).getBytes(StandardCharsets.UTF_8);
      byte[] b = Arrays.copyOf(head, head.length + 200_000);
      Arrays.fill(b, head.length, b.length, (byte) 0xFF);
      return b;
    }, "text/html; charset=gb18030"));
    c.add(text("mojibake-flood-text", () -> ("Itâ€™s the cafÃ© â€” where everyone met. æ–‡å—\n").repeat(100_000)
        .getBytes(StandardCharsets.UTF_8)));
    c.add(html("mojibake-lossy-6mb", () -> {
      // UTF-8 Russian read as GBK with replacement: the worst kind of text for the repair stage, at scale
      String russian = "Нужно было сказать правду, но никто не хотел слушать. ";
      String broken = new String(russian.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
      return ("<html><body><p>" + broken.repeat(100_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }, "text/html; charset=utf-8"));
    c.add(html("regex-bait-jsonld", () -> ("<html><head><script type=\"application/ld+json\">"
        + "{\"@type\" : [".repeat(200_000) + "</script></head><body><p>" + PROSE + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8)));
    c.add(html("jsonld-nested-arrays-500k", () -> ("<html><head><script type=\"application/ld+json\">"
        + "[".repeat(500_000) + "</script></head><body><p>" + PROSE + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8)));
    c.add(html("regex-bait-text", () -> ("<html><body><p>" + "a ".repeat(500_000) + "!" + "</p><p>"
        + "2024-".repeat(200_000) + "</p><p>" + "By ".repeat(200_000) + "</p><p class=\""
        + "comment-".repeat(100_000) + "\">" + "x@".repeat(200_000) + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8)));
    c.add(html("long-url-and-meta", () -> ("<html><head><meta name=\"description\" content=\""
        + "word ".repeat(2_000_000) + "\"><link rel=canonical href=\"https://example.test/" + "a/".repeat(1_000_000)
        + "\"></head><body><p>" + PROSE + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
    c.add(html("gzip-bomb-1gb", () -> gzipZeros(1L << 30)));
    c.add(html("gzip-in-gzip-bomb", () -> gzip(gzipZeros(512L << 20))));
    c.add(text("text-one-line-20mb", () -> PROSE.repeat(150_000).getBytes(StandardCharsets.UTF_8)));
    c.add(text("text-3m-lines", () -> "a\n".repeat(3_000_000).getBytes(StandardCharsets.UTF_8)));
    c.add(text("text-deep-quotes", () -> ("> ".repeat(200_000) + PROSE + "\n").repeat(20)
        .getBytes(StandardCharsets.UTF_8)));
    c.add(text("text-deep-indent", () -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 3_000; i++) {
        sb.append(" ".repeat(i)).append("- ").append(PROSE, 0, 40).append('\n');
      }
      return sb.toString().getBytes(StandardCharsets.UTF_8);
    }));
    c.add(text("text-replacement-run", () -> ("A headline\n\n" + PROSE + "\n" + "\uFFFD".repeat(300_000) + "\n")
        .getBytes(StandardCharsets.UTF_8)));
    c.add(warc("warc-broken-records", 10, HostileCorpus::brokenWarc));
    c.add(warc("warc-garbage-only", 1, () -> random(4, 1 << 20)));
    c.add(warc("warc-cut-gzip", 2, () -> {
      byte[] one = gzip(record("response", "https://w.example/1", http(page(50))));
      byte[] two = gzip(record("response", "https://w.example/2", http(page(50))));
      byte[] b = Arrays.copyOf(one, one.length + two.length / 2);
      System.arraycopy(two, 0, b, one.length, two.length / 2);
      return b;
    }));
    c.add(warc("warc-hostile-payloads", 4, () -> concat(
        record("response", "https://w.example/deep", http("<div>".repeat(200_000))),
        record("response", "https://w.example/nul", http(new String(new byte[1 << 20], StandardCharsets.ISO_8859_1))),
        record("response", "https://w.example/bomb", httpGzipBomb()),
        record("response", "https://w.example/ok", http(page(30))))));
    return c;
  }

  /** Runs every case (or the one named by {@code --only}) and prints the figures. */
  public static void main(String[] args) throws IOException {
    Path write = null;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--write" -> write = Path.of(args[++i]);
        case "--only" -> only = args[++i];
        default -> {
          System.err.println("usage: HostileCorpus [--write DIR] [--only NAME]");
          System.exit(2);
        }
      }
    }
    Limits limits = Limits.defaults();
    Extractor extractor = Extractor.create(ExtractorOptions.defaults().withLimits(limits));
    long budgetNanos = limits.timeBudget().toNanos();
    extractor.extract(new Capture(page(20).getBytes(StandardCharsets.UTF_8), null, "text/html", null,
        SourceRef.of("warm-up"), InputType.HTML)); // class loading is not the first case's fault
    System.out.printf(Locale.ROOT, "%-28s %10s %6s %-34s %9s %9s%n", "case", "bytes", "out", "result", "ms",
        "heap MB");
    int cases = 0;
    int failures = 0;
    long expectedTotal = 0;
    long outcomesTotal = 0;
    long maxNanos = 0;
    String slowest = "";
    long peakHeap = 0;
    for (Case c : cases()) {
      if (only != null && !only.equals(c.name())) {
        continue;
      }
      cases++;
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      byte[] bytes = c.bytes().get();
      long generated = System.nanoTime();
      if (write != null) {
        Files.createDirectories(write);
        Files.write(write.resolve(c.name() + (c.warc() ? ".warc" : c.type() == InputType.TEXT ? ".txt" : ".html")),
            bytes);
      }
      List<String> results = new ArrayList<>();
      String problem = null;
      long slowestNanos = 0;
      try {
        if (c.warc()) {
          WarcCaptureSource.Options read = WarcCaptureSource.Options.defaults().withMaxPayloadBytes(limits.maxBytes());
          // from a file, as pith extract reads archives: a seekable input lets the reader find the next record
          // after a broken one (a stream cannot, and ends with one broken outcome saying so)
          Path file = Files.createTempFile("pith-hostile-", ".warc");
          Files.write(file, bytes);
          try (WarcCaptureSource source = WarcCaptureSource.open(file, read)) {
            Iterator<SourceRecord> records = source.iterator();
            while (records.hasNext()) {
              long t = System.nanoTime();
              SourceRecord r = records.next();
              if (r instanceof SourceRecord.Page p) {
                results.add(describe(extractor.extract(p.capture())));
              } else if (r instanceof SourceRecord.Skipped s) {
                results.add("skipped/" + s.reason().jsonName());
              } else if (r instanceof SourceRecord.Broken b) {
                results.add("failed/" + b.kind().jsonName());
              }
              slowestNanos = Math.max(slowestNanos, System.nanoTime() - t);
            }
          } finally {
            Files.delete(file);
          }
        } else {
          long t = System.nanoTime();
          Extraction x = extractor.extract(new Capture(bytes, "https://hostile.example/" + c.name(), c.contentType(),
              null, SourceRef.of(c.name()), c.type()));
          slowestNanos = System.nanoTime() - t;
          results.add(describe(x));
        }
      } catch (Throwable e) { // what the checks are about: nothing may get here
        problem = "UNCAUGHT " + e;
      }
      long heap = peakHeap();
      peakHeap = Math.max(peakHeap, heap);
      expectedTotal += c.expectedOutcomes();
      outcomesTotal += results.size();
      if (problem == null && results.size() != c.expectedOutcomes()) {
        problem = "ACCOUNTING " + results.size() + " outcomes for " + c.expectedOutcomes() + " inputs";
      }
      if (problem == null && results.stream().anyMatch(r -> r.endsWith(ErrorKind.INTERNAL_ERROR.jsonName()))) {
        problem = "INTERNAL ERROR";
      }
      if (problem == null && slowestNanos > 2 * budgetNanos) {
        problem = "OVER 2x BUDGET";
      }
      if (slowestNanos > maxNanos) {
        maxNanos = slowestNanos;
        slowest = c.name();
      }
      if (problem != null) {
        failures++;
      }
      String shown = results.size() == 1 ? results.get(0) : String.join(",", results);
      System.out.printf(Locale.ROOT, "%-28s %10d %6d %-34s %9.0f %9d%s%n", c.name(), bytes.length, results.size(),
          shown.length() > 34 ? shown.substring(0, 31) + "..." : shown, (System.nanoTime() - generated) / 1e6,
          heap >> 20, problem == null ? "" : "  <-- " + problem);
    }
    System.out.printf(Locale.ROOT, "%n%d cases, %d of %d expected outcomes (%s), %d problems; slowest %s at %.0f ms "
        + "= %.2fx the %d ms budget; peak heap %d MB (max heap %d MB)%n", cases, outcomesTotal, expectedTotal,
        outcomesTotal == expectedTotal ? "100% accounted" : "NOT all accounted", failures, slowest, maxNanos / 1e6,
        (double) maxNanos / budgetNanos, limits.timeBudget().toMillis(), peakHeap >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    System.exit(failures == 0 && outcomesTotal == expectedTotal ? 0 : 1);
  }

  private static String describe(Extraction x) {
    if (x instanceof Extraction.Failed f) {
      return "failed/" + f.kind().jsonName();
    }
    if (x instanceof Extraction.Rejected r) {
      return "rejected/" + r.kind().jsonName();
    }
    return "ok";
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static Case html(String name, Supplier<byte[]> bytes) {
    return html(name, bytes, "text/html");
  }

  private static Case html(String name, Supplier<byte[]> bytes, String contentType) {
    return new Case(name, contentType, InputType.AUTO, false, 1, bytes);
  }

  private static Case text(String name, Supplier<byte[]> bytes) {
    return new Case(name, "text/plain; charset=utf-8", InputType.TEXT, false, 1, bytes);
  }

  private static Case warc(String name, int records, Supplier<byte[]> bytes) {
    return new Case(name, null, InputType.AUTO, true, records, bytes);
  }

  private static String page(int paragraphs) {
    StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>A story</title>"
        + "</head><body><nav><a href=/>Home</a></nav><article><h1>A story</h1>");
    for (int i = 0; i < paragraphs; i++) {
      sb.append("<p>").append(PROSE).append(i).append("</p>");
    }
    return sb.append("</article><footer>© the publisher</footer></body></html>").toString();
  }

  private static byte[] random(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gzipZeros(long n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 20];
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      for (long done = 0; done < n; done += zeros.length) {
        gz.write(zeros, 0, (int) Math.min(zeros.length, n - done));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] http(String body) {
    return concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
        + body.getBytes(StandardCharsets.ISO_8859_1).length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
        body.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] httpGzipBomb() {
    byte[] bomb = gzipZeros(256L << 20);
    return concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
        + bomb.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bomb);
  }

  private static int ids;

  /** A WARC record with a correct Content-Length. */
  private static byte[] record(String type, String uri, byte[] block) {
    return rawRecord("WARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
        + String.format(Locale.ROOT, "%012d", ++ids) + ">\r\nWARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: "
        + uri + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n",
        block);
  }

  private static byte[] rawRecord(String headers, byte[] block) {
    return concat(("WARC/1.1\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8), block,
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Good records with damage between them: each damage costs exactly one outcome. */
  private static byte[] brokenWarc() {
    byte[] good = http(page(20));
    return concat(
        record("response", "https://w.example/a", good),
        // a Content-Length that is too long swallows nothing after the next record's start
        rawRecord("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:long>\r\nContent-Type: application/http\r\n"
            + "Content-Length: " + (good.length + 40) + "\r\n", good),
        record("response", "https://w.example/b", good),
        // no WARC-Type, no Content-Length
        rawRecord("WARC-Record-ID: <urn:uuid:nolength>\r\n", "<p>a block without a length</p>".getBytes(
            StandardCharsets.US_ASCII)),
        record("response", "https://w.example/c", good),
        "this is garbage between records\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        record("response", "https://w.example/d", good),
        rawRecord("WARC-Type: response\r\nContent-Length: not-a-number\r\n", good),
        record("response", "https://w.example/e", good),
        // the file ends inside a record
        Arrays.copyOf(record("response", "https://w.example/f", good), good.length / 2));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
