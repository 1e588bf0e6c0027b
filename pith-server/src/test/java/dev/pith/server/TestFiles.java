package dev.pith.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs: the pages written for these tests, and the project's seed capture from the shared folder. */
final class TestFiles {
  private TestFiles() {}

  /** A page from src/test/resources/pages, as bytes. */
  static byte[] page(String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream("/pages/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test page /pages/" + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed capture, read from {@code shared/seed/seed.txt} beside the project checkout (CI lays shared/ there).
   *
   * @throws IllegalStateException naming the path looked at, when it is missing
   */
  static Path seed() {
    // tests run in pith-server/; the checkout is its parent, and shared/ sits beside the checkout
    Path module = Path.of("").toAbsolutePath();
    Path seed = module.getParent().getParent().resolve("shared/seed/seed.txt").normalize();
    if (!Files.isRegularFile(seed)) {
      throw new IllegalStateException("the seed capture is missing: expected " + seed + " (the shared/ folder "
          + "beside the project checkout, as on CI)");
    }
    return seed;
  }
}
