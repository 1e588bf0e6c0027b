package dev.pith.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the crash corpus: every input the fuzzers ever broke pith with ({@code src/test/resources/crashes/<target>/},
 * one file per input, raw bytes as the fuzzer gave them) goes through its target again and must now pass its
 * invariants. So a bug once found stays fixed without running the fuzzer.
 */
class CrashCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/crashes");

  @Test
  void theCorpusIsNotEmpty() throws IOException {
    assertFalse(inputs().isEmpty(), "no crash inputs under " + CORPUS.toAbsolutePath());
    for (Path dir : Files.list(CORPUS).filter(Files::isDirectory).toList()) {
      assertTrue(FuzzTargets.NAMES.contains(dir.getFileName().toString()),
          "crash folder " + dir + " is not named after a target " + FuzzTargets.NAMES);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCrashInputNowPasses() throws IOException {
    return inputs().stream().map(file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), () -> {
      String target = file.getParent().getFileName().toString();
      FuzzTargets.run(target, Files.readAllBytes(file));
    }));
  }

  private static List<Path> inputs() throws IOException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(CORPUS)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted().forEach(files::add);
    }
    return files;
  }
}
