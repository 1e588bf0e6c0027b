package dev.pith.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.capture.WarcBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith spark} from the command line: usage, counts printed, an existing output kept unless asked. */
class PithSparkTest {
  @TempDir Path dir;

  @Test
  void argumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> PithSpark.parse(new String[] {"a.warc.gz"}));
    assertThrows(IllegalArgumentException.class, () -> PithSpark.parse(new String[] {"--output", "o"}));
    assertThrows(IllegalArgumentException.class,
        () -> PithSpark.parse(new String[] {"--output", "o", "--max-bytes", "0", "a.warc"}));
    assertThrows(IllegalArgumentException.class, () -> PithSpark.parse(new String[] {"--output"}));
    assertThrows(IllegalArgumentException.class, () -> PithSpark.parse(new String[] {"-o", "x", "--bogus", "a"}));
    assertNull(PithSpark.parse(new String[] {"--help"}));
    PithSpark.Args args = PithSpark.parse(new String[] {"-o", "out", "--no-tables", "--document-json",
        "--partitions", "0", "--manifest", "m.paths", "a.warc.gz"});
    assertEquals("out", args.output());
    assertFalse(args.options().tables());
    assertTrue(args.options().documentJson());
    assertEquals(0, args.options().partitions());
    assertEquals(java.util.List.of("m.paths"), args.manifests());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(PithSpark.USAGE, PithSpark.run(new String[] {"x.warc"}, System.out, new PrintStream(err, true,
        UTF_8)));
    assertTrue(err.toString(UTF_8).contains("--output DIR is required"), err.toString(UTF_8));
  }

  @Test
  void theCommandPrintsTheCountsAndKeepsAnExistingOutput() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    Files.write(warc, WarcBuilder.gzipped().warcinfo()
        .page("https://example.org/1", "text/html", WarcBuilder.article(1))
        .page("https://example.org/2", "text/html", WarcBuilder.article(2)).bytes());
    Path manifest = dir.resolve("warc.paths");
    Files.writeString(manifest, "crawl.warc.gz\n");
    String out = dir.resolve("out").toString();
    String[] args = {"--master", "local[2]", "--output", out, "--manifest", manifest.toString()};
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PithSpark.run(args, System.out, new PrintStream(err, true, UTF_8));
    String printed = err.toString(UTF_8);
    assertEquals(0, code, printed);
    Matcher m = Pattern.compile("(\\d+) records in = (\\d+) ok \\+ (\\d+) skipped \\+ (\\d+) failed")
        .matcher(printed);
    assertTrue(m.find(), printed);
    assertEquals("3", m.group(1));
    assertEquals("2", m.group(2));
    assertEquals("1", m.group(3));
    assertEquals("0", m.group(4));
    assertTrue(Files.list(Path.of(out)).anyMatch(p -> p.toString().endsWith(".parquet")));

    err.reset();
    assertEquals(PithSpark.USAGE, PithSpark.run(args, System.out, new PrintStream(err, true, UTF_8)));
    assertTrue(err.toString(UTF_8).contains("already exists"), err.toString(UTF_8));

    String[] again = {"--master", "local[2]", "--output", out, "--overwrite", warc.toString()};
    assertEquals(0, PithSpark.run(again, System.out, new PrintStream(new ByteArrayOutputStream(), true, UTF_8)));
  }
}
