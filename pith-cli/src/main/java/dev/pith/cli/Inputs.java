package dev.pith.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Expands command-line inputs into files: a file stands for itself, a directory for the page and archive files
 * under it (recursively, in sorted order so that output order is deterministic), a manifest ({@code --manifest},
 * or a file named {@code *.paths} or {@code *.paths.gz} as Common Crawl publishes them) for the paths it lists,
 * {@code -} for standard input.
 */
final class Inputs {
  /** Name endings of files that a directory walk picks up. */
  private static final String[] PAGE_SUFFIXES = {
    ".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt", ".txt.gz", ".wet",
    ".wet.gz", ".warc", ".warc.gz"
  };

  /** Name endings of archives: read record by record, not as one page. */
  private static final String[] ARCHIVE_SUFFIXES = {".warc", ".warc.gz", ".wet", ".wet.gz"};

  /** One input: a file, with the directory it was found under (for mirrored output names), or stdin. */
  record Input(Path path, Path base, boolean isStdin) {
    static Input standardInput() {
      return new Input(Path.of("-"), Path.of("."), true);
    }

    String name() {
      return isStdin ? "-" : path.toString();
    }

    /**
     * True for a WARC or WET file, whose records are read one by one. A {@code .wet} file may also be flattened
     * text saved under that name: it is an archive only when it starts like one.
     */
    boolean isArchive() {
      if (isStdin || !Inputs.isArchive(path.getFileName().toString())) {
        return false;
      }
      String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
      return lower.endsWith(".warc") || lower.endsWith(".warc.gz") || startsLikeWarc(path);
    }

    /** The output path relative to the output directory, without extension: mirrors the directory layout. */
    String stem() {
      Path relative = base.equals(path) ? path.getFileName() : base.relativize(path);
      String s = relative.toString();
      return stripPageSuffix(s);
    }
  }

  private Inputs() {}

  /** Expands {@code args} (manifests named {@code *.paths[.gz]} included). */
  static List<Input> expand(List<String> args) {
    return expand(args, List.of());
  }

  /**
   * Expands {@code args}, then the paths listed in {@code manifests}.
   *
   * @throws UncheckedIOException when a directory or manifest cannot be read
   * @throws IllegalArgumentException when a manifest lists nothing
   */
  static List<Input> expand(List<String> args, List<Path> manifests) {
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
      } else if (isManifest(path.getFileName().toString())) {
        inputs.addAll(manifest(path));
      } else {
        inputs.add(new Input(path, path, false));
      }
    }
    for (Path manifest : manifests) {
      inputs.addAll(manifest(manifest));
    }
    return inputs;
  }

  /**
   * The files a manifest lists: one path a line (plain or gzipped), blank lines and {@code #} comments ignored;
   * relative paths are taken from the manifest's directory, as in a mirrored crawl folder.
   */
  static List<Input> manifest(Path manifest) {
    List<Input> inputs = new ArrayList<>();
    Path dir = manifest.toAbsolutePath().getParent();
    try (InputStream raw = Files.newInputStream(manifest);
        InputStream in = manifest.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
            ? new GZIPInputStream(raw) : raw;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        Path path = Path.of(entry);
        if (!path.isAbsolute() && dir != null) {
          path = dir.resolve(path).normalize();
        }
        inputs.add(new Input(path, path, false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifest " + manifest + ": " + e.getMessage(), e);
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("the manifest " + manifest + " lists no files");
    }
    return inputs;
  }

  /** True when the file (gunzipped if it is gzip) starts with {@code WARC/}; false when it cannot be read. */
  static boolean startsLikeWarc(Path path) {
    try (InputStream raw = Files.newInputStream(path)) {
      InputStream in = new java.io.BufferedInputStream(raw);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      if (b0 == 0x1F && b1 == 0x8B) {
        in = new GZIPInputStream(in);
      }
      byte[] head = in.readNBytes(5);
      return new String(head, StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException e) {
      return false;
    }
  }

  static boolean isPageFile(String name) {
    return endsWithAny(name, PAGE_SUFFIXES);
  }

  static boolean isArchive(String name) {
    return endsWithAny(name, ARCHIVE_SUFFIXES);
  }

  static boolean isManifest(String name) {
    return endsWithAny(name, new String[] {".paths", ".paths.gz"});
  }

  private static boolean endsWithAny(String name, String[] suffixes) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : suffixes) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
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
