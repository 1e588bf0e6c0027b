package dev.pith.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Prometheus text rendering. */
class MetricsTest {
  private static final Pattern SAMPLE = Pattern.compile(
      "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\.)*\",?)*\\})? (-?[0-9.eE+-]+|\\+Inf|NaN)");
  private static final Pattern BUCKET = Pattern.compile(
      "pith_http_request_duration_seconds_bucket\\{endpoint=\"([^\"]*)\",le=\"([^\"]+)\"\\} (\\d+)");

  /** Every line is a comment or a sample; every sample's family was declared; buckets only grow. */
  static void assertWellFormed(String text) {
    assertTrue(text.endsWith("\n"), "ends with a line feed");
    Set<String> declared = new HashSet<>();
    Map<String, Long> lastBucket = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("# TYPE ")) {
        declared.add(line.split(" ")[2]);
        continue;
      }
      if (line.startsWith("# HELP ")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      if (!m.matches()) {
        fail("not a sample line: " + line);
      }
      String family = m.group(1).replaceAll("_(bucket|sum|count)$", "");
      assertTrue(declared.contains(family) || declared.contains(m.group(1)), "undeclared family: " + line);
      Matcher b = BUCKET.matcher(line);
      if (b.matches()) {
        long count = Long.parseLong(b.group(3));
        Long before = lastBucket.put(b.group(1), count);
        assertTrue(before == null || before <= count, "buckets are cumulative: " + line);
      }
    }
  }

  @Test
  void rendersCountersAndAHistogram() {
    Metrics metrics = new Metrics(new Admission(2, 3));
    metrics.request("/v1/extract", 200, 2_000_000); // 2 ms
    metrics.request("/v1/extract", 200, 40_000_000); // 40 ms
    metrics.request("/v1/extract", 429, 100_000); // 0.1 ms
    metrics.request("/v1/extract", 200, 60_000_000_000L); // past the last bucket
    metrics.error("/v1/extract", "overloaded");
    metrics.extraction("ok");
    String text = metrics.render();
    assertWellFormed(text);
    assertTrue(text.contains("pith_http_requests_total{endpoint=\"/v1/extract\",status=\"200\"} 3\n"), text);
    assertTrue(text.contains("pith_http_requests_total{endpoint=\"/v1/extract\",status=\"429\"} 1\n"), text);
    assertTrue(text.contains("pith_http_errors_total{endpoint=\"/v1/extract\",code=\"overloaded\"} 1\n"), text);
    assertTrue(text.contains("_bucket{endpoint=\"/v1/extract\",le=\"0.001\"} 1\n"), text);
    assertTrue(text.contains("_bucket{endpoint=\"/v1/extract\",le=\"0.0025\"} 2\n"), text);
    assertTrue(text.contains("_bucket{endpoint=\"/v1/extract\",le=\"0.05\"} 3\n"), text);
    assertTrue(text.contains("_bucket{endpoint=\"/v1/extract\",le=\"30\"} 3\n"), text);
    assertTrue(text.contains("_bucket{endpoint=\"/v1/extract\",le=\"+Inf\"} 4\n"), text);
    assertTrue(text.contains("pith_http_request_duration_seconds_count{endpoint=\"/v1/extract\"} 4\n"), text);
    assertTrue(text.contains("pith_admission_capacity 5\n"), text);
    Matcher sum = Pattern.compile("_sum\\{endpoint=\"/v1/extract\"\\} (\\S+)").matcher(text);
    assertTrue(sum.find());
    assertEquals(60.0421, Double.parseDouble(sum.group(1)), 1e-9);
  }

  @Test
  void escapesLabelValues() {
    assertEquals("a\\\"b\\\\c\\nd", Metrics.escape("a\"b\\c\nd"));
  }
}
