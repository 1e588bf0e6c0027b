package dev.pith.bench;

import dev.pith.Extraction;
import dev.pith.ExtractionJson;
import dev.pith.Extractor;
import dev.pith.capture.Capture;
import dev.pith.capture.SourceRecord;
import dev.pith.capture.WarcCaptureSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Steady-state throughput of the crawl pipeline in one warm JVM, where a shared machine's noise and JIT warm-up
 * weigh less than in end-to-end runs: the same pages from a WARC (one reader thread, N extraction threads, a
 * bounded window, results serialized to JSON as {@code pith extract} does) and as loose {@code .html.gz} files, in
 * alternating rounds. Prints pages/s (wall) and pages per CPU-second (all threads of the JVM, so GC and JIT count).
 *
 * <pre>
 * java -cp pith-bench/target/pith-bench.jar dev.pith.bench.ArchiveThroughput BENCH.warc.gz ROUNDS DATA_DIR...
 * </pre>
 */
public final class ArchiveThroughput {
  private ArchiveThroughput() {}

  public static void main(String[] args) throws Exception {
    Path warc = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      try (Stream<Path> s = Files.list(Path.of(args[i]).resolve("html"))) {
        s.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(files::add);
      }
    }
    Extractor extractor = Extractor.create();
    for (int r = 0; r < 3; r++) {
      // what reading costs without extraction: the WARC's records against the same pages as files (gunzipped,
      // as extraction does with a .html.gz)
      run("read warc ", () -> readWarc(warc));
      run("read loose", () -> readLoose(files));
    }
    run("warmup warc j2", () -> warc(warc, extractor, 2));
    for (int r = 0; r < rounds; r++) {
      run("warc  j1", () -> warc(warc, extractor, 1));
      run("loose j1", () -> loose(files, extractor, 1));
      run("warc  j2", () -> warc(warc, extractor, 2));
      run("loose j2", () -> loose(files, extractor, 2));
    }
  }

  private interface Work {
    long pages() throws Exception;
  }

  private static void run(String label, Work work) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    long pages = work.pages();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %d pages (or bytes), %.1f s wall, %.1f s cpu: %.1f pages/s, %.1f pages per cpu-s, "
        + "load %.1f%n", label, pages, wall, cpu, pages / wall, pages / cpu, os.getSystemLoadAverage());
  }

  private static long warc(Path warc, Extractor extractor, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long n = 0;
    try (WarcCaptureSource source = WarcCaptureSource.open(warc)) {
      ArrayDeque<Future<String>> window = new ArrayDeque<>();
      for (SourceRecord record : source) {
        if (record instanceof SourceRecord.Page page) {
          window.add(pool.submit(() -> ExtractionJson.toJson(extractor.extract(page.capture()))));
          if (window.size() >= threads * 16) {
            n += window.poll().get().isEmpty() ? 0 : 1;
          }
        }
      }
      while (!window.isEmpty()) {
        n += window.poll().get().isEmpty() ? 0 : 1;
      }
    } finally {
      pool.shutdown();
    }
    return n;
  }

  private static long loose(List<Path> files, Extractor extractor, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long n = 0;
    try {
      ArrayDeque<Future<String>> window = new ArrayDeque<>();
      for (Path file : files) {
        window.add(pool.submit(() -> {
          Extraction x = extractor.extract(read(file));
          return ExtractionJson.toJson(x);
        }));
        if (window.size() >= threads * 16) {
          n += window.poll().get().isEmpty() ? 0 : 1;
        }
      }
      while (!window.isEmpty()) {
        n += window.poll().get().isEmpty() ? 0 : 1;
      }
    } finally {
      pool.shutdown();
    }
    return n;
  }

  private static long readWarc(Path warc) throws IOException {
    long bytes = 0;
    try (WarcCaptureSource source = WarcCaptureSource.open(warc)) {
      for (SourceRecord record : source) {
        if (record instanceof SourceRecord.Page page) {
          bytes += page.capture().body().length;
        }
      }
    }
    return bytes;
  }

  private static long readLoose(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path file : files) {
      bytes += dev.pith.capture.Payloads.unwrap(read(file).body(), Long.MAX_VALUE, Long.MAX_VALUE).length;
    }
    return bytes;
  }

  private static Capture read(Path file) throws IOException {
    return Capture.fromFile(file);
  }
}
