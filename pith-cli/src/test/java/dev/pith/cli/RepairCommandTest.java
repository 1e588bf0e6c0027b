package dev.pith.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith repair}: repaired text to standard output, the explanation to standard error. */
class RepairCommandTest {
  private static final String ORIGINAL = "It’s the café’s “special” again, with crème brûlée.\nA second, clean line.\n";

  @TempDir Path dir;

  @Test
  void repairsAFileAndExplainsOnStandardError() throws IOException {
    String broken = new String(ORIGINAL.getBytes(UTF_8), Charset.forName("GBK"));
    Path file = dir.resolve("broken.txt");
    Files.writeString(file, broken, UTF_8);
    CliRun run = CliRun.run("repair", "--explain", file.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(ORIGINAL, run.out());
    assertTrue(run.err().toLowerCase(java.util.Locale.ROOT).contains("gbk"), run.err());
  }

  @Test
  void readsStandardInputAndLeavesCleanTextAlone() {
    CliRun run = CliRun.withInput(ORIGINAL.getBytes(UTF_8), "repair", "-");
    assertEquals(0, run.code(), run.err());
    assertEquals(ORIGINAL, run.out());
  }

  @Test
  void aMissingFileIsAClearError() {
    CliRun run = CliRun.run("repair", dir.resolve("nope.txt").toString());
    assertTrue(run.code() != 0);
    assertTrue(run.err().contains("nope.txt"), run.err());
  }

}
