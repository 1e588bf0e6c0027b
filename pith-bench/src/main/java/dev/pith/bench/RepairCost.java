package dev.pith.bench;

import dev.pith.Extractor;
import dev.pith.ExtractorOptions;
import dev.pith.capture.Capture;
import dev.pith.decode.CharsetSniffer;
import dev.pith.repair.TextRepair;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * What the repair stage costs inside extraction on real pages: thread CPU time of {@code TextRepair.repair} on each
 * page's decoded text against that of the whole {@code Extractor.extract} (repair included), page by page and
 * interleaved, so that a loaded machine slows both alike. CPU time rather than wall time: other processes sharing
 * the cores do not count. Prints the share of extraction time spent in repair, how many pages repair changed, and
 * the share on the others alone (clean text, the case the encoding issue's target is about).
 * Run: {@code java -cp pith-bench/target/pith-bench.jar dev.pith.bench.RepairCost
 * ../shared/bench/data/trafilatura-eval/html [pages] [rounds]}.
 */
public final class RepairCost {
  private RepairCost() {}

  public static void main(String[] args) {
    String dir = args.length > 0 ? args[0] : "../shared/bench/data/trafilatura-eval";
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<byte[]> pages = Corpus.load(dir, limit);
    CharsetSniffer sniffer = CharsetSniffer.create();
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (byte[] p : pages) {
      texts.add(sniffer.decode(p, null).text());
      bytes += p.length;
    }
    TextRepair repair = TextRepair.create();
    Extractor extractor = Extractor.create(ExtractorOptions.defaults());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int changed = 0;
    long[] perPage = new long[pages.size()];
    long[] extractPerPage = new long[pages.size()];
    boolean[] repaired = new boolean[pages.size()];
    long repairNs = 0;
    long extractNs = 0;
    for (int round = -1; round < rounds; round++) { // round -1 warms up
      long r = 0;
      long e = 0;
      changed = 0;
      for (int i = 0; i < pages.size(); i++) {
        long t0 = mx.getCurrentThreadCpuTime();
        boolean didRepair = !repair.repair(texts.get(i)).steps().isEmpty();
        long t1 = mx.getCurrentThreadCpuTime();
        extractor.extract(Capture.of(pages.get(i), null));
        long t2 = mx.getCurrentThreadCpuTime();
        r += t1 - t0;
        if (round >= 0) {
          perPage[i] += t1 - t0;
          extractPerPage[i] += t2 - t1;
        }
        e += t2 - t1;
        changed += didRepair ? 1 : 0;
        repaired[i] = didRepair;
      }
      if (round >= 0) {
        repairNs += r;
        extractNs += e;
        System.out.printf("round %d: repair %.1f ms, extraction %.1f ms, share %.2f%%%n", round, r / 1e6, e / 1e6,
            100.0 * r / e);
      }
    }
    Integer[] order = new Integer[pages.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(perPage[b], perPage[a]));
    long top = 0;
    for (int k = 0; k < Math.min(10, order.length); k++) {
      top += perPage[order[k]];
      System.out.printf("slowest %d: page %d, %.1f ms per round, %d chars%n", k + 1, order[k],
          perPage[order[k]] / 1e6 / rounds, texts.get(order[k]).length());
    }
    System.out.printf("the 10 slowest pages take %.0f%% of repair time%n", 100.0 * top / Math.max(1, repairNs));
    System.out.printf("%d pages (%.1f MB), %d rounds: repair %.2f%% of extraction CPU time (%.1f MB/s of page bytes"
        + " through repair); repair changed %d pages%n", pages.size(), bytes / 1e6, rounds,
        100.0 * repairNs / extractNs, bytes * (double) rounds / (repairNs / 1e9) / 1e6, changed);
    // the target is about clean text, the common case: the pages repair leaves as they are
    long cleanRepair = 0;
    long cleanExtract = 0;
    long cleanBytes = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (!repaired[i]) {
        cleanRepair += perPage[i];
        cleanExtract += extractPerPage[i];
        cleanBytes += pages.get(i).length;
      }
    }
    System.out.printf("the %d pages repair leaves unchanged: repair %.2f%% of their extraction CPU time (%.1f MB/s)%n",
        pages.size() - changed, 100.0 * cleanRepair / Math.max(1, cleanExtract),
        cleanBytes * (double) rounds / (cleanRepair / 1e9) / 1e6);
  }
}
