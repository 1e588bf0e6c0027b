package dev.pith.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.capture.HostileWarc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch accounting under faults on Spark: a crawl of good, broken and hostile records ({@link HostileWarc}) gives
 * one row per record, counters that add up, and every failure located (file and offset) with its kind and message.
 */
class HostileCrawlTest {
  @TempDir static Path dir;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("pith hostile test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyRecordIsOneRowAndEveryFailureIsLocated() throws IOException {
    HostileWarc crawl = HostileWarc.build();
    Path warc = dir.resolve("hostile.warc.gz");
    Files.write(warc, crawl.bytes());
    String out = dir.resolve("rows").toString();
    ExtractJob.Counts counts = ExtractJob.run(spark, List.of(warc.toString()), out, JobOptions.defaults(), false);
    List<Row> rows = spark.read().parquet(out).collectAsList();
    assertEquals(crawl.records(), rows.size());
    assertEquals(crawl.records(), counts.in());
    assertEquals(counts.in(), counts.ok() + counts.skipped() + counts.failed());
    long failed = 0;
    Set<Long> records = new HashSet<>();
    for (Row row : rows) {
      long record = row.getAs("record");
      assertTrue(records.add(record), "record " + record + " twice");
      long offset = row.getAs("offset");
      assertTrue(offset >= 0 && offset < crawl.bytes().length, "offset " + offset);
      if ("failed".equals(row.getAs("status"))) {
        failed++;
        assertFalse(((String) row.getAs("error_kind")).isEmpty(), row.toString());
        assertFalse(((String) row.getAs("error_message")).isBlank(), row.toString());
        assertNotEquals("internal_error", row.getAs("error_kind"), row.toString());
      }
    }
    assertEquals(crawl.records(), records.size());
    assertEquals(counts.failed(), failed);
    for (Map.Entry<String, String> e : crawl.expected().entrySet()) {
      Row row = rows.stream().filter(r -> e.getKey().equals(r.getAs("target_uri"))).findFirst()
          .orElseThrow(() -> new AssertionError("no row for " + e.getKey()));
      String kind = row.getAs("error_kind");
      assertEquals(e.getValue(), row.getAs("status") + (kind == null ? "" : "/" + kind), row.toString());
    }
  }
}
