package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import dev.pith.document.ExtractedDocument;
import dev.pith.output.OutputFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * pith's clean HTML output is a fixed point, on generated pages: extracting it again gives the same blocks and
 * title, and writing that gives the same page byte for byte. ({@code WritersTest} checks the first half on the
 * test pages; generated pages reach block types, nestings and escapes the test pages do not have.)
 */
class CleanOutputStabilityTest {
  private static final Extractor EXTRACTOR = Extractor.create();

  /** Article-ish fragments: enough prose that most generated pages have content to feed back. */
  private static final List<String> PIECES = List.of(
      "<h2>A section heading</h2>", "<p>The ferry ran every twenty minutes, and everyone on the island used it.</p>",
      "<p>Residents said the late boat mattered most to nurses on night shifts &amp; students.</p>",
      "<ul><li>First point about the timetable</li><li>Second point, with <a href=/x>a link</a></li></ul>",
      "<ol><li>One</li><li>Two &lt;three&gt;</li></ol>", "<blockquote><p>We were never asked, said one.</p>"
          + "</blockquote>", "<pre><code>if (a &lt; b) { return; }</code></pre>",
      "<table><tr><th>Year</th><th>Boats</th></tr><tr><td>2023</td><td>41</td></tr></table>",
      "<figure><img src=/a.jpg alt=\"A ferry\"><figcaption>The ferry at dawn.</figcaption></figure>",
      "<p>Quotes “curly” and ‘single’, dashes — and accents: café, Zürich, naïve.</p>",
      "<h3>Smaller heading</h3>", "<p>Short.</p>", "<div><p>Inside a div, a paragraph of reasonable length.</p></div>",
      "<p>Line one<br>line two of the same paragraph</p>", "<p><b>Bold</b> and <i>italic</i> words mid-sentence.</p>");

  private static Gen<String> pages() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(1, 25).map(list -> "<html><head><title>A story"
        + "</title></head><body><article><h1>A story</h1>" + String.join("\n", list) + "</article></body></html>");
  }

  @Test
  void theCleanHtmlIsAFixedPoint() {
    AtomicInteger fedBack = new AtomicInteger();
    qt().withExamples(200).withFixedSeed(20241128L).forAll(pages()).checkAssert(page -> {
      Extraction first = extract(page);
      if (!(first instanceof Extraction.Success ok) || ok.document().blocks().isEmpty()) {
        return;
      }
      fedBack.incrementAndGet();
      String html = OutputFormat.HTML.writer().write(ok.document());
      ExtractedDocument again = assertInstanceOf(Extraction.Success.class, extract(html)).document();
      assertEquals(ok.document().blocks(), again.blocks(), html);
      assertEquals(ok.document().metadata().titleText(), again.metadata().titleText(), html);
      assertEquals(html, OutputFormat.HTML.writer().write(again), "the clean page is a fixed point");
    });
    assertTrue(fedBack.get() > 100, "only " + fedBack.get() + " generated pages had content to feed back");
  }

  private static Extraction extract(String html) {
    return EXTRACTOR.extract(new Capture(html.getBytes(StandardCharsets.UTF_8), "https://example.test/story",
        "text/html; charset=utf-8", null, SourceRef.of("generated"), InputType.HTML));
  }
}
