package dev.pith.capture;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.document.ErrorKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcCaptureSourceTest {
  @TempDir Path dir;

  // --- reading well-formed files --------------------------------------------------------------------------------

  @Test
  void aFileWrittenByJwarcGivesOneOutcomePerRecord() throws IOException {
    Path file = dir.resolve("jwarc.warc.gz");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < 3; i++) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), WarcBuilder.article(i).getBytes(UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create("https://example.org/story/" + i))
            .date(Instant.parse("2024-05-0" + (i + 1) + "T10:00:00Z")).body(http).build());
      }
    }
    List<SourceRecord> records = readAll(file);
    assertEquals(3, records.size());
    for (int i = 0; i < 3; i++) {
      SourceRecord.Page page = assertInstanceOf(SourceRecord.Page.class, records.get(i));
      assertEquals("https://example.org/story/" + i, page.capture().url());
      assertEquals("utf-8", page.capture().contentType().replaceAll(".*charset=", ""));
      assertEquals(Instant.parse("2024-05-0" + (i + 1) + "T10:00:00Z"), page.capture().fetchedAt());
      assertArrayEquals(WarcBuilder.article(i).getBytes(UTF_8), page.capture().body());
      assertEquals(200, page.info().httpStatus());
      assertEquals(i, page.info().ordinal());
      assertTrue(page.info().recordId().startsWith("<urn:uuid:"));
    }
  }

  @Test
  void everyRecordTypeIsAccountedFor() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped()
        .warcinfo()
        .request("https://example.org/a")
        .page("https://example.org/a", "text/html; charset=utf-8", WarcBuilder.article(1))
        .record("metadata", "https://example.org/a", "application/warc-fields", "via: x\r\n".getBytes(UTF_8))
        .response("https://example.org/logo.png", WarcBuilder.http(200, "image/png", new byte[] {(byte) 0x89, 'P',
            'N', 'G', 0, 0, 0, 0}))
        .response("https://example.org/old", WarcBuilder.http(301, "text/html", "moved".getBytes(UTF_8),
            "Location: /new"))
        .response("https://example.org/missing", WarcBuilder.http(404, "text/html", "<p>no</p>".getBytes(UTF_8)))
        .record("resource", "file:///archive/page.html", "text/html", WarcBuilder.article(2).getBytes(UTF_8))
        .record("revisit", "https://example.org/a", "application/http; msgtype=response", new byte[0])
        .response("https://example.org/app.js", WarcBuilder.http(200, "application/javascript",
            "var x = 1;".getBytes(UTF_8)))
        .response("https://example.org/robots.txt", WarcBuilder.http(200, "text/plain",
            "User-agent: *".getBytes(UTF_8)));
    List<SourceRecord> records = read(w.bytes());
    assertEquals(11, records.size());
    assertSkipped(records.get(0), SkipReason.RECORD_TYPE, "warcinfo");
    assertSkipped(records.get(1), SkipReason.RECORD_TYPE, "request");
    assertInstanceOf(SourceRecord.Page.class, records.get(2));
    assertSkipped(records.get(3), SkipReason.RECORD_TYPE, "metadata");
    assertSkipped(records.get(4), SkipReason.MEDIA_TYPE, "image/png");
    assertSkipped(records.get(5), SkipReason.HTTP_STATUS, "301");
    assertSkipped(records.get(6), SkipReason.HTTP_STATUS, "404");
    SourceRecord.Page resource = assertInstanceOf(SourceRecord.Page.class, records.get(7));
    assertEquals("file:///archive/page.html", resource.capture().url());
    assertEquals("resource", resource.info().warcType());
    assertSkipped(records.get(8), SkipReason.RECORD_TYPE, "revisit");
    assertSkipped(records.get(9), SkipReason.MEDIA_TYPE, "application/javascript");
    assertSkipped(records.get(10), SkipReason.MEDIA_TYPE, "text/plain");
    assertOrdinalsAndOffsets(records, w.offsets());
  }

  @Test
  void allStatusesAreReadWhenAsked() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped()
        .response("https://example.org/missing", WarcBuilder.http(404, "text/html", "<p>no</p>".getBytes(UTF_8)));
    Path file = write("statuses.warc.gz", w.bytes());
    try (WarcCaptureSource source = WarcCaptureSource.open(file,
        WarcCaptureSource.Options.defaults().withSuccessOnly(false))) {
      SourceRecord.Page page = assertInstanceOf(SourceRecord.Page.class, source.records().toList().get(0));
      assertEquals(404, page.info().httpStatus());
    }
  }

  @Test
  void theHttpCharsetReachesTheCaptureAndDecoding() throws IOException {
    String html = "<html><head><title>Caf\u00e9</title></head><body><article><p>Un caf\u00e9 cr\u00e8me, "
        + "s'il vous pla\u00eet, et une cr\u00eape au sucre pour la table du fond, pr\u00e8s de la fen\u00eatre."
        + "</p></article></body></html>";
    WarcBuilder w = WarcBuilder.gzipped().response("https://example.fr/cafe",
        WarcBuilder.http(200, "text/html; charset=windows-1252", html.getBytes(ISO_8859_1)));
    SourceRecord.Page page = assertInstanceOf(SourceRecord.Page.class, read(w.bytes()).get(0));
    assertEquals("text/html; charset=windows-1252", page.capture().contentType());
    assertEquals("text/html; charset=windows-1252", page.info().contentType());
    Extraction.Success ok = assertInstanceOf(Extraction.Success.class, Extractor.create().extract(page.capture()));
    assertEquals("windows-1252", ok.document().encoding().charset());
    assertEquals("http-header", ok.document().encoding().evidence());
    assertTrue(ok.document().text().contains("cr\u00e8me"), ok.document().text());
  }

  @Test
  void chunkedTransferCodingIsUndone() throws IOException {
    byte[] body = WarcBuilder.article(7).getBytes(UTF_8);
    WarcBuilder w = WarcBuilder.gzipped().response("https://example.org/chunked",
        WarcBuilder.http(200, "text/html", WarcBuilder.chunked(body, 37), "Transfer-Encoding: chunked"));
    SourceRecord.Page page = assertInstanceOf(SourceRecord.Page.class, read(w.bytes()).get(0));
    assertArrayEquals(body, page.capture().body());
  }

  @Test
  void contentCodingsAreUndone() throws IOException {
    byte[] body = WarcBuilder.article(3).getBytes(UTF_8);
    WarcBuilder w = WarcBuilder.plain()
        .response("https://example.org/gzip", WarcBuilder.http(200, "text/html", WarcBuilder.gzip(body),
            "Content-Encoding: gzip"))
        .response("https://example.org/zlib", WarcBuilder.http(200, "text/html", deflate(body, false),
            "Content-Encoding: deflate"))
        .response("https://example.org/raw-deflate", WarcBuilder.http(200, "text/html", deflate(body, true),
            "Content-Encoding: deflate"))
        .response("https://example.org/chunked-gzip", WarcBuilder.http(200, "text/html",
            WarcBuilder.chunked(WarcBuilder.gzip(body), 100), "Content-Encoding: gzip", "Transfer-Encoding: chunked"))
        .response("https://example.org/already-decoded", WarcBuilder.http(200, "text/html", body,
            "Content-Encoding: gzip"))
        .response("https://example.org/double", WarcBuilder.http(200, "text/html",
            WarcBuilder.gzip(deflate(body, false)), "Content-Encoding: deflate, gzip"));
    List<SourceRecord> records = read(w.bytes());
    assertEquals(6, records.size());
    for (SourceRecord r : records) {
      SourceRecord.Page page = assertInstanceOf(SourceRecord.Page.class, r, r::toString);
      assertArrayEquals(body, page.capture().body(), page.capture().url());
    }
  }

  /** Made with the brotli command-line tool from {@link #BROTLI_TEXT}. */
  private static final String BROTLI_HEX = "a1080600619ce4ca67a7d46da92e14114359ea8a8203f1e71e2c1e215b1e30d7f5122455"
      + "d0c08603ea0634e0d92d27c3284e504a7d7ff8890663217ee7b03c02c0783c305193e03eb49b3da916679f58367e7fa06b835cac1c"
      + "979e11a454d50d7cae0514cab30966bd65970543a9a12f9504";
  private static final String BROTLI_TEXT = "<html><head><title>Brotli page</title></head><body><article>"
      + "<h1>Brotli page</h1><p>This page was sent with Content-Encoding br, and pith decodes it before extraction."
      + "</p></article></body></html>";

  @Test
  void brotliIsDecoded() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped().response("https://example.org/br",
        WarcBuilder.http(200, "text/html", HexFormat.of().parseHex(BROTLI_HEX), "Content-Encoding: br"));
    SourceRecord.Page page = assertInstanceOf(SourceRecord.Page.class, read(w.bytes()).get(0));
    assertEquals(BROTLI_TEXT, new String(page.capture().body(), UTF_8));
  }

  @Test
  void anUnknownOrCorruptCodingFailsThatRecordOnly() throws IOException {
    byte[] zstdMagic = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 1, 2, 3, 4};
    byte[] corruptGzip = WarcBuilder.gzip(WarcBuilder.article(1).getBytes(UTF_8));
    corruptGzip[20] ^= 0x55;
    corruptGzip[21] ^= 0x55;
    WarcBuilder w = WarcBuilder.gzipped()
        .response("https://example.org/zstd", WarcBuilder.http(200, "text/html", zstdMagic,
            "Content-Encoding: zstd"))
        .response("https://example.org/corrupt", WarcBuilder.http(200, "text/html", corruptGzip,
            "Content-Encoding: gzip"))
        .page("https://example.org/after", "text/html", WarcBuilder.article(2));
    List<SourceRecord> records = read(w.bytes());
    assertEquals(3, records.size());
    assertBroken(records.get(0), ErrorKind.UNREADABLE, "zstd");
    assertBroken(records.get(1), ErrorKind.MALFORMED, "gzip");
    assertInstanceOf(SourceRecord.Page.class, records.get(2));
  }

  @Test
  void wetConversionRecordsAreText() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped()
        .warcinfo()
        .conversion("https://example.org/a", "Story one\n\nThe first story's text, flattened.\n")
        .conversion("https://example.org/b", "Story two\n\nThe second story's text.\n");
    List<SourceRecord> records = read(w.bytes(), "crawl.warc.wet.gz");
    assertEquals(3, records.size());
    assertSkipped(records.get(0), SkipReason.RECORD_TYPE, "warcinfo");
    SourceRecord.Page a = assertInstanceOf(SourceRecord.Page.class, records.get(1));
    assertEquals(InputType.TEXT, a.capture().type());
    assertEquals("https://example.org/a", a.capture().url());
    assertEquals("Story one\n\nThe first story's text, flattened.\n", new String(a.capture().body(), UTF_8));
    assertEquals("conversion", a.info().warcType());
  }

  @Test
  void untypedPayloadsAreSniffed() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped()
        .response("https://example.org/untyped", WarcBuilder.http(200, null, WarcBuilder.article(1).getBytes(UTF_8)))
        .response("https://example.org/octets", WarcBuilder.http(200, "application/octet-stream",
            new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0}))
        .response("https://example.org/identified", WarcBuilder.http(200, "application/octet-stream",
            "%PDF-1.4 ...".getBytes(UTF_8)), "WARC-Identified-Payload-Type: application/pdf");
    List<SourceRecord> records = read(w.bytes());
    assertInstanceOf(SourceRecord.Page.class, records.get(0));
    assertSkipped(records.get(1), SkipReason.MEDIA_TYPE, "does not look like HTML");
    assertSkipped(records.get(2), SkipReason.MEDIA_TYPE, "application/pdf");
  }

  // --- broken files --------------------------------------------------------------------------------------------

  @Test
  void aFileCutInsideItsLastMemberEndsWithOneTruncatedRecord() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped();
    for (int i = 0; i < 4; i++) {
      w.page("https://example.org/" + i, "text/html", WarcBuilder.article(i));
    }
    byte[] bytes = w.bytes();
    long lastStart = w.offsets().get(3);
    byte[] cut = Arrays.copyOf(bytes, (int) (lastStart + (bytes.length - lastStart) / 2));
    List<SourceRecord> records = read(cut);
    assertEquals(4, records.size());
    for (int i = 0; i < 3; i++) {
      assertInstanceOf(SourceRecord.Page.class, records.get(i));
    }
    SourceRecord.Broken broken = assertBroken(records.get(3), ErrorKind.TRUNCATED, "ends early");
    assertEquals(lastStart, broken.info().source().offset());
    assertEquals("offset " + lastStart + " in test.warc.gz", broken.info().source().toString());
  }

  @Test
  void aMemberCutInTheMiddleOfTheFileLosesOnlyItsRecord() throws IOException {
    byte[] good = WarcBuilder.gzipped().page("https://example.org/0", "text/html", WarcBuilder.article(0)).bytes();
    byte[] victim = WarcBuilder.gzipped().page("https://example.org/1", "text/html", WarcBuilder.article(1)).bytes();
    WarcBuilder after = WarcBuilder.gzipped().page("https://example.org/2", "text/html", WarcBuilder.article(2))
        .page("https://example.org/3", "text/html", WarcBuilder.article(3));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(good);
    file.write(victim, 0, victim.length / 2);
    file.writeBytes(after.bytes());
    List<SourceRecord> records = read(file.toByteArray());
    assertEquals(4, records.size(), records::toString);
    assertInstanceOf(SourceRecord.Page.class, records.get(0));
    SourceRecord.Broken broken = assertInstanceOf(SourceRecord.Broken.class, records.get(1));
    assertEquals(good.length, broken.info().source().offset());
    assertEquals("https://example.org/2",
        assertInstanceOf(SourceRecord.Page.class, records.get(2)).capture().url());
    assertEquals("https://example.org/3",
        assertInstanceOf(SourceRecord.Page.class, records.get(3)).capture().url());
    assertEquals(List.of(0L, 1L, 2L, 3L), records.stream().map(r -> r.info().ordinal()).toList());
  }

  @Test
  void aContentLengthTooShortBreaksOnlyThatRecord() throws IOException {
    for (WarcBuilder w : List.of(WarcBuilder.gzipped(), WarcBuilder.plain())) {
      byte[] http = WarcBuilder.http(200, "text/html", WarcBuilder.article(1).getBytes(UTF_8));
      w.page("https://example.org/0", "text/html", WarcBuilder.article(0))
          .raw("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:short>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
              + "WARC-Target-URI: https://example.org/1\r\nContent-Type: application/http; msgtype=response\r\n"
              + "Content-Length: " + (http.length - 40) + "\r\n", http, "\r\n\r\n")
          .page("https://example.org/2", "text/html", WarcBuilder.article(2));
      List<SourceRecord> records = read(w.bytes());
      assertEquals(3, records.size(), records::toString);
      assertInstanceOf(SourceRecord.Page.class, records.get(0));
      SourceRecord.Broken broken = assertBroken(records.get(1), ErrorKind.MALFORMED, "Content-Length");
      assertEquals("<urn:uuid:short>", broken.info().recordId());
      assertEquals("https://example.org/2",
          assertInstanceOf(SourceRecord.Page.class, records.get(2)).capture().url());
    }
  }

  @Test
  void aContentLengthTooLongBreaksOnlyThatRecord() throws IOException {
    for (WarcBuilder w : List.of(WarcBuilder.gzipped(), WarcBuilder.plain())) {
      byte[] http = WarcBuilder.http(200, "text/html", WarcBuilder.article(1).getBytes(UTF_8));
      w.page("https://example.org/0", "text/html", WarcBuilder.article(0))
          .raw("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:long>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
              + "WARC-Target-URI: https://example.org/1\r\nContent-Type: application/http; msgtype=response\r\n"
              + "Content-Length: " + (http.length + 300) + "\r\n", http, "\r\n\r\n")
          .page("https://example.org/2", "text/html", WarcBuilder.article(2))
          .page("https://example.org/3", "text/html", WarcBuilder.article(3));
      List<SourceRecord> records = read(w.bytes());
      assertEquals(4, records.size(), records::toString);
      assertInstanceOf(SourceRecord.Page.class, records.get(0));
      assertEquals("<urn:uuid:long>", assertInstanceOf(SourceRecord.Broken.class, records.get(1)).info().recordId());
      assertEquals("https://example.org/2",
          assertInstanceOf(SourceRecord.Page.class, records.get(2)).capture().url());
      assertEquals("https://example.org/3",
          assertInstanceOf(SourceRecord.Page.class, records.get(3)).capture().url());
    }
  }

  @Test
  void aContentLengthPastTheEndOfTheFileIsTruncation() throws IOException {
    byte[] http = WarcBuilder.http(200, "text/html", WarcBuilder.article(1).getBytes(UTF_8));
    WarcBuilder w = WarcBuilder.plain().page("https://example.org/0", "text/html", WarcBuilder.article(0))
        .raw("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:x>\r\nContent-Type: application/http\r\n"
            + "Content-Length: " + (http.length + 100_000) + "\r\n", http, "\r\n\r\n");
    List<SourceRecord> records = read(w.bytes());
    assertEquals(2, records.size(), records::toString);
    assertBroken(records.get(1), ErrorKind.TRUNCATED, "ends early");
  }

  @Test
  void missingHeadersAreReported() throws IOException {
    byte[] http = WarcBuilder.http(200, "text/html", WarcBuilder.article(1).getBytes(UTF_8));
    byte[] html = WarcBuilder.article(9).getBytes(UTF_8);
    WarcBuilder w = WarcBuilder.gzipped()
        // no WARC-Type
        .raw("WARC-Record-ID: <urn:uuid:a>\r\nContent-Length: " + http.length + "\r\n", http, "\r\n\r\n")
        // no Content-Length: the block is taken as empty, and what follows is not a trailer
        .raw("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:b>\r\nContent-Type: application/http\r\n", http,
            "\r\n\r\n")
        // no HTTP header in a response
        .raw("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:c>\r\nContent-Type: application/http\r\n"
            + "Content-Length: " + html.length + "\r\n", html, "\r\n\r\n")
        // no target URI, no date: still a page
        .raw("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:d>\r\nContent-Type: application/http\r\n"
            + "Content-Length: " + http.length + "\r\n", http, "\r\n\r\n")
        .page("https://example.org/last", "text/html", WarcBuilder.article(5));
    List<SourceRecord> records = read(w.bytes());
    assertEquals(5, records.size(), records::toString);
    assertBroken(records.get(0), ErrorKind.MALFORMED, "WARC-Type");
    assertEquals("<urn:uuid:b>", assertInstanceOf(SourceRecord.Broken.class, records.get(1)).info().recordId());
    assertBroken(records.get(2), ErrorKind.MALFORMED, "HTTP");
    SourceRecord.Page d = assertInstanceOf(SourceRecord.Page.class, records.get(3));
    assertNull(d.capture().url());
    assertNull(d.capture().fetchedAt());
    assertInstanceOf(SourceRecord.Page.class, records.get(4));
  }

  @Test
  void garbageBetweenRecordsIsOneBrokenRecord() throws IOException {
    for (WarcBuilder w : List.of(WarcBuilder.gzipped(), WarcBuilder.plain())) {
      w.page("https://example.org/0", "text/html", WarcBuilder.article(0))
          .garbage("this is not a WARC record\r\nnor is this\r\n".repeat(50).getBytes(UTF_8))
          .page("https://example.org/1", "text/html", WarcBuilder.article(1));
      List<SourceRecord> records = read(w.bytes());
      assertEquals(3, records.size(), records::toString);
      assertInstanceOf(SourceRecord.Page.class, records.get(0));
      assertBroken(records.get(1), ErrorKind.MALFORMED, "");
      assertInstanceOf(SourceRecord.Page.class, records.get(2));
    }
  }

  @Test
  void filesThatAreNotWarcsGiveOneBrokenRecord() throws IOException {
    assertEquals(List.of(), read(new byte[0]));
    List<SourceRecord> one = read(new byte[] {'x'});
    assertEquals(1, one.size());
    assertInstanceOf(SourceRecord.Broken.class, one.get(0));
    List<SourceRecord> html = read(WarcBuilder.gzip(WarcBuilder.article(1).getBytes(UTF_8)));
    assertEquals(1, html.size());
    assertBroken(html.get(0), ErrorKind.MALFORMED, "");
    List<SourceRecord> text = read("just some text\nwith lines\n".getBytes(UTF_8));
    assertEquals(1, text.size());
    assertInstanceOf(SourceRecord.Broken.class, text.get(0));
  }

  @Test
  void aPayloadOverTheLimitIsTooLargeAndReadingGoesOn() throws IOException {
    String big = "<html><body><p>" + "word ".repeat(50_000) + "</p></body></html>";
    WarcBuilder w = WarcBuilder.gzipped()
        .page("https://example.org/big", "text/html", big)
        .record("resource", "https://example.org/big2", "text/html", big.getBytes(UTF_8))
        .page("https://example.org/small", "text/html", WarcBuilder.article(1));
    Path file = write("big.warc.gz", w.bytes());
    try (WarcCaptureSource source = WarcCaptureSource.open(file,
        WarcCaptureSource.Options.defaults().withMaxPayloadBytes(100_000))) {
      List<SourceRecord> records = source.records().toList();
      assertEquals(3, records.size());
      assertBroken(records.get(0), ErrorKind.TOO_LARGE, "100000");
      assertBroken(records.get(1), ErrorKind.TOO_LARGE, "100000");
      assertInstanceOf(SourceRecord.Page.class, records.get(2));
    }
  }

  @Test
  void aStreamThatCannotSeekReadsGoodFilesAlikeAndStopsAtTheFirstBrokenStretch() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped().warcinfo();
    for (int i = 0; i < 3; i++) {
      w.page("https://example.org/" + i, "text/html", WarcBuilder.article(i));
    }
    List<SourceRecord> fromFile = read(w.bytes());
    List<SourceRecord> fromStream;
    try (WarcCaptureSource s = WarcCaptureSource.open(new ByteArrayInputStream(w.bytes()), "test.warc.gz",
        WarcCaptureSource.Options.defaults())) {
      fromStream = s.records().toList();
    }
    assertEquals(fromFile, fromStream);

    w.garbage("garbage".repeat(20).getBytes(UTF_8)).page("https://example.org/9", "text/html",
        WarcBuilder.article(9));
    try (WarcCaptureSource s = WarcCaptureSource.open(new ByteArrayInputStream(w.bytes()), "-",
        WarcCaptureSource.Options.defaults())) {
      List<SourceRecord> records = s.records().toList();
      assertEquals(5, records.size());
      assertBroken(records.get(4), ErrorKind.MALFORMED, "cannot seek");
    }
  }

  @Test
  void aSourceIsReadOnce() throws IOException {
    Path file = write("once.warc.gz", WarcBuilder.gzipped().warcinfo().bytes());
    try (WarcCaptureSource source = WarcCaptureSource.open(file)) {
      assertEquals(1, source.records().count());
      assertThrows(IllegalStateException.class, source::iterator);
    }
  }

  @Test
  void capturesDropsSkippedAndBrokenRecords() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped().warcinfo().page("https://example.org/a", "text/html",
        WarcBuilder.article(1)).garbage("xx".repeat(100).getBytes(UTF_8));
    try (WarcCaptureSource source = WarcCaptureSource.open(write("c.warc.gz", w.bytes()))) {
      List<Capture> captures = source.captures().toList();
      assertEquals(1, captures.size());
      assertEquals("https://example.org/a", captures.get(0).url());
    }
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  private static void assertOrdinalsAndOffsets(List<SourceRecord> records, List<Long> offsets) {
    for (int i = 0; i < records.size(); i++) {
      assertEquals(i, records.get(i).info().ordinal());
      assertEquals(offsets.get(i), records.get(i).info().source().offset(), "offset of record " + i);
    }
  }

  static SourceRecord.Skipped assertSkipped(SourceRecord r, SkipReason reason, String inMessage) {
    SourceRecord.Skipped s = assertInstanceOf(SourceRecord.Skipped.class, r, r::toString);
    assertEquals(reason, s.reason(), s::toString);
    assertTrue(s.message().contains(inMessage), s.message());
    return s;
  }

  static SourceRecord.Broken assertBroken(SourceRecord r, ErrorKind kind, String inMessage) {
    SourceRecord.Broken b = assertInstanceOf(SourceRecord.Broken.class, r, r::toString);
    assertEquals(kind, b.kind(), b::toString);
    assertTrue(b.message().contains(inMessage), b.message());
    return b;
  }

  private List<SourceRecord> read(byte[] bytes) throws IOException {
    return read(bytes, "test.warc.gz");
  }

  private List<SourceRecord> read(byte[] bytes, String name) throws IOException {
    return readAll(write(name, bytes));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /** Reads a file under its bare name, so that messages and sources can be compared. */
  private static List<SourceRecord> readAll(Path file) throws IOException {
    try (WarcCaptureSource source = WarcCaptureSource.open(FileChannel.open(file), file.getFileName().toString(),
        WarcCaptureSource.Options.defaults())) {
      List<SourceRecord> out = new ArrayList<>();
      for (SourceRecord r : source) {
        out.add(r);
      }
      return out;
    }
  }

  private static byte[] deflate(byte[] body, boolean raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(6, raw))) {
      d.write(body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
