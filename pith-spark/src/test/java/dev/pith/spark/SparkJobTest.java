package dev.pith.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.capture.WarcBuilder;
import dev.pith.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on WARC and WET fixtures: one row per record, counts that add up, and the same rows as
 * {@code pith extract} writes on one machine.
 */
class SparkJobTest {
  @TempDir static Path dir;
  private static SparkSession spark;
  private static List<String> inputs;
  private static int records;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("pith test").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");

    WarcBuilder crawl = WarcBuilder.gzipped().warcinfo();
    for (int i = 0; i < 10; i++) {
      crawl.request("https://example.org/" + i).page("https://example.org/" + i, "text/html; charset=utf-8",
          WarcBuilder.article(i));
    }
    crawl.response("https://example.org/logo.gif", WarcBuilder.http(200, "image/gif", "GIF89a".getBytes(UTF_8)))
        .response("https://example.org/gone", WarcBuilder.http(404, "text/html", "<p>x</p>".getBytes(UTF_8)))
        .response("https://example.org/chunked", WarcBuilder.http(200, "text/html; charset=iso-8859-1",
            WarcBuilder.chunked(WarcBuilder.article(20).getBytes(UTF_8), 50), "Transfer-Encoding: chunked"))
        .response("https://example.org/empty", WarcBuilder.http(200, "text/html", new byte[0]));
    byte[] cut = WarcBuilder.gzipped().page("https://example.org/cut", "text/html", WarcBuilder.article(9))
        .bytes();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(crawl.bytes());
    bytes.write(cut, 0, cut.length / 2);
    bytes.writeBytes(WarcBuilder.gzipped().page("https://example.org/after", "text/html", WarcBuilder.article(30))
        .bytes());
    bytes.write(cut, 0, cut.length - 5);
    Path a = dir.resolve("a.warc.gz");
    Files.write(a, bytes.toByteArray());

    Path wet = dir.resolve("b.warc.wet.gz");
    Files.write(wet, WarcBuilder.gzipped().warcinfo()
        .conversion("https://example.org/w1", "Flattened story one.\n\nIts second paragraph.\n")
        .conversion("https://example.org/w2", "Flattened story two.\n").bytes());

    byte[] http = WarcBuilder.http(200, "text/html", WarcBuilder.article(40).getBytes(UTF_8));
    Path plain = dir.resolve("c.warc");
    Files.write(plain, WarcBuilder.plain().page("https://example.org/p1", "text/html", WarcBuilder.article(41))
        .raw("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bad-length>\r\nContent-Type: application/http\r\n"
            + "Content-Length: " + (http.length - 20) + "\r\n", http, "\r\n\r\n")
        .page("https://example.org/p2", "text/html", WarcBuilder.article(42)).bytes());

    inputs = List.of(a.toString(), wet.toString(), plain.toString(), dir.resolve("missing.warc.gz").toString());
    records = (1 + 20 + 4 + 1 + 1 + 1) + 3 + 3 + 1;
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyRecordIsOneRowAndTheCountsAddUp() {
    String out = dir.resolve("rows").toString();
    ExtractJob.Counts counts = ExtractJob.run(spark, inputs, out, JobOptions.defaults(), false);
    Dataset<Row> rows = spark.read().parquet(out);
    assertEquals(records, rows.count());
    assertEquals(records, counts.in());
    assertEquals(counts.in(), counts.ok() + counts.skipped() + counts.failed());
    Map<String, Long> byStatus = rows.groupBy("status").count().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    assertEquals(counts.ok(), byStatus.getOrDefault("ok", 0L));
    assertEquals(counts.skipped(), byStatus.getOrDefault("skipped", 0L));
    assertEquals(counts.failed(), byStatus.getOrDefault("failed", 0L));
    assertEquals(10 + 1 + 1 + 2 + 2, counts.ok()); // pages, chunked, after, WET, plain
    assertEquals(4, counts.failed()); // cut member, cut end, wrong length, missing file

    Row chunked = rows.filter("target_uri = 'https://example.org/chunked'").first();
    assertEquals("ok", chunked.getAs("status"));
    assertEquals("windows-1252", chunked.getAs("charset")); // the HTTP charset (ISO-8859-1 is decoded as 1252)
    assertEquals(200, (int) chunked.getAs("http_status"));
    assertTrue(((String) chunked.getAs("text")).contains("story number 20"));
    Row missing = rows.filter("source like '%missing.warc.gz'").first();
    assertEquals("unreadable", missing.getAs("error_kind"));
    Row wet = rows.filter("target_uri = 'https://example.org/w1'").first();
    assertEquals("conversion", wet.getAs("warc_type"));
    assertTrue(((String) wet.getAs("text")).startsWith("Flattened story one."), (String) wet.getAs("text"));
  }

  @Test
  void theRowsAreTheRecordsOfPithExtractRowForRow() throws IOException {
    Path jsonl = dir.resolve("extract.jsonl.gz");
    String[] args = new String[inputs.size() + 6];
    args[0] = "extract";
    args[1] = "-q";
    args[2] = "-f";
    args[3] = "json";
    args[4] = "-o";
    args[5] = jsonl.toString();
    for (int i = 0; i < inputs.size(); i++) {
      args[6 + i] = inputs.get(i);
    }
    int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new ByteArrayInputStream(new byte[0])).run(args);
    assertEquals(1, code, "some records failed");

    for (int partitions : new int[] {0, 3}) {
      String out = dir.resolve("same-" + partitions).toString();
      ExtractJob.run(spark, inputs, out, JobOptions.defaults().withDocumentJson(true).withPartitions(partitions),
          false);
      CompareOutputs.Result same = CompareOutputs.compare(spark, out, jsonl.toString());
      assertTrue(same.same(), same.toString());
      assertEquals(records, same.parquetRows());
    }
  }

  @Test
  void theComparisonSeesADifference() throws IOException {
    String out = dir.resolve("differs").toString();
    ExtractJob.run(spark, inputs, out, JobOptions.defaults(), false);
    Path jsonl = dir.resolve("differs.jsonl");
    new Main(new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new ByteArrayInputStream(new byte[0]))
        .run("extract", "-q", "-f", "json", "-o", jsonl.toString(), inputs.get(0), inputs.get(1), inputs.get(2),
            inputs.get(3));
    List<String> lines = Files.readAllLines(jsonl, UTF_8);
    int page = 0;
    while (!lines.get(page).contains("story number")) {
      page++;
    }
    lines.set(page, lines.get(page).replace("story number", "story numero"));
    lines.remove(lines.size() - 1);
    Files.write(jsonl, lines, UTF_8);
    CompareOutputs.Result r = CompareOutputs.compare(spark, out, jsonl.toString());
    assertEquals(2, r.onlyInParquet(), r.toString());
    assertEquals(1, r.onlyInJson(), r.toString());
  }
}
