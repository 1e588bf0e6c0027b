package dev.pith.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of two builds of pith compared in one JVM: each build is loaded from its own jar in its own class loader,
 * and their passes over the same pages alternate (A B, B A, A B ...), each timed on the thread's CPU time. On a shared
 * or virtual machine two separate runs of the same build can differ by a third; passes that alternate see the same
 * machine, so the medians of two builds differ by what the builds do (within about two percent when both are the
 * same build, on this project's machine).
 *
 * <pre>
 * java -cp pith-bench/target/pith-bench.jar dev.pith.bench.AbThroughput [--passes N] [--warmup-passes W]
 *     A.jar B.jar DIR...
 * </pre>
 *
 * A.jar and B.jar are pith-bench (or pith-cli) jars of two revisions; {@code pith-bench/ab.sh REV DIR...} builds one
 * of a git revision and compares it with the working tree. Pages are read into memory first; the timed part is
 * {@code Extractor.extract} as {@link CorpusThroughput} times it.
 */
public final class AbThroughput {
  private AbThroughput() {}

  public static void main(String[] args) throws Exception {
    int passes = 12;
    int warmupPasses = 8;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--warmup-passes" -> warmupPasses = Integer.parseInt(args[++i]);
        default -> rest.add(args[i]);
      }
    }
    if (rest.size() < 3 || passes < 1 || warmupPasses < 0) {
      System.err.println("usage: AbThroughput [--passes N] [--warmup-passes W] A.jar B.jar DIR...");
      System.exit(2);
    }
    List<Path> dirs = rest.subList(2, rest.size()).stream().map(Path::of).toList();
    List<Corpus.Page> pages = Corpus.list(dirs);
    Build a = new Build(Path.of(rest.get(0)), pages);
    Build b = new Build(Path.of(rest.get(1)), pages);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Double> rateA = new ArrayList<>();
    List<Double> rateB = new ArrayList<>();
    for (int p = 0; p < warmupPasses + passes; p++) {
      // the order alternates too: neither build always runs second, on a cache the other has warmed
      Build first = p % 2 == 0 ? a : b;
      Build second = first == a ? b : a;
      for (Build build : List.of(first, second)) {
        long start = cpu.getCurrentThreadCpuTime();
        build.pass();
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        if (p >= warmupPasses) {
          (build == a ? rateA : rateB).add(pages.size() / seconds);
        }
      }
      if (System.console() != null) {
        System.err.printf(Locale.ROOT, "\rpass %d of %d", p + 1, warmupPasses + passes);
      }
    }
    if (System.console() != null) {
      System.err.println();
    }
    double medianA = median(rateA);
    double medianB = median(rateB);
    System.out.printf(Locale.ROOT, "pages            %d, %d warm-up and %d timed passes each, one thread, CPU time%n",
        pages.size(), warmupPasses, passes);
    report("A " + rest.get(0), rateA);
    report("B " + rest.get(1), rateB);
    System.out.printf(Locale.ROOT, "B/A              %.3f (median pages/s)%n", medianB / medianA);
  }

  private static void report(String name, List<Double> rates) {
    List<Double> sorted = new ArrayList<>(rates);
    Collections.sort(sorted);
    System.out.printf(Locale.ROOT, "%-16s median %.0f pages/s (quartiles %.0f-%.0f)%n", name, median(sorted),
        sorted.get(sorted.size() / 4), sorted.get(3 * sorted.size() / 4));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** One build: its extractor and the captures of the pages, made with its own classes. */
  private static final class Build {
    private final Object extractor;
    private final Method extract;
    private final Object[] captures;

    Build(Path jar, List<Corpus.Page> pages) throws Exception {
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> extractorClass = loader.loadClass("dev.pith.Extractor");
      Class<?> captureClass = loader.loadClass("dev.pith.capture.Capture");
      Class<?> sourceRef = loader.loadClass("dev.pith.capture.SourceRef");
      Class<?> inputType = loader.loadClass("dev.pith.capture.InputType");
      extractor = extractorClass.getMethod("create").invoke(null);
      extract = extractorClass.getMethod("extract", captureClass);
      Method of = captureClass.getMethod("of", byte[].class, String.class);
      Method ref = sourceRef.getMethod("of", String.class);
      Object text = inputType.getField("TEXT").get(null);
      Constructor<?> full = captureClass.getConstructor(byte[].class, String.class, String.class,
          java.time.Instant.class, sourceRef, inputType);
      captures = new Object[pages.size()];
      for (int i = 0; i < captures.length; i++) {
        Corpus.Page page = pages.get(i);
        byte[] bytes = page.read();
        captures[i] = page.isText() ? full.newInstance(bytes, null, null, null, ref.invoke(null, page.id()), text)
            : of.invoke(null, bytes, null);
      }
    }

    void pass() throws IllegalAccessException {
      for (Object capture : captures) {
        try {
          extract.invoke(extractor, capture);
        } catch (InvocationTargetException e) {
          throw new IllegalStateException("extraction crashed: " + e.getCause(), e.getCause());
        }
      }
    }
  }
}
