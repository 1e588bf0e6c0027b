package dev.pith.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark pages on disk: every {@code .html}, {@code .htm}, {@code .html.gz} or {@code .txt} (flattened) file
 * of a folder (a dataset folder means its {@code html/} folder), in name order. Reading decompresses, as the anchor
 * harness does before timing.
 */
final class Corpus {
  /** One page: its id (file name without extension), its path and size on disk. */
  record Page(String id, Path path) {
    /** A flattened text capture ({@code .txt}), for the text path. */
    boolean isText() {
      String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
      return n.endsWith(".txt") || n.endsWith(".txt.gz");
    }

    /** The page's bytes, decompressed when the file is gzipped. */
    byte[] read() {
      try {
        if (!path.toString().endsWith(".gz")) {
          return Files.readAllBytes(path);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
          return in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
      }
    }
  }

  private Corpus() {}

  /**
   * The pages under these folders, in order (folders in argument order, files by name).
   *
   * @throws IllegalArgumentException when a folder does not exist or holds no page
   */
  static List<Page> list(List<Path> dirs) {
    List<Page> pages = new ArrayList<>();
    for (Path arg : dirs) {
      Path dir = Files.isDirectory(arg.resolve("html")) ? arg.resolve("html") : arg;
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("not a folder of pages: " + arg);
      }
      int before = pages.size();
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(Corpus::isPage).sorted()
            .forEach(n -> pages.add(new Page(stem(n), dir.resolve(n))));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
      }
      if (pages.size() == before) {
        throw new IllegalArgumentException("no .html, .htm, .html.gz or .txt files in " + dir);
      }
    }
    return pages;
  }

  /** The first {@code limit} pages of a folder, read whole (decompressed). */
  static List<byte[]> load(String dir, int limit) {
    List<Page> pages = list(List.of(Path.of(dir)));
    List<byte[]> out = new ArrayList<>();
    for (Page p : pages.subList(0, Math.min(limit, pages.size()))) {
      out.add(p.read());
    }
    return out;
  }

  static boolean isPage(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz")
        || n.endsWith(".txt") || n.endsWith(".txt.gz");
  }

  static String stem(String name) {
    String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
