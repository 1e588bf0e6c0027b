package dev.pith.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith eval repair}: the per-codec breakdown, and a clear usage error for a breakdown it does not know. */
class EvalRepairCommandTest {
  private static final String CASES = String.join("\n",
      "{\"id\":\"a\",\"broken\":\"cafÃ©\",\"original\":\"café\",\"wrong_encoding\":\"cp1252\","
          + "\"mode\":\"strict\",\"kind\":\"single\",\"src_lang\":\"fr\"}",
      "{\"id\":\"b\",\"broken\":\"naÃ¯ve rÃ©sumÃ©\",\"original\":\"naïve résumé\",\"wrong_encoding\":\"cp1252\","
          + "\"mode\":\"strict\",\"kind\":\"partial\",\"src_lang\":\"en\"}",
      "{\"id\":\"c\",\"broken\":\"plain text\",\"original\":\"plain text\",\"wrong_encoding\":\"none\","
          + "\"mode\":\"none\",\"kind\":\"negative\",\"neg_type\":\"clean\",\"src_lang\":\"en\"}") + "\n";

  @TempDir Path dir;

  @Test
  void theWrongEncodingBreakdownCountsEveryKind() throws IOException {
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(cases, CASES, UTF_8);
    CliRun run = CliRun.run("eval", "repair", cases.toString(), "--by", "wrong_encoding", "--threads", "1");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("## wrong_encoding"), run.out());
    assertTrue(run.out().matches("(?s).*\\ncp1252 +2 +100\\.0%.*"), run.out());
  }

  @Test
  void anUnknownBreakdownIsAUsageError() throws IOException {
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(cases, CASES, UTF_8);
    CliRun run = CliRun.run("eval", "repair", cases.toString(), "--by", "codec");
    assertEquals(Main.USAGE, run.code());
    assertTrue(run.err().contains("unknown breakdown 'codec'"), run.err());
    assertTrue(run.err().contains("wrong_encoding/mode"), run.err());
  }
}
