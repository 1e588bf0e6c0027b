package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the front door on generated input: every input gives exactly one result and never an exception,
 * and extraction is deterministic (the same input twice gives the same JSON).
 */
class EveryInputOneResultTest {
  private static final Extractor EXTRACTOR = Extractor.create();

  /** Fragments of markup and text that, strung together at random, make broken and odd pages. */
  private static final List<String> PIECES = List.of(
      "<html>", "<body>", "</body>", "<div class=\"content\">", "</div>", "<p>", "</p>", "<h1>", "</h1>",
      "<h2>", "<ul><li>", "</li>", "</ul>", "<table><tr><td>", "</td></tr>", "<a href=/x>", "</a>", "<br>",
      "<script>var x = '</p>';</script>", "<style>p{}</style>", "<!-- c -->", "<nav>", "</nav>",
      "<article>", "</article>", "<figure><img src=a.jpg><figcaption>", "</figcaption></figure>",
      "<blockquote>", "<pre>", "</pre>", "<meta charset=\"gbk\">", "<title>T</title>", "&amp;", "&nbsp;",
      "The ferry ran every twenty minutes, and everyone used it.", "Share", "© 2024", "2024-06-03",
      "鈥檚", "â€™", "\u0000", "\uFFFD", "ü", "<", ">", "\"", "'", "<div hidden>", "<p style=display:none>",
      "<noscript>", "</noscript>", "<form><input></form>", "<svg><text>x</text></svg>", "\n\n", "   ");

  private static Gen<String> pages() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 120)
        .map(list -> String.join("", list));
  }

  @Test
  void everyGeneratedPageGivesOneResultAndNoException() {
    qt().withExamples(300).withFixedSeed(20241128L).forAll(pages(), integers().between(0, 2))
        .checkAssert((page, type) -> {
          Capture c = new Capture(page.getBytes(StandardCharsets.UTF_8), "https://example.test/p", null,
              null, SourceRef.of("generated"), InputType.values()[type]);
          Extraction first = EXTRACTOR.extract(c);
          Extraction second = EXTRACTOR.extract(c);
          assertEquals(ExtractionJson.toJson(first), ExtractionJson.toJson(second));
          assertEquals(first.getClass(), second.getClass());
          if (first instanceof Extraction.Failed f) {
            // a generated page may be rejected (empty, binary) but never breaks pith
            assertEquals(false, f.kind() == dev.pith.document.ErrorKind.INTERNAL_ERROR, f.message());
          }
        });
  }

  @Test
  void arbitraryBytesGiveOneResultAndNoException() {
    qt().withExamples(300).withFixedSeed(7L).forAll(strings().allPossible().ofLengthBetween(0, 3000))
        .checkAssert(s -> {
          byte[] bytes = s.getBytes(StandardCharsets.UTF_16LE);
          Extraction x = EXTRACTOR.extract(new Capture(bytes, null, null, null, SourceRef.of("bytes"),
              InputType.AUTO));
          if (x instanceof Extraction.Failed f) {
            assertEquals(false, f.kind() == dev.pith.document.ErrorKind.INTERNAL_ERROR, f.message());
          }
        });
  }
}
