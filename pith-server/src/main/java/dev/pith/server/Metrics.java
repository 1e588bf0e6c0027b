package dev.pith.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's counters, rendered in the Prometheus text exposition format (version 0.0.4) for {@code GET /metrics}:
 * requests by endpoint and status, errors by endpoint and code, extractions by outcome, a latency histogram per
 * endpoint, and gauges for the admission queue and the heap. Label values come only from fixed sets in this code
 * (endpoints, statuses, error codes), so the number of series is bounded whatever clients send. Thread-safe.
 */
final class Metrics {
  /** Upper bounds of the latency buckets, in seconds: from a cached page (ms) to the time budget (10 s). */
  static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> extractions = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Admission admission;
  private final long startNanos = System.nanoTime();

  Metrics(Admission admission) {
    this.admission = admission;
  }

  /** Counts one finished request. */
  void request(String endpoint, int status, long nanos) {
    requests.computeIfAbsent(endpoint + '\u0000' + status, k -> new LongAdder()).increment();
    latency.computeIfAbsent(endpoint, k -> new Histogram()).observe(nanos / 1e9);
  }

  /** Counts one error answer, by its stable code. */
  void error(String endpoint, String code) {
    errors.computeIfAbsent(endpoint + '\u0000' + code, k -> new LongAdder()).increment();
  }

  /** Counts one extraction (or repair) by its outcome: ok, rejected or failed. */
  void extraction(String status) {
    extractions.computeIfAbsent(status, k -> new LongAdder()).increment();
  }

  /** The exposition text. */
  String render() {
    StringBuilder out = new StringBuilder(4096);
    header(out, "pith_http_requests_total", "counter", "HTTP requests answered, by endpoint and status.");
    for (Map.Entry<String, LongAdder> e : sorted(requests).entrySet()) {
      String[] key = e.getKey().split("\u0000", 2);
      out.append("pith_http_requests_total{endpoint=\"").append(escape(key[0])).append("\",status=\"")
          .append(key[1]).append("\"} ").append(e.getValue().sum()).append('\n');
    }
    header(out, "pith_http_errors_total", "counter", "Error answers, by endpoint and stable error code.");
    for (Map.Entry<String, LongAdder> e : sorted(errors).entrySet()) {
      String[] key = e.getKey().split("\u0000", 2);
      out.append("pith_http_errors_total{endpoint=\"").append(escape(key[0])).append("\",code=\"")
          .append(escape(key[1])).append("\"} ").append(e.getValue().sum()).append('\n');
    }
    header(out, "pith_extractions_total", "counter", "Extractions and repairs run, by outcome (ok, rejected, failed).");
    for (Map.Entry<String, LongAdder> e : sorted(extractions).entrySet()) {
      out.append("pith_extractions_total{status=\"").append(escape(e.getKey())).append("\"} ")
          .append(e.getValue().sum()).append('\n');
    }
    header(out, "pith_http_request_duration_seconds", "histogram",
        "Time from a request's dispatch to its answer, by endpoint.");
    for (Map.Entry<String, Histogram> e : sorted(latency).entrySet()) {
      e.getValue().render(out, escape(e.getKey()));
    }
    header(out, "pith_extractions_in_flight", "gauge", "Extractions running now.");
    out.append("pith_extractions_in_flight ").append(admission.inFlight()).append('\n');
    header(out, "pith_extractions_queued", "gauge",
        "Admitted requests not running yet (sending their body, being fetched, or waiting for a slot).");
    out.append("pith_extractions_queued ").append(admission.queued()).append('\n');
    header(out, "pith_admission_capacity", "gauge", "Most requests admitted at once (running + queued).");
    out.append("pith_admission_capacity ").append(admission.capacity()).append('\n');
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    header(out, "pith_jvm_heap_used_bytes", "gauge", "Heap in use now (garbage included).");
    out.append("pith_jvm_heap_used_bytes ").append(heap.getUsed()).append('\n');
    header(out, "pith_jvm_heap_max_bytes", "gauge", "Largest heap the JVM may use.");
    out.append("pith_jvm_heap_max_bytes ").append(heap.getMax()).append('\n');
    header(out, "pith_uptime_seconds", "gauge", "Seconds since the server started.");
    out.append("pith_uptime_seconds ").append(format((System.nanoTime() - startNanos) / 1e9)).append('\n');
    return out.toString();
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static <V> Map<String, V> sorted(Map<String, V> map) {
    return new TreeMap<>(map);
  }

  /** Escapes a label value: backslash, double quote and line feed, as the format requires. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value); // Go's ParseFloat, which Prometheus uses, reads Java's forms (1.5E-4)
  }

  /** A latency histogram: per-bucket counts (not cumulative: the rendering adds them up) and the sum. */
  private static final class Histogram {
    private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
    private final DoubleAdder sum = new DoubleAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(double seconds) {
      int i = 0;
      while (i < BUCKETS.length && seconds > BUCKETS[i]) {
        i++;
      }
      counts[i].increment();
      sum.add(seconds);
    }

    void render(StringBuilder out, String endpoint) {
      long cumulative = 0;
      for (int i = 0; i < counts.length; i++) {
        cumulative += counts[i].sum();
        String le = i < BUCKETS.length ? format(BUCKETS[i]) : "+Inf";
        out.append("pith_http_request_duration_seconds_bucket{endpoint=\"").append(endpoint).append("\",le=\"")
            .append(le).append("\"} ").append(cumulative).append('\n');
      }
      out.append("pith_http_request_duration_seconds_sum{endpoint=\"").append(endpoint).append("\"} ")
          .append(format(sum.sum())).append('\n');
      // the count is the +Inf bucket, read once, so that the two always agree
      out.append("pith_http_request_duration_seconds_count{endpoint=\"").append(endpoint).append("\"} ")
          .append(cumulative).append('\n');
    }
  }
}
