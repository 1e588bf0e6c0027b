package dev.pith.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.capture.WarcBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pith extract} on WARC and WET archives: one line per record, counts that add up, resume. */
class ExtractArchiveTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SUMMARY = Pattern.compile(
      "(\\d+) records in = (\\d+) ok \\+ (\\d+) skipped \\+ (\\d+) failed");

  @TempDir Path dir;
  private Path mixed;
  private int mixedRecords;

  /** A crawl with every kind of record, a cut member in the middle and a cut one at the end. */
  @BeforeEach
  void makeMixedCrawl() throws IOException {
    WarcBuilder w = WarcBuilder.gzipped().warcinfo();
    for (int i = 0; i < 12; i++) {
      w.request("https://example.org/" + i).page("https://example.org/" + i, "text/html; charset=utf-8",
          WarcBuilder.article(i));
    }
    w.response("https://example.org/logo.png", WarcBuilder.http(200, "image/png", new byte[] {(byte) 0x89, 'P',
        'N', 'G', 0, 0, 0, 0}));
    w.response("https://example.org/gone", WarcBuilder.http(404, "text/html", "<p>gone</p>".getBytes(UTF_8)));
    w.response("https://example.org/empty", WarcBuilder.http(200, "text/html", new byte[0]));
    byte[] cut = WarcBuilder.gzipped().page("https://example.org/cut", "text/html", WarcBuilder.article(99))
        .bytes();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(w.bytes());
    file.write(cut, 0, cut.length / 2); // a member cut in the middle of the file
    file.writeBytes(WarcBuilder.gzipped().page("https://example.org/after", "text/html", WarcBuilder.article(50))
        .bytes());
    file.write(cut, 0, cut.length - 10); // and one cut at the end
    mixed = dir.resolve("mixed.warc.gz");
    Files.write(mixed, file.toByteArray());
    mixedRecords = 1 + 24 + 3 + 1 + 1 + 1;
  }

  @Test
  void everyRecordGetsOneLineAndTheCountsAddUp() throws IOException {
    Path out = dir.resolve("out.jsonl");
    CliRun run = CliRun.run("extract", mixed.toString(), "-o", out.toString());
    assertEquals(1, run.code(), run.err()); // some records failed
    List<JsonNode> lines = lines(out);
    assertEquals(mixedRecords, lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = lines.get(i);
      assertEquals(mixed.toString(), line.get("source").asText());
      assertEquals(i, line.get("record").asLong());
      assertTrue(line.has("offset"));
    }
    long ok = count(lines, "ok");
    long skipped = count(lines, "skipped");
    long failed = count(lines, "failed");
    assertEquals(13, ok);
    assertEquals(1 + 12 + 1 + 1 + 1, skipped); // warcinfo, requests, image, 404, empty page
    assertEquals(2, failed);
    int[] summary = summary(run.err());
    assertEquals(lines.size(), summary[0]);
    assertEquals(summary[0], summary[1] + summary[2] + summary[3]);
    assertEquals(ok, summary[1]);
    assertEquals(skipped, summary[2]);
    assertEquals(failed, summary[3]);

    JsonNode page = lines.get(2);
    assertEquals("ok", page.get("status").asText());
    assertEquals("https://example.org/0", page.get("target_uri").asText());
    assertEquals(200, page.get("http_status").asInt());
    assertEquals("utf-8", page.get("charset").asText());
    assertTrue(page.get("warc_record_id").asText().startsWith("<urn:uuid:"));
    assertTrue(page.get("warc_date").asText().startsWith("2024-"));
    assertEquals("Story 0", page.get("metadata").get("title").get("value").asText());
    assertTrue(page.get("text").asText().contains("first paragraph of story number 0"));
    assertFalse(page.has("blocks"), "the text format carries metadata and text only");

    JsonNode last = lines.get(lines.size() - 1);
    assertEquals("failed", last.get("status").asText());
    assertEquals("truncated", last.get("error").asText());
    JsonNode image = lines.stream().filter(l -> l.path("target_uri").asText().endsWith("logo.png")).findFirst()
        .orElseThrow();
    assertEquals("media_type", image.get("error").asText());
    assertTrue(run.err().contains("failed (truncated)"), run.err());
  }

  @Test
  void standardOutputAndGzipCarryTheSameLines() throws IOException {
    CliRun toStdout = CliRun.run("extract", "-q", mixed.toString());
    Path gz = dir.resolve("out.jsonl.gz");
    CliRun toGzip = CliRun.run("extract", "-q", mixed.toString(), "-o", gz.toString());
    assertEquals(toStdout.code(), toGzip.code());
    assertEquals(toStdout.out(), gunzip(gz));
    assertEquals("", toStdout.err(), "quiet means no summary");
  }

  @Test
  void theJsonFormatCarriesTheWholeDocument() throws IOException {
    Path out = dir.resolve("full.jsonl");
    CliRun.run("extract", "-f", "json", mixed.toString(), "-o", out.toString());
    JsonNode page = lines(out).get(2);
    assertTrue(page.get("blocks").isArray() && page.get("blocks").size() > 0, page.toString());
    assertTrue(page.has("removals") && page.has("encoding") && page.has("text"), page.toString());
  }

  @Test
  void outputIsTheSameOnOneThreadAndOnFour() throws IOException {
    CliRun one = CliRun.run("extract", "-q", "-j", "1", "-f", "json", mixed.toString());
    CliRun four = CliRun.run("extract", "-q", "-j", "4", "-f", "json", mixed.toString());
    assertEquals(one.out(), four.out());
  }

  @Test
  void wetFilesGiveTextRecords() throws IOException {
    Path wet = dir.resolve("crawl.warc.wet.gz");
    Files.write(wet, WarcBuilder.gzipped().warcinfo()
        .conversion("https://example.org/a", "Story A\n\nThe text of story A, as a crawler flattened it.\n")
        .bytes());
    Path out = dir.resolve("wet.jsonl");
    CliRun run = CliRun.run("extract", wet.toString(), "-o", out.toString());
    assertEquals(0, run.code(), run.err());
    List<JsonNode> lines = lines(out);
    assertEquals(2, lines.size());
    assertEquals("record_type", lines.get(0).get("error").asText());
    assertEquals("conversion", lines.get(1).get("warc_type").asText());
    assertTrue(lines.get(1).get("text").asText().contains("as a crawler flattened it"), lines.get(1).toString());
  }

  @Test
  void aWetFileOfPlainTextIsStillOnePage() throws IOException {
    Path flat = dir.resolve("flattened.wet");
    Files.writeString(flat, "A headline\n\nA paragraph of flattened text that a tool saved under .wet.\n");
    CliRun run = CliRun.run("extract", flat.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("A paragraph of flattened text"), run.out());
    assertFalse(run.out().startsWith("{"), "one page goes to standard output as text, not JSON Lines");
  }

  @Test
  void manifestsListArchives() throws IOException {
    Path a = dir.resolve("crawl/a.warc.gz");
    Path b = dir.resolve("crawl/b.warc");
    Files.createDirectories(a.getParent());
    Files.write(a, WarcBuilder.gzipped().page("https://a.example/", "text/html", WarcBuilder.article(1)).bytes());
    Files.write(b, WarcBuilder.plain().page("https://b.example/", "text/html", WarcBuilder.article(2)).bytes());
    Path list = dir.resolve("crawl/list.txt");
    Files.writeString(list, "# two archives\na.warc.gz\n\n" + b.toAbsolutePath() + "\n");
    CliRun run = CliRun.run("extract", "-q", "--manifest", list.toString());
    assertEquals(0, run.code(), run.err());
    List<JsonNode> lines = parse(run.out());
    assertEquals(List.of("https://a.example/", "https://b.example/"),
        lines.stream().map(l -> l.get("target_uri").asText()).toList());

    Path paths = dir.resolve("crawl/warc.paths.gz");
    Files.write(paths, WarcBuilder.gzip("a.warc.gz\nb.warc\n".getBytes(UTF_8)));
    assertEquals(run.out(), CliRun.run("extract", "-q", paths.toString()).out());
  }

  @Test
  void aMissingArchiveIsOneFailedLine() throws IOException {
    Path missing = dir.resolve("missing.warc.gz");
    CliRun run = CliRun.run("extract", "-q", missing.toString(), mixed.toString());
    assertEquals(1, run.code());
    List<JsonNode> lines = parse(run.out());
    assertEquals(mixedRecords + 1, lines.size());
    assertEquals("unreadable", lines.get(0).get("error").asText());
  }

  @Test
  void looseFilesGoIntoTheSameLinesWhenTheOutputIsJsonLines() throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(page, WarcBuilder.article(5));
    Path out = dir.resolve("both.jsonl");
    CliRun run = CliRun.run("extract", page.toString(), mixed.toString(), "-o", out.toString());
    List<JsonNode> lines = lines(out);
    assertEquals(mixedRecords + 1, lines.size(), run.err());
    assertEquals(page.toString(), lines.get(0).get("source").asText());
    assertEquals("ok", lines.get(0).get("status").asText());
    assertFalse(lines.get(0).has("offset"));
  }

  @Test
  void usageErrors() {
    assertEquals(Main.USAGE, CliRun.run("extract", mixed.toString(), "--resume").code());
    assertEquals(Main.USAGE, CliRun.run("extract", mixed.toString(), "-o", dir.resolve("d").toString()).code());
    CliRun parquet = CliRun.run("extract", mixed.toString(), "-f", "parquet");
    assertEquals(Main.USAGE, parquet.code());
    assertTrue(parquet.err().contains("pith spark"), parquet.err());
    assertEquals(Main.USAGE, CliRun.run("extract", mixed.toString(), "--url", "https://x.example/").code());
    assertEquals(Main.USAGE, CliRun.run("extract").code());
  }

  @Test
  void resumingAfterACutAnywhereGivesTheUninterruptedOutput() throws IOException {
    Path second = dir.resolve("second.warc");
    WarcBuilder w = WarcBuilder.plain();
    for (int i = 0; i < 8; i++) {
      w.page("https://second.example/" + i, "text/html", WarcBuilder.article(100 + i));
    }
    Files.write(second, w.bytes());
    Path page = dir.resolve("page.html");
    Files.writeString(page, WarcBuilder.article(7));
    String[] inputs = {mixed.toString(), page.toString(), second.toString()};
    Random random = new Random(5);
    for (String name : List.of("full.jsonl", "full.jsonl.gz")) {
      Path full = dir.resolve(name);
      CliRun.run(concat(new String[] {"extract", "-q", "-j", "2", "-o", full.toString()}, inputs));
      byte[] reference = Files.readAllBytes(full);
      String referenceText = text(full);
      List<Integer> cuts = new ArrayList<>(List.of(0, 1, reference.length - 1, reference.length));
      for (int i = 0; i < 12; i++) {
        cuts.add(random.nextInt(reference.length));
      }
      for (int cut : cuts) {
        Path partial = dir.resolve("partial-" + name);
        Files.write(partial, Arrays.copyOf(reference, cut));
        CliRun resumed = CliRun.run(concat(new String[] {"extract", "-j", "2", "--resume", "-o", partial.toString()},
            inputs));
        assertTrue(resumed.code() == 0 || resumed.code() == 1, resumed.err());
        assertEquals(referenceText, text(partial), "cut at " + cut + " of " + reference.length + " in " + name
            + ": " + resumed.err());
        int[] summary = summary(resumed.err());
        assertEquals(summary[0], summary[1] + summary[2] + summary[3]);
      }
    }
  }

  @Test
  void resumingWithOtherInputsIsRefused() throws IOException {
    Path out = dir.resolve("o.jsonl");
    CliRun.run("extract", "-q", mixed.toString(), "-o", out.toString());
    Path other = dir.resolve("other.warc.gz");
    Files.write(other, WarcBuilder.gzipped().warcinfo().bytes());
    CliRun run = CliRun.run("extract", "--resume", other.toString(), "-o", out.toString());
    assertEquals(Main.USAGE, run.code());
    assertTrue(run.err().contains("not among the inputs"), run.err());
  }

  @Test
  void resumingIntoAFilePithDidNotWriteIsRefused() throws IOException {
    Path out = dir.resolve("foreign.jsonl");
    Files.writeString(out, "this is not JSON\n");
    CliRun run = CliRun.run("extract", "--resume", mixed.toString(), "-o", out.toString());
    assertEquals(Main.USAGE, run.code());
    assertTrue(run.err().contains("not a pith record"), run.err());
    assertEquals("this is not JSON\n", Files.readString(out), "the file is left as it was");
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static int[] summary(String err) {
    Matcher m = SUMMARY.matcher(err);
    assertTrue(m.find(), "no summary in: " + err);
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4))};
  }

  private static long count(List<JsonNode> lines, String status) {
    return lines.stream().filter(l -> l.get("status").asText().equals(status)).count();
  }

  private static String text(Path file) throws IOException {
    return file.toString().endsWith(".gz") ? gunzip(file) : Files.readString(file, UTF_8);
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    return parse(text(file));
  }

  private static List<JsonNode> parse(String text) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Test
  void theLinesOfAGzipOutputAreWholeInEveryMember() throws IOException {
    // what resume relies on: gzip members end at line ends (checked on a small member size via many records)
    Path gz = dir.resolve("m.jsonl.gz");
    CliRun.run("extract", "-q", "-f", "json", mixed.toString(), "-o", gz.toString());
    byte[] bytes = Files.readAllBytes(gz);
    assertArrayEquals(new byte[] {0x1F, (byte) 0x8B}, Arrays.copyOf(bytes, 2));
    assertTrue(gunzip(gz).endsWith("\n"));
  }
}
