package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests that need the shared data say clearly when it is missing, instead of passing without it. */
class SharedBenchTest {
  @Test
  void missingSharedDataIsAClearFailure(@TempDir Path empty) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SharedBench.root(empty.toString()));
    assertTrue(e.getMessage().contains("shared benchmark data is missing"), e.getMessage());
    assertTrue(e.getMessage().contains("-Dpith.shared"), e.getMessage());
  }

  @Test
  void theSharedDataIsHere() {
    Path root = SharedBench.root();
    assertEquals(4, SharedBench.DATASETS.stream().filter(d -> root.resolve("bench/data").resolve(d).toFile()
        .isDirectory()).count(), "datasets under " + root);
  }
}
