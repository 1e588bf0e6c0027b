package dev.pith.bench;

import dev.pith.boilerplate.BlockClassifier;
import dev.pith.capture.Capture;
import dev.pith.capture.Payloads;
import dev.pith.clean.Cleaner;
import dev.pith.decode.CharsetSniffer;
import dev.pith.document.Metadata;
import dev.pith.document.Removal;
import dev.pith.html.DomStats;
import dev.pith.html.HtmlParsing;
import dev.pith.html.NodePaths;
import dev.pith.internal.Budget;
import dev.pith.metadata.MetadataExtractor;
import dev.pith.segment.BlockSegmenter;
import dev.pith.segment.SegmentedBlock;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A developer's view of one page's extraction: every block in reading order with its type, length, link density,
 * verdict and element path, and the chosen content region. For finding why a page goes wrong.
 *
 * <p>Usage: {@code java -cp pith-bench/target/pith-bench.jar dev.pith.bench.ExplainPage PAGE.html[.gz] [URL]}
 */
public final class ExplainPage {
  private ExplainPage() {}

  public static void main(String[] args) throws Exception {
    Capture capture = Capture.fromFile(Path.of(args[0]));
    String url = args.length > 1 ? args[1] : null;
    byte[] payload = Payloads.unwrap(capture.body(), Long.MAX_VALUE, Long.MAX_VALUE);
    String html = CharsetSniffer.create().decode(payload, null).text();
    Document doc = HtmlParsing.parse(html, url == null ? "" : url, 512, 5_000_000);
    Metadata meta = MetadataExtractor.create().extract(doc, url);
    System.out.println("title: " + meta.titleText());
    Element body = doc.body();
    List<Removal> cleaned = Cleaner.create(false).clean(body, DomStats.of(body), Budget.unlimited());
    for (Removal r : cleaned) {
      if (r.chars() >= 20) {
        System.out.printf(Locale.ROOT, "CLEAN %-14s %5d %s | %s | %s%n", r.reason().jsonName(), r.chars(),
            tail(r.where()), r.detail(), oneLine(r.excerpt(), 70));
      }
    }
    List<SegmentedBlock> blocks = BlockSegmenter.create().segment(body, Budget.unlimited());
    BlockClassifier.Classified c =
        BlockClassifier.create().classify(body, blocks, meta.titleText(), Budget.unlimited());
    System.out.println("region: " + NodePaths.of(c.region()));
    Map<SegmentedBlock, Boolean> kept = new IdentityHashMap<>();
    for (SegmentedBlock b : c.kept()) {
      kept.put(b, true);
    }
    Map<String, Removal> byExcerpt = new java.util.HashMap<>();
    for (Removal r : c.removals()) {
      byExcerpt.putIfAbsent(r.where() + "|" + r.excerpt(), r);
    }
    for (SegmentedBlock b : blocks) {
      String verdict = kept.containsKey(b) ? "KEEP" : "drop";
      String why = "";
      if (!kept.containsKey(b)) {
        Removal r = byExcerpt.get(NodePaths.of(b.element()) + "|" + Removal.of("", r0(), "", b.block().text())
            .excerpt());
        why = r == null ? "?" : r.reason().jsonName();
      }
      System.out.printf(Locale.ROOT, "%s %-15s %-9s %5d ld=%.2f %s | %s%n", verdict, why,
          b.block().type().jsonName(), b.visible(), b.linkDensity(), tail(NodePaths.of(b.element())),
          oneLine(b.block().text(), 80));
    }
  }

  private static dev.pith.document.RemovalReason r0() {
    return dev.pith.document.RemovalReason.TOO_SHORT;
  }

  private static String tail(String path) {
    return path.length() <= 70 ? path : "…" + path.substring(path.length() - 69);
  }

  private static String oneLine(String s, int max) {
    String t = s.replace('\n', ' ');
    return t.length() <= max ? t : t.substring(0, max) + "…";
  }
}
