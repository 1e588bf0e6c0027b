package dev.pith.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The inspection page's files (HTML, CSS, JS), read once from the jar's resources at start-up: no build step, no
 * CDN, nothing fetched by the browser from anywhere but this server. Immutable and thread-safe.
 */
final class StaticFiles {
  /** A file to serve. */
  record File(String contentType, byte[] bytes) {}

  private static final String ROOT = "/dev/pith/server/static/";

  private final Map<String, File> files;

  private StaticFiles(Map<String, File> files) {
    this.files = files;
  }

  /**
   * Loads the page's files.
   *
   * @throws IllegalStateException when one is missing from the jar (a packaging bug)
   */
  static StaticFiles load() {
    return new StaticFiles(Map.of(
        "/", read("index.html", "text/html; charset=utf-8"),
        "/static/inspect.css", read("inspect.css", "text/css; charset=utf-8"),
        "/static/inspect.js", read("inspect.js", "text/javascript; charset=utf-8")));
  }

  /** The file served at {@code path}, if there is one. */
  Optional<File> get(String path) {
    return Optional.ofNullable(files.get(path));
  }

  private static File read(String name, String contentType) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + ROOT + name + " is missing from the jar");
      }
      return new File(contentType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + ROOT + name, e);
    }
  }
}
