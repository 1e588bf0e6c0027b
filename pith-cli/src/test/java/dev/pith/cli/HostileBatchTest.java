package dev.pith.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.capture.HostileWarc;
import dev.pith.capture.WarcBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch accounting under faults: a crawl of good, broken and hostile records gives one located line per record and
 * counts that add up; a batch killed midway (a real child process, SIGKILL) resumes with nothing lost or duplicated.
 */
class HostileBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SUMMARY = Pattern.compile(
      "(\\d+) records in = (\\d+) ok \\+ (\\d+) skipped \\+ (\\d+) failed");

  @TempDir Path dir;

  @Test
  void goodBrokenAndHostileRecordsAreAllAccountedForAndFailuresLocated() throws IOException {
    HostileWarc crawl = HostileWarc.build();
    Path warc = dir.resolve("hostile.warc.gz");
    Files.write(warc, crawl.bytes());
    Path out = dir.resolve("out.jsonl");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new PrintStream(err, true, UTF_8),
        new ByteArrayInputStream(new byte[0])).run("extract", "-j", "2", warc.toString(), "-o", out.toString());
    String log = err.toString(UTF_8);
    assertEquals(1, code, log); // some records failed, none crashed the batch
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out, UTF_8)) {
      lines.add(JSON.readTree(line));
    }
    assertEquals(crawl.records(), lines.size(), log);
    long ok = 0;
    long skipped = 0;
    long failed = 0;
    Set<Long> offsets = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = lines.get(i);
      assertEquals(i, line.get("record").asLong(), "records in order, none lost or repeated");
      assertTrue(offsets.add(line.get("offset").asLong()), "each record at its own offset: " + line);
      assertTrue(line.get("offset").asLong() >= 0 && line.get("offset").asLong() < crawl.bytes().length);
      switch (line.get("status").asText()) {
        case "ok" -> ok++;
        case "skipped" -> skipped++;
        case "failed" -> {
          failed++;
          assertFalse(line.path("error").asText().isEmpty(), "a failure has a kind: " + line);
          assertFalse(line.path("message").asText().isBlank(), "a failure has a message: " + line);
          assertFalse(line.path("error").asText().equals("internal_error"), "a bug: " + line);
        }
        default -> throw new AssertionError("unknown status in " + line);
      }
    }
    Matcher m = SUMMARY.matcher(log);
    assertTrue(m.find(), log);
    assertEquals(crawl.records(), Long.parseLong(m.group(1)));
    assertEquals(ok, Long.parseLong(m.group(2)));
    assertEquals(skipped, Long.parseLong(m.group(3)));
    assertEquals(failed, Long.parseLong(m.group(4)));
    assertEquals(crawl.records(), ok + skipped + failed);

    for (Map.Entry<String, String> e : crawl.expected().entrySet()) {
      JsonNode line = lines.stream().filter(l -> e.getKey().equals(l.path("target_uri").asText())).findFirst()
          .orElseThrow(() -> new AssertionError("no line for " + e.getKey()));
      String got = line.get("status").asText() + (line.has("error") ? "/" + line.get("error").asText() : "");
      assertEquals(e.getValue(), got, line.toString());
    }
    assertEquals("truncated", lines.get(lines.size() - 1).get("error").asText(), "the cut end is the last line");
  }

  @Test
  void aBatchKilledMidwayResumesWithNothingLostOrDuplicated() throws Exception {
    WarcBuilder w = WarcBuilder.gzipped();
    for (int i = 0; i < 3000; i++) {
      w.page("https://many.example/" + i, "text/html; charset=utf-8", WarcBuilder.article(i));
    }
    Path warc = dir.resolve("many.warc.gz");
    Files.write(warc, w.bytes());
    Path reference = dir.resolve("reference.jsonl");
    quietRun("extract", "-q", "-j", "2", warc.toString(), "-o", reference.toString());
    List<String> want = Files.readAllLines(reference, UTF_8);
    assertEquals(3000, want.size());

    Path out = dir.resolve("killed.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "extract", "-q", "-j", "2", warc.toString(), "-o", out.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    try {
      // kill it once it has written part of the output (or, on a very fast machine, whatever it has by then)
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (child.isAlive() && size(out) < 64 * 1024 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      boolean killedMidway = child.isAlive();
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      int written = Files.exists(out) ? Files.readAllLines(out, UTF_8).size() : 0;
      if (killedMidway) {
        assertTrue(written < want.size(), "killed before the end, yet " + written + " lines are there");
      }
      quietRun("extract", "-q", "-j", "2", "--resume", warc.toString(), "-o", out.toString());
      List<String> got = Files.readAllLines(out, UTF_8);
      assertEquals(want.size(), got.size(), "killed after " + written + " lines");
      assertEquals(want, got, "the resumed output is the uninterrupted one, line for line");
    } finally {
      child.destroyForcibly();
    }
  }

  private static long size(Path file) throws IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }

  private static void quietRun(String... args) {
    int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new ByteArrayInputStream(new byte[0])).run(args);
    assertEquals(0, code, String.join(" ", args));
  }

}
