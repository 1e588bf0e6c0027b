package dev.pith.eval.report;

import dev.pith.eval.EvalResult;
import dev.pith.eval.Figures;
import dev.pith.eval.score.Metric;
import dev.pith.eval.score.Summary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Plain-text tables of evaluation results: one block per dataset, then one line per dataset. Stateless. */
public final class Tables {
  private Tables() {}

  /** The block of one dataset: extraction counts, every metric the gold supports, metadata, groups. */
  public static String dataset(EvalResult r) {
    StringBuilder b = new StringBuilder();
    Summary s = r.report().overall();
    b.append("== ").append(r.dataset().name()).append(": ").append(s.pages()).append(" pages");
    if (!r.runs().isEmpty()) {
      b.append(String.format(Locale.ROOT, " (%d ok, %d rejected, %d failed%s; %.1f s, %.1f pages/s)",
          r.count("ok"), r.count("rejected"), r.count("failed"),
          r.count("missing") > 0 ? ", " + r.count("missing") + " without input" : "",
          r.seconds(), r.runs().size() / Math.max(1e-9, r.seconds())));
    }
    b.append('\n');
    if (r.predDir() != null) {
      b.append("   predictions: ").append(r.predDir()).append('\n');
    }
    b.append(String.format(Locale.ROOT, "   %-40s %5s  %6s %6s %6s  %7s  %s%n", "metric", "n", "P", "R", "F1",
        "± std", ""));
    Metric headline = r.profile().headline();
    row(b, s, Metric.AEB, "aeb      shingle F1 (ScrapingHub)", headline, s.aeb() == null ? ""
        : String.format(Locale.ROOT, "exact %.3f", s.aeb().accuracy()));
    row(b, s, Metric.SNIPPETS, "snippets snippet F1 (trafilatura)", headline, s.snippets() == null ? ""
        : String.format(Locale.ROOT, "acc %.3f  with-rate %s  without-rate %s", s.snippets().accuracy(),
            fmt(s.snippets().meanWithRate()), fmt(s.snippets().meanWithoutRate())));
    row(b, s, Metric.ROUGE, "rouge    ROUGE-LSum mean (WCEB)", headline, s.rouge() == null ? ""
        : "median F1 " + fmt(s.rouge().stats().get("f1").median()));
    row(b, s, Metric.WORDS, "words    word F1 mean (WCXB)", headline, s.words() == null ? ""
        : "median F1 " + fmt(s.words().stats().get("f1").median()));
    row(b, s, Metric.LEV, "lev      Levenshtein similarity (WCEB)", headline, s.lev() == null ? ""
        : "median " + fmt(s.lev().stats().get("similarity").median()));
    String meta = meta(s.meta());
    if (!meta.isEmpty()) {
      b.append("   meta     ").append(meta).append('\n');
    }
    if (!r.report().groups().isEmpty()) {
      b.append(String.format(Locale.ROOT, "   by %-37s %5s  %6s %6s %6s  %s%n", r.report().byField(), "n", "P", "R",
          "F1", "(" + headline.pyName() + ")"));
      for (Map.Entry<String, Summary> g : r.report().groups().entrySet()) {
        Figures f = Figures.of(g.getValue(), headline);
        if (f == null) {
          continue;
        }
        String extra = meta(g.getValue().meta());
        b.append(String.format(Locale.ROOT, "     %-38s %5d  %6s %6s %6s  %s%n", g.getKey(), f.n(),
            fmt(f.precision()), fmt(f.recall()), fmt(f.f1()), extra));
      }
    }
    return b.toString();
  }

  private static void row(StringBuilder b, Summary s, Metric metric, String label, Metric headline, String extra) {
    Figures f = Figures.of(s, metric);
    if (f == null) {
      return;
    }
    String line = String.format(Locale.ROOT, " %s %-40s %5d  %6s %6s %6s  %7s  %s", metric == headline ? "*" : " ",
        label, f.n(), fmt(f.precision()), fmt(f.recall()), fmt(f.f1()),
        f.f1Std() == null ? "" : "±" + fmt(f.f1Std()), extra);
    b.append(line.stripTrailing()).append('\n');
  }

  /** "title exact 0.912 (n=127) · author ... · date same-day ...", or "" when there is no metadata score. */
  static String meta(@Nullable Map<String, Summary.MetaField> meta) {
    if (meta == null || meta.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String f : List.of("title", "author", "date")) {
      Summary.MetaField v = meta.get(f);
      if (v == null) {
        continue;
      }
      if (b.length() > 0) {
        b.append("  ");
      }
      b.append(f).append(f.equals("date") ? " same-day " : " exact ").append(fmt(v.exact()));
      if (!f.equals("date")) {
        b.append(" (wordF1 ").append(fmt(v.wordF1())).append(")");
      }
      b.append(" n=").append(v.n());
    }
    return b.toString();
  }

  /** One line per dataset: the published metric, and metadata accuracy. */
  public static String overview(List<EvalResult> results) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-22s %5s  %-30s %6s %6s %6s  %6s %6s %6s%n", "dataset", "pages",
        "published metric", "P", "R", "F1", "title", "author", "date"));
    for (EvalResult r : results) {
      Figures f = r.headline();
      Map<String, Summary.MetaField> meta = r.report().overall().meta();
      b.append(String.format(Locale.ROOT, "%-22s %5d  %-30s %6s %6s %6s  %6s %6s %6s%n", r.dataset().name(),
          r.report().overall().pages(), r.profile().label(),
          f == null ? "-" : fmt(f.precision()), f == null ? "-" : fmt(f.recall()), f == null ? "-" : fmt(f.f1()),
          metaExact(meta, "title"), metaExact(meta, "author"), metaExact(meta, "date")));
    }
    return b.toString();
  }

  private static String metaExact(@Nullable Map<String, Summary.MetaField> meta, String field) {
    if (meta == null || !meta.containsKey(field)) {
      return "-";
    }
    return fmt(meta.get(field).exact());
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
