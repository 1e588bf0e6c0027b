package dev.pith.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
    Run run = run(null, "repair", "--explain", file.toString());
    assertEquals(0, run.code, run.err);
    assertEquals(ORIGINAL, run.out);
    assertTrue(run.err.toLowerCase(java.util.Locale.ROOT).contains("gbk"), run.err);
  }

  @Test
  void readsStandardInputAndLeavesCleanTextAlone() {
    Run run = run(ORIGINAL.getBytes(UTF_8), "repair", "-");
    assertEquals(0, run.code, run.err);
    assertEquals(ORIGINAL, run.out);
  }

  @Test
  void aMissingFileIsAClearError() {
    Run run = run(null, "repair", dir.resolve("nope.txt").toString());
    assertTrue(run.code != 0);
    assertTrue(run.err.contains("nope.txt"), run.err);
  }

  private record Run(int code, String out, String err) {}

  private static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8),
        new ByteArrayInputStream(stdin == null ? new byte[0] : stdin)).run(args);
    return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
  }
}
