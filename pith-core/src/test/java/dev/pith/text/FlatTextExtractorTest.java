package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.ExtractorOptions;
import dev.pith.Limits;
import dev.pith.capture.Capture;
import dev.pith.document.ErrorKind;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Removal;
import dev.pith.internal.ExtractionProblem;
import dev.pith.output.JsonDocumentWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the text path that hold for any input: accounting, order, determinism, limits, no crash. */
class FlatTextExtractorTest {
  private static final FlatTextExtractor FLAT = FlatTextExtractor.create();

  /** The document of a text file through the pipeline with repair turned off. */
  static ExtractedDocument withoutRepair(Path file) throws IOException {
    Extractor extractor = Extractor.create(ExtractorOptions.defaults().withRepairEncoding(false));
    Extraction result = extractor.extract(Capture.fromFile(file));
    return assertInstanceOf(Extraction.Success.class, result, () -> "not extracted: " + result).document();
  }

  /** Lines pages are made of: menus, labels, links, headlines, prose, credits, dates, brackets, odd characters. */
  private static final String[] PIECES = {
    "Home", "  • News", "  • Sport", "Share", "Subscribe now", "[                    ] Search", "[logo.png]",
    "https://example.test/a/b", "/section/2024/0101/slug", "By Jane Doe", "March 3, 2024 10:15 a.m.", "|",
    "Harbour bridge vote splits the town council", "Related articles", "12 Comments", "Reply", "Advertisement",
    "The council met on Tuesday evening to discuss the bridge, and the debate ran for more than three hours.",
    "Residents who live near the water said they had waited years for a decision, and many were angry.",
    "“We have heard all of this before,” said one shopkeeper, who asked not to be named, as the vote began.",
    "Ann Reyes/Reuters", "Why We Wrote This", "Key points", "© 2024 Example Media. All rights reserved.",
    "You've read  of  free articles.", "海角大神", "Новости дня", "\t\tindented text with tabs\t",
    "* * *", "1. First step of the recipe", "2) second item", "-", "•", "[", "]", "\u0000\u0001\u0007", "\u00a0",
    "\uFEFFbyte order mark", "a".repeat(3000), "word ".repeat(400), "", "", "", "\r", "x\ry",
  };

  private static Gen<String> pages() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 120)
        .map(indexes -> {
          StringBuilder out = new StringBuilder();
          for (int i : indexes) {
            out.append(PIECES[i]).append(i % 3 == 0 ? "\n\n" : "\n");
          }
          return out.toString();
        });
  }

  @Test
  void aTableDrawnWithBoxCharactersIsOneTableBlockWithItsCells() {
    String prose = "The council published the ranking of the harbour districts on Tuesday, and the debate about "
        + "the figures ran for more than three hours before the vote was taken.\n\n";
    String table = "┌────────┬──────────────┬───────┐\n│Rank    │District      │Score  │\n"
        + "├────────┼──────────────┼───────┤\n│1       │North Quay    │91.0   │\n"
        + "├────────┼──────────────┼───────┤\n│2 (tie) │Old Town      │87.8   │\n"
        + "├────────┼──────────────┼───────┤\n│2 (tie) │Fish Market   │87.8   │\n"
        + "└────────┴──────────────┴───────┘\n\n";
    FlatText flat = FLAT.extract(prose + prose.replace("Tuesday", "Monday") + table
        + prose.replace("Tuesday", "Friday") + prose.replace("Tuesday", "Sunday"));
    List<dev.pith.document.Table> tables = flat.blocks().stream()
        .filter(b -> b instanceof dev.pith.document.Table).map(b -> (dev.pith.document.Table) b).toList();
    assertEquals(1, tables.size(), flat.blocks().toString());
    assertEquals(List.of(List.of("Rank", "District", "Score"), List.of("1", "North Quay", "91.0"),
        List.of("2 (tie)", "Old Town", "87.8"), List.of("2 (tie)", "Fish Market", "87.8")), tables.get(0).rows());
    assertTrue(flat.removals().stream().anyMatch(r -> "table border".equals(r.detail())), "borders are removed");
    assertTrue(flat.blocks().get(flat.blocks().size() - 1).toString().contains("Sunday"), "the text goes on after it");
  }

  @Test
  void everyLineIsKeptOrRemovedWithAReason() {
    qt().withExamples(300).forAll(pages()).checkAssert(FlatTextExtractorTest::accountsForEveryLine);
  }

  @Test
  void theSeedIsFullyAccountedFor() throws IOException {
    accountsForEveryLine(java.nio.file.Files.readString(SeedTest.seedDir().resolve("seed.repaired.txt")));
  }

  /**
   * Every non-empty line is either removed (a removal names it) or its text is in a block; removals are in line
   * order and never name a line twice.
   */
  static void accountsForEveryLine(String text) {
    FlatText flat = FLAT.extract(text);
    List<int[]> removed = new ArrayList<>();
    int last = 0;
    for (Removal r : flat.removals()) {
      int[] range = range(r.where());
      assertTrue(range[0] > last, "removals out of order or overlapping at " + r.where());
      last = range[1];
      removed.add(range);
    }
    StringBuilder kept = new StringBuilder();
    flat.blocks().forEach(b -> kept.append(b.text()).append('\n'));
    String keptText = kept.toString().replace('\n', ' ');
    String[] physical = text.split("\r\n|\r|\n", -1);
    for (int n = 1; n <= physical.length; n++) {
      String t = strip(physical[n - 1]);
      if (t.isEmpty()) {
        continue;
      }
      int number = n;
      boolean isRemoved = removed.stream().anyMatch(r -> r[0] <= number && number <= r[1]);
      String bare = withoutMarker(t);
      assertTrue(isRemoved || keptText.contains(bare) || keptText.contains(LineReader.withoutNumber(bare)),
          "line " + n + " is neither removed nor kept: \"" + t + "\"");
    }
  }

  private static int[] range(String where) {
    String numbers = where.substring(where.indexOf(' ') + 1);
    int dash = numbers.indexOf('-');
    int from = Integer.parseInt(dash < 0 ? numbers : numbers.substring(0, dash));
    int to = dash < 0 ? from : Integer.parseInt(numbers.substring(dash + 1));
    return new int[] {from, to};
  }

  private static String strip(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && LineReader.isSpace(line.charAt(start))) {
      start++;
    }
    while (end > start && LineReader.isSpace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  private static String withoutMarker(String t) {
    List<Line> lines = LineReader.read(t, 10);
    return lines.isEmpty() ? t : lines.get(0).text;
  }

  @Test
  void sameOutputTwiceAndOnEightThreads() throws Exception {
    List<String> inputs = new ArrayList<>();
    Random random = new Random(42);
    for (int i = 0; i < 40; i++) {
      StringBuilder page = new StringBuilder();
      for (int k = 0; k < 60; k++) {
        page.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? "\n" : "\n\n");
      }
      inputs.add(page.toString());
    }
    List<String> once = new ArrayList<>();
    for (String input : inputs) {
      once.add(render(input));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String input : inputs) {
          futures.add(pool.submit(() -> render(input)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(once.get(i % inputs.size()), futures.get(i).get(), "page " + (i % inputs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String render(String text) {
    Extraction x = Extractor.create().extract(Capture.ofText(text, "https://example.test/2024/01/02/page"));
    return x instanceof Extraction.Success s ? JsonDocumentWriter.create().write(s.document()) : x.toString();
  }

  @Test
  void tooManyLinesIsAFailureOfItsOwnKind() {
    String text = "line\n".repeat(200);
    ExtractionProblem problem = assertThrows(ExtractionProblem.class,
        () -> FLAT.extract(text, null, SiteLines.none(), 100));
    assertEquals(ErrorKind.TOO_LARGE, problem.kind());
    Extractor small = Extractor.create(ExtractorOptions.defaults().withLimits(Limits.defaults().withMaxNodes(100)));
    Extraction result = small.extract(Capture.ofText(text, null));
    Extraction.Failed failed = assertInstanceOf(Extraction.Failed.class, result);
    assertEquals(ErrorKind.TOO_LARGE, failed.kind());
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> FLAT.extract("x", null, SiteLines.none(), 0));
    assertThrows(NullPointerException.class, () -> FLAT.extract(null, null, SiteLines.none(), 10));
  }

  @Test
  void hostileInputsEndQuickly() {
    List<String> inputs = List.of(
        "x".repeat(2_000_000),
        "a b ".repeat(500_000),
        "\n".repeat(1_000_000),
        "• \n".repeat(200_000),
        "[ ] ".repeat(200_000),
        "Share\n".repeat(200_000),
        "1. 2. 3. ".repeat(100_000),
        ("The council met. " + "word, ".repeat(50) + "\n").repeat(20_000),
        "((((((((((".repeat(100_000),
        "©2019 ".repeat(100_000));
    for (String input : inputs) {
      // a hang guard, not a timing assertion: each takes well under a second
      FlatText flat = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FLAT.extract(input));
      assertFalse(flat.removals().isEmpty() && flat.blocks().isEmpty() && !input.isBlank()
          && flat.removals().size() == 0, "lost everything");
    }
  }

  @Test
  void emptyAndBlankTextHaveNoContent() {
    for (String text : new String[] {"", "\n\n\n", "   \t  \n \u00a0 "}) {
      FlatText flat = FLAT.extract(text);
      assertTrue(flat.blocks().isEmpty());
      assertTrue(flat.removals().isEmpty());
      assertEquals("no_content", flat.diagnostics().get(flat.diagnostics().size() - 1).code());
    }
  }
}
