package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.TestPages;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import dev.pith.document.ExtractedDocument;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the text path: every folder under {@code text-pages/} holds a flattened capture written for pith
 * ({@code source.txt}, optional {@code source.properties} with its {@code url}) and what pith must make of it:
 * {@code expected.txt}, {@code expected-blocks.txt}, {@code expected-metadata.txt}, {@code expected-removals.txt},
 * {@code expected-diagnostics.txt}. Regenerate with {@code -Dpith.updateGoldens=true} and review the diff like code;
 * {@code -Dpith.page=NAME} runs one page.
 */
class TextPagesTest {
  static final Path ROOT = Path.of("src/test/resources/text-pages");
  /** The folder must not silently empty out. */
  private static final int MIN_PAGES = 10;
  private static final Extractor EXTRACTOR = Extractor.create();

  @TestFactory
  List<DynamicTest> goldenTextPages() throws IOException {
    String only = System.getProperty("pith.page", "");
    List<Path> dirs;
    try (Stream<Path> list = Files.list(ROOT)) {
      dirs = list.filter(Files::isDirectory).sorted()
          .filter(d -> only.isEmpty() || d.getFileName().toString().equals(only)).toList();
    }
    if (only.isEmpty()) {
      assertTrue(dirs.size() >= MIN_PAGES, "expected at least " + MIN_PAGES + " text pages, found " + dirs.size());
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : dirs) {
      tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }
    return tests;
  }

  /** The capture of a page folder, as the CLI would read it (a text file, with its URL when given). */
  static Capture capture(Path dir) {
    try {
      Path source = dir.resolve("source.txt");
      if (!Files.exists(source)) {
        throw new IllegalStateException(dir + " has no source.txt");
      }
      Properties props = new Properties();
      Path propsFile = dir.resolve("source.properties");
      if (Files.exists(propsFile)) {
        try (Reader reader = Files.newBufferedReader(propsFile, StandardCharsets.UTF_8)) {
          props.load(reader);
        }
      }
      return new Capture(Files.readAllBytes(source), props.getProperty("url"), null, null,
          SourceRef.of(dir.getFileName() + "/source.txt"), InputType.TEXT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(Path dir) throws IOException {
    Extraction result = EXTRACTOR.extract(capture(dir));
    Extraction.Success ok = assertInstanceOf(Extraction.Success.class, result, () -> "not extracted: " + result);
    ExtractedDocument doc = ok.document();
    TextGoldens.compare(dir.resolve("expected.txt"), doc.text() + "\n");
    TextGoldens.compare(dir.resolve("expected-blocks.txt"), TextGoldens.blocks(doc));
    TextGoldens.compare(dir.resolve("expected-metadata.txt"), TestPages.renderMetadata(doc));
    TextGoldens.compare(dir.resolve("expected-removals.txt"), TextGoldens.removals(doc));
    TextGoldens.compare(dir.resolve("expected-diagnostics.txt"), TextGoldens.diagnostics(doc));
  }
}
