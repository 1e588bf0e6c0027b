package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import dev.pith.document.ErrorKind;
import dev.pith.document.ExtractedDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** What the front door does with inputs that are not ordinary pages: every one gives a located record. */
class ExtractorTest {
  private static final Extractor EXTRACTOR = Extractor.create();

  private static Capture capture(byte[] bytes) {
    return new Capture(bytes, "https://example.test/x", null, null, SourceRef.at("batch.warc.gz", 1234),
        InputType.AUTO);
  }

  private static void assertProblem(Extraction x, ErrorKind kind) {
    if (kind.isRejection()) {
      Extraction.Rejected r = assertInstanceOf(Extraction.Rejected.class, x, x::toString);
      assertEquals(kind, r.kind(), r.message());
      assertTrue(!r.message().isBlank());
    } else {
      Extraction.Failed f = assertInstanceOf(Extraction.Failed.class, x, x::toString);
      assertEquals(kind, f.kind(), f.message());
      assertTrue(!f.message().isBlank());
    }
    assertEquals("offset 1234 in batch.warc.gz", x.source().toString());
  }

  @Test
  void emptyAndBlankInputsAreRejected() {
    assertProblem(EXTRACTOR.extract(capture(new byte[0])), ErrorKind.EMPTY);
    assertProblem(EXTRACTOR.extract(capture(" \n\t \r\n".getBytes(StandardCharsets.US_ASCII))), ErrorKind.EMPTY);
  }

  @Test
  void binaryInputsAreRejectedWithTheirFormat() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Extraction x = EXTRACTOR.extract(capture(png));
    assertProblem(x, ErrorKind.NOT_TEXT);
    assertTrue(((Extraction.Rejected) x).message().contains("PNG"));
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    assertProblem(EXTRACTOR.extract(capture(noise)), ErrorKind.NOT_TEXT);
    assertProblem(EXTRACTOR.extract(capture("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))),
        ErrorKind.NOT_TEXT);
  }

  @Test
  void declaredMediaTypesThatAreNotTextAreRejected() {
    Capture c = capture("<html><body><p>hello</p></body></html>".getBytes(StandardCharsets.UTF_8))
        .withContentType("image/jpeg");
    assertProblem(EXTRACTOR.extract(c), ErrorKind.UNSUPPORTED_TYPE);
  }

  @Test
  void oversizedInputsFailBeforeParsing() {
    Extractor small = Extractor.create(ExtractorOptions.defaults().withLimits(Limits.defaults().withMaxBytes(100)));
    byte[] page = ("<html><body>" + "<p>text</p>".repeat(50) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    assertProblem(small.extract(capture(page)), ErrorKind.TOO_LARGE);
  }

  @Test
  void gzipBombsStopAtTheDecompressedLimit() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] zeros = new byte[1 << 20];
      Arrays.fill(zeros, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        gz.write(zeros);
      }
    }
    Extractor limited = Extractor.create(ExtractorOptions.defaults()
        .withLimits(Limits.defaults().withMaxDecompressedBytes(8 << 20)));
    assertProblem(limited.extract(capture(out.toByteArray())), ErrorKind.TOO_LARGE);
  }

  @Test
  void truncatedGzipIsReportedAsTruncated() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(("<html><body>" + "<p>The ferry ran every twenty minutes.</p>".repeat(200) + "</body></html>")
          .getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = out.toByteArray();
    assertProblem(EXTRACTOR.extract(capture(Arrays.copyOf(all, all.length / 2))), ErrorKind.TRUNCATED);
  }

  @Test
  void deeplyNestedMarkupFailsAsTooDeep() {
    String html = "<html><body>" + "<div>".repeat(100_000) + "deep" + "</body></html>";
    assertProblem(EXTRACTOR.extract(capture(html.getBytes(StandardCharsets.UTF_8))), ErrorKind.TOO_DEEP);
  }

  @Test
  void pagesWithTooManyNodesFail() {
    Extractor limited = Extractor.create(ExtractorOptions.defaults()
        .withLimits(Limits.defaults().withMaxNodes(1000)));
    String html = "<html><body>" + "<p>x</p>".repeat(2000) + "</body></html>";
    assertProblem(limited.extract(capture(html.getBytes(StandardCharsets.UTF_8))), ErrorKind.TOO_MANY_NODES);
  }

  @Test
  void anExhaustedTimeBudgetIsATimeout() {
    Extractor hurried = Extractor.create(ExtractorOptions.defaults()
        .withLimits(Limits.defaults().withTimeBudget(Duration.ofNanos(1))));
    String html = "<html><body>" + "<p>The ferry ran every twenty minutes.</p>".repeat(5000) + "</body></html>";
    assertProblem(hurried.extract(capture(html.getBytes(StandardCharsets.UTF_8))), ErrorKind.TIMEOUT);
  }

  @Test
  void plainTextTakesTheTextPath() {
    Capture c = capture("The ferry ran every twenty minutes.\n\nNow it does not run at all.".getBytes(
        StandardCharsets.UTF_8));
    Extraction.Success ok = assertInstanceOf(Extraction.Success.class, EXTRACTOR.extract(c));
    assertTrue(ok.document().text().contains("Now it does not run at all."), ok.document().text());
  }

  @Test
  void limitsStateTheirRules() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Limits.defaults().withMaxNodes(0));
    assertEquals("maxNodes must be >= 1, was 0", e.getMessage());
  }

  @Test
  void textAndTitleComeOutInNfc() {
    // "Café" and "Ångström" written with combining marks, as text copied from some editors is
    String decomposed = "Cafe\u0301 owners met at the A\u030angstro\u0308m hall to talk about the new rents.";
    String html = "<html><head><title>Cafe\u0301 talks</title></head><body><article><h1>Cafe\u0301 talks</h1><p>"
        + decomposed + " " + decomposed + "</p><p>" + decomposed + "</p></article></body></html>";
    for (InputType type : new InputType[] {InputType.HTML, InputType.TEXT}) {
      String input = type == InputType.HTML ? html : "Cafe\u0301 talks\n\n" + decomposed + "\n\n" + decomposed;
      Capture c = new Capture(input.getBytes(StandardCharsets.UTF_8), null, null, null, SourceRef.of("t"), type);
      ExtractedDocument doc = assertInstanceOf(Extraction.Success.class, EXTRACTOR.extract(c)).document();
      assertTrue(doc.text().contains("Café owners met at the Ångström hall"), type + ": " + doc.text());
      assertTrue(doc.text().chars().noneMatch(ch -> ch >= 0x300 && ch <= 0x36f), type + ": " + doc.text());
      assertEquals("Café talks", doc.metadata().title().value(), type.toString());
    }
  }
}
