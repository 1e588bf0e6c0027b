package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pith.document.ExtractedDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: every page under {@code test-pages/} is extracted and compared with its expected text, blocks and
 * metadata. Regenerate the expected files with {@code -Dpith.updateGoldens=true} and review the diff like code;
 * select one page with {@code -Dpith.page=NAME}.
 */
class TestPagesTest {
  /** The folder must not silently empty out: there are at least this many pages. */
  private static final int MIN_PAGES = 20;

  private static final Extractor EXTRACTOR = Extractor.create();

  @TestFactory
  List<DynamicTest> goldenPages() {
    List<TestPages.Page> pages = TestPages.all();
    if (System.getProperty("pith.page", "").isEmpty()) {
      assertTrue(pages.size() >= MIN_PAGES, "expected at least " + MIN_PAGES + " test pages, found " + pages.size());
    }
    boolean update = Boolean.getBoolean("pith.updateGoldens");
    List<DynamicTest> tests = new ArrayList<>();
    for (TestPages.Page page : pages) {
      tests.add(DynamicTest.dynamicTest(page.name(), () -> check(page, update)));
    }
    return tests;
  }

  private static void check(TestPages.Page page, boolean update) throws IOException {
    Extraction result = EXTRACTOR.extract(page.capture());
    Extraction.Success ok = assertInstanceOf(Extraction.Success.class, result, () -> "not extracted: " + result);
    ExtractedDocument doc = ok.document();
    compare(page.dir().resolve("expected.txt"), doc.text() + "\n", update);
    compare(page.dir().resolve("expected-blocks.txt"), TestPages.renderBlocks(doc), update);
    compare(page.dir().resolve("expected-metadata.txt"), TestPages.renderMetadata(doc), update);
  }

  private static void compare(Path expectedFile, String actual, boolean update) throws IOException {
    if (update) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail(expectedFile + " is missing: run with -Dpith.updateGoldens=true and review it");
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    if (expected.equals(actual)) {
      return;
    }
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) {
      i++;
    }
    assertEquals(i < e.length ? e[i] : "<end>", i < a.length ? a[i] : "<end>",
        expectedFile.getFileName() + " differs first at line " + (i + 1) + " of " + expectedFile.getParent());
  }
}
