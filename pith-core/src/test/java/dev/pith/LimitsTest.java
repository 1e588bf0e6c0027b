package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import dev.pith.document.Diagnostic;
import dev.pith.document.ErrorKind;
import dev.pith.internal.Budget;
import dev.pith.internal.ExtractionProblem;
import dev.pith.repair.TextRepair;
import dev.pith.text.FlatTextExtractor;
import dev.pith.text.SiteLines;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Each limit of {@link Limits} gives its own error kind, with a message and the capture's position; the time budget
 * reaches every stage that loops over page text (repair and the text path included); the repair limit never fails a
 * document.
 */
class LimitsTest {
  private static final SourceRef AT = SourceRef.at("crawl.warc.gz", 1234);
  private static final String MOJIBAKE = "Itâ€™s the cafÃ© â€” where everyone met.";

  private static Extraction extract(Limits limits, String body, InputType type) {
    return extract(limits, body.getBytes(StandardCharsets.UTF_8), type);
  }

  private static Extraction extract(Limits limits, byte[] body, InputType type) {
    Extractor extractor = Extractor.create(ExtractorOptions.defaults().withLimits(limits));
    return extractor.extract(new Capture(body, "https://example.test/a", null, null, AT, type));
  }

  private static Extraction.Failed failed(Extraction x, ErrorKind kind) {
    Extraction.Failed f = assertInstanceOf(Extraction.Failed.class, x);
    assertEquals(kind, f.kind(), f.message());
    assertEquals(AT, f.source(), "a failure is located");
    assertFalse(f.message().isBlank());
    return f;
  }

  @Test
  void eachLimitHasItsOwnKind() throws Exception {
    String page = "<html><body><article><h1>Title</h1><p>" + "Some words of prose. ".repeat(50)
        + "</p></article></body></html>";
    failed(extract(Limits.defaults().withMaxBytes(100), page, InputType.HTML), ErrorKind.TOO_LARGE);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(new byte[1 << 20]); // a small bomb: 1 MiB of zeros in about a kilobyte
    }
    Extraction.Failed bomb = failed(extract(Limits.defaults().withMaxDecompressedBytes(64 << 10), gz.toByteArray(),
        InputType.HTML), ErrorKind.TOO_LARGE);
    assertTrue(bomb.message().contains("decompresses"), bomb.message());
    failed(extract(Limits.defaults().withMaxDepth(50), "<div>".repeat(100) + "deep", InputType.HTML),
        ErrorKind.TOO_DEEP);
    failed(extract(Limits.defaults().withMaxNodes(100), "<p>x</p>".repeat(200), InputType.HTML),
        ErrorKind.TOO_MANY_NODES);
  }

  @Test
  void theDefaultsSurviveTheClassicBombs() {
    Extraction deep = extract(Limits.defaults(), "<div>".repeat(100_000) + "deep", InputType.HTML);
    failed(deep, ErrorKind.TOO_DEEP);
    // deep nesting in flattened text (quote markers, list indentation) is just text: no recursion to overflow
    Extraction quoted = extract(Limits.defaults(), "> ".repeat(100_000) + "quoted\n", InputType.TEXT);
    assertFalse(quoted instanceof Extraction.Failed f && f.kind() == ErrorKind.INTERNAL_ERROR, quoted.toString());
  }

  @Test
  void theTimeBudgetReachesTheRepairStage() {
    Budget spent = spentBudget();
    ExtractionProblem p = assertThrows(ExtractionProblem.class,
        () -> TextRepair.create().repair(MOJIBAKE.repeat(10), spent));
    assertEquals(ErrorKind.TIMEOUT, p.kind());
    assertTrue(p.getMessage().contains("encoding repair"), p.getMessage());
    // without a budget the same text is repaired
    assertTrue(TextRepair.create().repair(MOJIBAKE).text().contains("café"));
  }

  @Test
  void theTimeBudgetReachesTheTextPath() {
    Budget spent = spentBudget();
    ExtractionProblem p = assertThrows(ExtractionProblem.class, () -> FlatTextExtractor.create()
        .extract("A headline\n\n" + "A sentence of prose.\n".repeat(10), null, SiteLines.none(), 1000, spent));
    assertEquals(ErrorKind.TIMEOUT, p.kind());
  }

  @Test
  void aTimeoutIsAFailureOfItsOwnKind() {
    Extraction x = extract(Limits.defaults().withTimeBudget(Duration.ofNanos(1)),
        "<p>" + MOJIBAKE + "</p>", InputType.HTML);
    Extraction.Failed f = failed(x, ErrorKind.TIMEOUT);
    assertTrue(f.message().contains("time budget"), f.message());
  }

  @Test
  void textOverTheRepairLimitIsRepairedInItsFirstPartAndStillExtracted() {
    String head = "A headline about the café\n\n" + (MOJIBAKE + "\n").repeat(20);
    String tail = (MOJIBAKE + "\n").repeat(20);
    Extraction x = extract(Limits.defaults().withMaxRepairChars(head.length() + 5), head + tail, InputType.TEXT);
    Extraction.Success ok = assertInstanceOf(Extraction.Success.class, x);
    String text = ok.document().text();
    assertTrue(text.contains("It’s the café — where everyone met."), "the head is repaired: " + text);
    assertTrue(text.contains(MOJIBAKE), "the tail is left as it was: " + text);
    assertTrue(ok.document().diagnostics().stream().map(Diagnostic::code).anyMatch("repair_prefix_only"::equals),
        ok.document().diagnostics().toString());
    // the steps are replayable on the whole text
    assertFalse(ok.document().encoding().repairs().isEmpty());
  }

  /** A budget of one nanosecond, spent: the budget counts work, so the thread works until the budget says so. */
  private static Budget spentBudget() {
    Budget budget = Budget.start(Duration.ofNanos(1));
    while (true) {
      try {
        budget.check("spending");
      } catch (ExtractionProblem spent) {
        return budget;
      }
    }
  }
}
