package dev.pith;

import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import dev.pith.document.Block;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Metadata;
import dev.pith.document.Sourced;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The golden test pages under {@code src/test/resources/test-pages/<name>/}: {@code source.html} (or
 * {@code source.html.gz}, raw bytes as captured), optional {@code source.properties} (url, content-type), and the
 * expected outputs {@code expected.txt}, {@code expected-blocks.txt} and {@code expected-metadata.txt}, each a
 * simple line-per-item rendering that reads well in a diff. Shared by the golden tests and the determinism test.
 */
public final class TestPages {
  /** Where the pages are, relative to the module. */
  public static final Path ROOT = Path.of("src/test/resources/test-pages");

  private TestPages() {}

  /** One page: its folder and capture. */
  public record Page(String name, Path dir, Capture capture) {}

  /** All pages, sorted by name; a system property {@code pith.page} selects one. */
  public static List<Page> all() {
    String only = System.getProperty("pith.page", "");
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString();
        if (only.isEmpty() || only.equals(name)) {
          pages.add(new Page(name, dir, capture(dir)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  static Capture capture(Path dir) throws IOException {
    Path source = dir.resolve("source.html");
    if (!Files.exists(source)) {
      source = dir.resolve("source.html.gz");
    }
    if (!Files.exists(source)) {
      throw new IllegalStateException(dir + " has no source.html or source.html.gz");
    }
    java.util.Properties props = new java.util.Properties();
    Path propsFile = dir.resolve("source.properties");
    if (Files.exists(propsFile)) {
      try (var reader = Files.newBufferedReader(propsFile, StandardCharsets.UTF_8)) {
        props.load(reader);
      }
    }
    String url = props.getProperty("url", "https://example.test/" + dir.getFileName() + "/");
    return new Capture(Files.readAllBytes(source), url, props.getProperty("content-type"), null,
        SourceRef.of(dir.getFileName() + "/" + source.getFileName()), InputType.AUTO);
  }

  /** The blocks, one per line: type, then text with newlines shown as ⏎. */
  public static String renderBlocks(ExtractedDocument doc) {
    StringBuilder out = new StringBuilder();
    for (Block b : doc.blocks()) {
      String label = b.type().jsonName();
      if (b instanceof dev.pith.document.Heading h) {
        label += h.level();
      }
      out.append(label).append(": ").append(b.text().replace("\n", " ⏎ ")).append('\n');
    }
    return out.toString();
  }

  /** The metadata, one field per line: name, value, source. */
  public static String renderMetadata(ExtractedDocument doc) {
    Metadata m = doc.metadata();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", m.title());
    fields.put("authors", m.authors().isEmpty() ? null : m.authors());
    fields.put("published", m.published());
    fields.put("modified", m.modified());
    fields.put("site_name", m.siteName());
    fields.put("url", m.url());
    fields.put("language", m.language());
    fields.put("description", m.description());
    fields.put("section", m.section());
    fields.put("image", m.image());
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      Object v = f.getValue();
      if (v == null) {
        continue;
      }
      if (v instanceof Sourced s) {
        out.append(f.getKey()).append(": ").append(s.value()).append("  [").append(s.source()).append("]\n");
      } else {
        for (Object o : (List<?>) v) {
          Sourced s = (Sourced) o;
          out.append(f.getKey()).append(": ").append(s.value()).append("  [").append(s.source()).append("]\n");
        }
      }
    }
    out.append("charset: ").append(doc.encoding().charset()).append("  [").append(doc.encoding().evidence())
        .append("]\n");
    return out.toString();
  }
}
