package dev.pith.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.TestPages;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import dev.pith.document.ExtractedDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class WritersTest {
  private static final Extractor EXTRACTOR = Extractor.create();

  @Test
  void markdownEscapesWhatWouldBecomeMarkup() {
    assertEquals("1\\. not a list", MarkdownWriter.escapeInline("1. not a list"));
    assertEquals("\\# not a heading", MarkdownWriter.escapeInline("# not a heading"));
    assertEquals("a \\*b\\* \\[c\\]", MarkdownWriter.escapeInline("a *b* [c]"));
  }

  @Test
  void htmlEscapesMarkupCharacters() {
    assertEquals("&lt;b&gt; &amp; &quot;", HtmlWriter.escape("<b> & \""));
  }

  /**
   * pith's own clean HTML, extracted again, gives the same blocks and title: the writer loses nothing the
   * extractor keeps, and the extractor keeps all of a clean page.
   */
  @TestFactory
  List<DynamicTest> extractingOurOwnHtmlIsStable() {
    return TestPages.all().stream().map(page -> DynamicTest.dynamicTest(page.name(), () -> {
      ExtractedDocument first = success(EXTRACTOR.extract(page.capture()));
      String html = OutputFormat.HTML.writer().write(first);
      ExtractedDocument second = success(EXTRACTOR.extract(new Capture(html.getBytes(StandardCharsets.UTF_8),
          "https://example.test/again", "text/html; charset=utf-8", null, SourceRef.of("again"),
          InputType.HTML)));
      assertEquals(first.blocks(), second.blocks());
      assertEquals(first.metadata().titleText(), second.metadata().titleText());
    })).toList();
  }

  @TestFactory
  List<DynamicTest> jsonIsWellFormedAndCarriesTheModel() {
    return TestPages.all().stream().map(page -> DynamicTest.dynamicTest(page.name(), () -> {
      ExtractedDocument doc = success(EXTRACTOR.extract(page.capture()));
      String json = OutputFormat.JSON.writer().write(doc);
      int blocks = 0;
      try (JsonParser p = JsonDocumentWriter.factory().createParser(json)) {
        JsonToken t;
        int depth = 0;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.FIELD_NAME && p.currentName().equals("type") && depth == 3) {
            blocks++;
          }
          depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        }
        assertEquals(0, depth);
      }
      assertEquals(doc.blocks().size(), blocks, json);
    })).toList();
  }

  @Test
  void plainTextLeavesFigureCaptionsOutUnlessAsked() {
    ExtractedDocument doc = TestPages.all().stream().filter(p -> p.name().equals("figure-caption-credit"))
        .map(p -> success(EXTRACTOR.extract(p.capture()))).findFirst().orElseThrow();
    assertFalse(PlainTextWriter.create(false).write(doc).contains("Photo: Ann Reyes"));
    assertTrue(PlainTextWriter.create(true).write(doc).contains("Photo: Ann Reyes"));
    assertTrue(MarkdownWriter.INSTANCE.write(doc).contains("Photo: Ann Reyes"));
  }

  private static ExtractedDocument success(Extraction x) {
    return assertInstanceOf(Extraction.Success.class, x, x::toString).document();
  }
}
