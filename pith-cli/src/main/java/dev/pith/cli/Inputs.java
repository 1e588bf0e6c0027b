package dev.pith.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands command-line inputs into files: a file stands for itself, a directory for the page files under it
 * (recursively, in sorted order so that output order is deterministic), {@code -} for standard input.
 */
final class Inputs {
  /** Name endings of files that a directory walk picks up. */
  private static final String[] PAGE_SUFFIXES = {
    ".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt", ".txt.gz", ".wet",
    ".wet.gz", ".warc", ".warc.gz"
  };

  /** One input: a file, with the directory it was found under (for mirrored output names), or stdin. */
  record Input(Path path, Path base, boolean isStdin) {
    static Input standardInput() {
      return new Input(Path.of("-"), Path.of("."), true);
    }

    String name() {
      return isStdin ? "-" : path.toString();
    }

    /** The output path relative to the output directory, without extension: mirrors the directory layout. */
    String stem() {
      Path relative = base.equals(path) ? path.getFileName() : base.relativize(path);
      String s = relative.toString();
      return stripPageSuffix(s);
    }
  }

  private Inputs() {}

  static List<Input> expand(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        inputs.add(Input.standardInput());
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(p -> isPageFile(p.getFileName().toString())).sorted()
              .forEach(p -> inputs.add(new Input(p, path, false)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
      } else {
        inputs.add(new Input(path, path, false));
      }
    }
    return inputs;
  }

  static boolean isPageFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : PAGE_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".wet.gz")
        || lower.endsWith(".arc.gz");
  }

  /** {@code a/page.html.gz} → {@code a/page}. */
  static String stripPageSuffix(String name) {
    String s = name;
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      s = s.substring(0, s.length() - 3);
      lower = lower.substring(0, lower.length() - 3);
    }
    for (String ext : new String[] {".html", ".htm", ".xhtml", ".shtml", ".txt", ".wet", ".warc"}) {
      if (lower.endsWith(ext)) {
        return s.substring(0, s.length() - ext.length());
      }
    }
    return s;
  }
}
