package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pith.TestPages;
import dev.pith.document.Block;
import dev.pith.document.Diagnostic;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Removal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Renderings of an extracted document that read well in a diff (blocks, removals, diagnostics, metadata, text), and
 * the comparison with golden files: {@code -Dpith.updateGoldens=true} rewrites them; a mismatch names the file and
 * its first differing line.
 */
final class TextGoldens {
  private TextGoldens() {}

  /** Whether the run rewrites the golden files instead of comparing. */
  static boolean updating() {
    return Boolean.getBoolean("pith.updateGoldens");
  }

  /** The blocks, one per line: type, then text with newlines shown as ⏎ (the layout of the HTML goldens). */
  static String blocks(ExtractedDocument doc) {
    StringBuilder out = new StringBuilder(TestPages.renderBlocks(doc));
    // figures and asides carry more than their text: show their parts
    int i = 0;
    StringBuilder parts = new StringBuilder();
    for (Block b : doc.blocks()) {
      if (b instanceof dev.pith.document.Figure f) {
        parts.append("block ").append(i).append(" figure: caption=").append(f.caption()).append(" | credit=")
            .append(f.credit()).append('\n');
      } else if (b instanceof dev.pith.document.Aside a) {
        parts.append("block ").append(i).append(" aside: label=").append(a.label()).append('\n');
      }
      i++;
    }
    if (parts.length() > 0) {
      out.append("--\n").append(parts);
    }
    return out.toString();
  }

  /** The removals, one per line: where, reason, detail, excerpt. */
  static String removals(ExtractedDocument doc) {
    StringBuilder out = new StringBuilder();
    for (Removal r : doc.removals()) {
      out.append(r.where()).append(": ").append(r.reason().jsonName()).append(" (").append(r.detail())
          .append(") ").append(r.excerpt().replace("\n", " ⏎ ")).append('\n');
    }
    return out.toString();
  }

  /** The diagnostics, one per line: where, code, message. */
  static String diagnostics(ExtractedDocument doc) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : doc.diagnostics()) {
      out.append(d.where().isEmpty() ? "-" : d.where()).append(": ").append(d.code()).append(": ")
          .append(d.message()).append('\n');
    }
    return out.toString();
  }

  /** Compares {@code actual} with the file (or writes it when updating). */
  static void compare(Path expectedFile, String actual) throws IOException {
    compare(expectedFile, actual, UnaryOperator.identity());
  }

  /**
   * Compares {@code actual} with the file after passing both through {@code normalize} (or writes the file, as it
   * is, when updating).
   */
  static void compare(Path expectedFile, String actual, UnaryOperator<String> normalize) throws IOException {
    if (updating()) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail(expectedFile + " is missing: run with -Dpith.updateGoldens=true and review it");
    }
    String expected = normalize.apply(Files.readString(expectedFile, StandardCharsets.UTF_8));
    String got = normalize.apply(actual);
    if (expected.equals(got)) {
      return;
    }
    String[] e = expected.split("\n", -1);
    String[] a = got.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) {
      i++;
    }
    assertEquals(i < e.length ? e[i] : "<end>", i < a.length ? a[i] : "<end>",
        expectedFile.getFileName() + " differs first at line " + (i + 1) + " of " + expectedFile.getParent());
  }
}
