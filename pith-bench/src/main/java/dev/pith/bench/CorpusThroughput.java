package dev.pith.bench;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.ExtractorOptions;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Whole-corpus throughput: extracts every page of one or more folders and prints pages/s, MB/s, p50/p99/max
 * milliseconds per page and peak heap. One thread by default; pages are read (and decompressed) outside the timed
 * part, one at a time, so that the heap holds one page and not the corpus: what is timed is bytes in memory to text
 * and metadata, the contract of {@code shared/anchors}.
 *
 * <pre>
 * java -cp pith-bench/target/pith-bench.jar dev.pith.bench.CorpusThroughput [-j N] [--warmup N] [--passes K]
 *     [--limit N] [--out DIR] [--no-repair] DIR...
 * </pre>
 *
 * The last line has the anchors' form: {@code pith <version>: files=N failures=F empty=E seconds=S docs_per_s=R}.
 */
public final class CorpusThroughput {
  private CorpusThroughput() {}

  /** Runs the command; exits 2 on usage errors. */
  public static void main(String[] args) throws Exception {
    int code = run(args, System.out, System.err);
    System.exit(code);
  }

  /** One page's timing and outcome (the text itself is written out at once, not kept, so the heap stays flat). */
  private record Timed(String id, double millis, long bytes, boolean ok, boolean empty) {}

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    int threads = 1;
    int warmup = 20;
    int passes = 1;
    int limit = Integer.MAX_VALUE;
    boolean repair = true;
    Path outDir = null;
    List<Path> dirs = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-j":
          case "--threads":
            threads = positive(args, ++i, "-j");
            break;
          case "--warmup":
            warmup = nonNegative(args, ++i, "--warmup");
            break;
          case "--passes":
            passes = positive(args, ++i, "--passes");
            break;
          case "--limit":
            limit = positive(args, ++i, "--limit");
            break;
          case "--out":
            outDir = Path.of(value(args, ++i, "--out"));
            break;
          case "--no-repair":
            repair = false;
            break;
          case "-h":
          case "--help":
            usage(out);
            return 0;
          default:
            if (args[i].startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            dirs.add(Path.of(args[i]));
        }
      }
      if (dirs.isEmpty()) {
        throw new IllegalArgumentException("give at least one folder of pages");
      }
    } catch (IllegalArgumentException e) {
      err.println("CorpusThroughput: " + e.getMessage());
      usage(err);
      return 2;
    }
    List<Corpus.Page> pages;
    try {
      pages = Corpus.list(dirs);
    } catch (IllegalArgumentException e) {
      err.println("CorpusThroughput: " + e.getMessage());
      return 2;
    }
    pages = pages.subList(0, Math.min(limit, pages.size()));
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    Extractor extractor = Extractor.create(ExtractorOptions.defaults().withRepairEncoding(repair));

    // the warm-up cycles over the pages: the JIT needs several passes over a corpus of hundreds of pages before
    // the extractor runs at the speed a long batch sees
    for (int i = 0; i < warmup && !pages.isEmpty(); i++) {
      extract(extractor, pages.get(i % pages.size()), null);
    }
    List<Corpus.Page> timed = new ArrayList<>(pages.size() * passes);
    for (int pass = 0; pass < passes; pass++) {
      timed.addAll(pages);
    }
    System.gc();
    AfterGc afterGc = AfterGc.listen();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

    long wallStart = System.nanoTime();
    List<Timed> results = new ArrayList<>(pages.size());
    if (threads == 1) {
      for (Corpus.Page p : timed) {
        results.add(extract(extractor, p, outDir));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Timed>> futures = new ArrayList<>();
        for (Corpus.Page p : timed) {
          Path target = outDir;
          futures.add(pool.submit(() -> extract(extractor, p, target)));
        }
        for (Future<Timed> f : futures) {
          results.add(f.get());
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException("extraction crashed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
    long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    afterGc.close();

    report(out, results, wallSeconds, threads, warmup, passes, peakHeap, afterGc.peak(), afterGc.collections());
    return 0;
  }

  private static Timed extract(Extractor extractor, Corpus.Page page, @Nullable Path outDir) {
    byte[] bytes = page.read();
    long start = System.nanoTime();
    Extraction x = extractor.extract(page.isText()
        ? new Capture(bytes, null, null, null, SourceRef.of(page.id()), InputType.TEXT)
        : Capture.of(bytes, null));
    String text = x instanceof Extraction.Success s ? s.document().text() : "";
    double millis = (System.nanoTime() - start) / 1e6;
    if (outDir != null) {
      try {
        Files.writeString(outDir.resolve(page.id() + ".txt"), text, StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot write " + page.id() + ".txt: " + e.getMessage(), e);
      }
    }
    return new Timed(page.id(), millis, bytes.length, x instanceof Extraction.Success, text.isBlank());
  }

  private static void report(PrintStream out, List<Timed> results, double wallSeconds, int threads, int warmup,
      int passes, long peakHeap, long peakLive, int collections) {
    int n = results.size();
    double[] ms = results.stream().mapToDouble(Timed::millis).toArray();
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    double extractorSeconds = Arrays.stream(ms).sum() / 1000;
    long bytes = results.stream().mapToLong(Timed::bytes).sum();
    long failures = results.stream().filter(t -> !t.ok()).count();
    long empty = results.stream().filter(Timed::empty).count();
    Timed slowest = results.stream().max((a, b) -> Double.compare(a.millis(), b.millis())).orElseThrow();
    // with one thread, pages/s is measured on the extractor's own time (as the anchors do); with more, on the wall
    double seconds = threads == 1 ? extractorSeconds : wallSeconds;
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "pages            %d (%d pass%s; %.1f MB decompressed; %d warm-up pages before timing)%n",
        n, passes, passes == 1 ? "" : "es", bytes / 1e6, warmup);
    out.printf(Locale.ROOT, "threads          %d (of %d processors)%n", threads, rt.availableProcessors());
    out.printf(Locale.ROOT, "pages/s          %.1f%s%n", n / seconds,
        threads == 1 ? String.format(Locale.ROOT, "  (wall clock incl. reading files: %.1f)", n / wallSeconds)
            : "  (wall clock)");
    out.printf(Locale.ROOT, "MB/s             %.2f%n", bytes / 1e6 / seconds);
    out.printf(Locale.ROOT, "ms per page      p50 %.2f  p90 %.2f  p99 %.2f  max %.1f (%s)  mean %.2f%n",
        percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), slowest.millis(), slowest.id(),
        extractorSeconds * 1000 / n);
    out.printf(Locale.ROOT, "peak heap        %.0f MB used (max heap %.0f MB); live after GC at most %s (%d GCs)%n",
        peakHeap / 1e6, rt.maxMemory() / 1e6, collections == 0 ? "- (no GC ran)"
            : String.format(Locale.ROOT, "%.0f MB", peakLive / 1e6), collections);
    out.printf(Locale.ROOT, "outcome          %d ok, %d not extracted, %d empty%n", n - failures, failures, empty);
    String version = Extractor.class.getPackage().getImplementationVersion();
    out.printf(Locale.ROOT, "pith %s: files=%d failures=%d empty=%d seconds=%.3f docs_per_s=%.2f%n",
        version == null ? "dev" : version, n, failures, empty, seconds, n / seconds);
  }

  /**
   * The most heap in use right after a garbage collection while pages were extracted: what the extraction really
   * retains (peak "used" also counts garbage not yet collected). HotSpot's GC notifications; none elsewhere.
   */
  private static final class AfterGc implements javax.management.NotificationListener {
    private final java.util.List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

    static AfterGc listen() {
      AfterGc listener = new AfterGc();
      for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof javax.management.NotificationEmitter emitter) {
          emitter.addNotificationListener(listener, null, null);
          listener.emitters.add(emitter);
        }
      }
      return listener;
    }

    @Override
    public void handleNotification(javax.management.Notification n, Object handback) {
      if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
          .equals(n.getType())) {
        return;
      }
      var info = com.sun.management.GarbageCollectionNotificationInfo
          .from((javax.management.openmbean.CompositeData) n.getUserData());
      long used = 0;
      for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (isHeapPool(e.getKey())) {
          used += e.getValue().getUsed();
        }
      }
      count.incrementAndGet();
      peak.accumulateAndGet(used, Math::max);
    }

    private static boolean isHeapPool(String name) {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getName().equals(name)) {
          return pool.getType() == MemoryType.HEAP;
        }
      }
      return false;
    }

    long peak() {
      return peak.get();
    }

    int collections() {
      return count.get();
    }

    void close() {
      for (javax.management.NotificationEmitter e : emitters) {
        try {
          e.removeNotificationListener(this);
        } catch (javax.management.ListenerNotFoundException ignored) {
          // already gone
        }
      }
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String[] args, int i, String option) {
    int v = nonNegative(args, i, option);
    if (v < 1) {
      throw new IllegalArgumentException(option + " must be >= 1, was " + v);
    }
    return v;
  }

  private static int nonNegative(String[] args, int i, String option) {
    String s = value(args, i, option);
    try {
      int v = Integer.parseInt(s);
      if (v < 0) {
        throw new IllegalArgumentException(option + " must be >= 0, was " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a number, was " + s, e);
    }
  }

  private static void usage(PrintStream out) {
    out.println("usage: CorpusThroughput [-j N] [--warmup N] [--passes K] [--limit N] [--out DIR] [--no-repair] "
        + "DIR...");
    out.println("  DIR: a folder of .html/.htm/.html.gz pages or .txt flattened captures, or a dataset folder"
        + " with html/ in it");
    out.println("  -j N        worker threads (default 1); pages/s is then measured on the wall clock");
    out.println("  --warmup N  pages extracted untimed first, for the JIT, cycling over the pages (default 20);"
        + " the JIT needs several passes: e.g. 8 times the number of pages");
    out.println("  --passes K  time K passes over the pages (default 1)");
    out.println("  --limit N   only the first N pages");
    out.println("  --out DIR   write DIR/<id>.txt (the extracted text) after timing");
    out.println("  --no-repair leave out mojibake repair");
  }
}
