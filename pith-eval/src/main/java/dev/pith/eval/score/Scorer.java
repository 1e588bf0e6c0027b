package dev.pith.eval.score;

import dev.pith.eval.gold.GoldRecord;
import dev.pith.eval.gold.Predictions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Scores predictions against gold exactly as {@code shared/bench/score.py} does: the same per-page metrics, the
 * same aggregation, and the same bootstrap resamples (Python's Mersenne Twister, reproduced by
 * {@link PythonRandom}). Stateless and thread-safe.
 */
public final class Scorer {
  private static final String[] PRF = {"precision", "recall", "f1"};

  private Scorer() {}

  /** The scores of a dataset: overall, per group (when grouped), and per page in gold order. */
  public record Report(Summary overall, @Nullable String byField, Map<String, Summary> groups,
      List<PageScore> pages) {
    public Report {
      groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
      pages = List.copyOf(pages);
    }
  }

  /**
   * Scores every gold record (in parallel; the result is in gold order and does not depend on the threads).
   *
   * @param byField a gold field to break the figures down by (as {@code --by}), or null
   */
  public static Report score(List<GoldRecord> gold, Predictions predictions, ScoreOptions options,
      @Nullable String byField) {
    PageScore[] pages = new PageScore[gold.size()];
    IntStream.range(0, gold.size()).parallel().forEach(i -> {
      GoldRecord r = gold.get(i);
      pages[i] = scorePage(r, predictions.text(r.id()), predictions.metaFor(r.id()), options);
    });
    List<PageScore> list = Arrays.asList(pages);
    Summary overall = aggregate(list, options.bootstrap(), options.seed());
    Map<String, Summary> groups = new TreeMap<>();
    if (byField != null) {
      Map<String, List<PageScore>> byValue = new TreeMap<>();
      for (int i = 0; i < pages.length; i++) {
        byValue.computeIfAbsent(gold.get(i).pyString(byField), k -> new ArrayList<>()).add(pages[i]);
      }
      byValue.forEach((k, v) -> groups.put(k, aggregate(v, options.bootstrap(), options.seed())));
    }
    return new Report(overall, byField, groups, list);
  }

  /**
   * One page's metrics ({@code score_page}).
   *
   * @param predMeta the page's predicted metadata, or null when the predictions carry none (then metadata is not
   *     scored)
   */
  public static PageScore scorePage(GoldRecord rec, String pred, @Nullable Map<String, @Nullable Object> predMeta,
      ScoreOptions options) {
    var metrics = options.metrics();
    Map<String, MetaMatch> meta = null;
    if (metrics.contains(Metric.META) && predMeta != null) {
      meta = new LinkedHashMap<>();
      for (String f : Predictions.META_FIELDS) {
        Object goldValue = rec.value(f);
        if (Metrics.truthy(goldValue)) {
          meta.put(f, Metrics.meta(f, goldValue, predMeta.get(f)));
        }
      }
    }
    String gold = rec.text(options.textField());
    AebPage aeb = null;
    Prf rouge = null;
    Double lev = null;
    Prf words = null;
    if (gold != null) {
      if (metrics.contains(Metric.AEB)) {
        aeb = Metrics.aeb(gold, pred);
      }
      if (metrics.contains(Metric.ROUGE)) {
        rouge = Metrics.rougeLsum(gold, pred, options.sentences());
      }
      if (metrics.contains(Metric.LEV)) {
        lev = Metrics.levenshteinRatio(gold, pred);
      }
      if (metrics.contains(Metric.WORDS)) {
        words = Metrics.words(gold, pred);
      }
    }
    SnippetCounts snippets = null;
    if (metrics.contains(Metric.SNIPPETS) && (!rec.with().isEmpty() || !rec.without().isEmpty())) {
      snippets = Metrics.snippets(rec.with(), rec.without(), pred);
    }
    return new PageScore(rec.id(), aeb, rouge, lev, words, snippets, meta);
  }

  /** Dataset figures of these pages ({@code aggregate}), with {@code nBoot} bootstrap resamples drawn from seed. */
  public static Summary aggregate(List<PageScore> pages, int nBoot, long seed) {
    Bootstrap boot = new Bootstrap(nBoot, seed);

    Summary.Aeb aeb = null;
    List<AebPage> aebRows = pages.stream().map(PageScore::aeb).filter(x -> x != null).toList();
    if (!aebRows.isEmpty()) {
      double[] acc = aebRows.stream().mapToDouble(a -> a.exact() ? 1 : 0).toArray();
      double[] m = aebAggregate(aebRows);
      Map<String, Double> std = null;
      if (nBoot > 1) {
        int[][] sets = boot.indices(aebRows.size());
        double[][] vals = new double[4][sets.length];
        for (int s = 0; s < sets.length; s++) {
          List<AebPage> sample = new ArrayList<>(sets[s].length);
          double[] accSample = new double[sets[s].length];
          for (int k = 0; k < sets[s].length; k++) {
            sample.add(aebRows.get(sets[s][k]));
            accSample[k] = acc[sets[s][k]];
          }
          double[] b = aebAggregate(sample);
          vals[0][s] = b[0];
          vals[1][s] = b[1];
          vals[2][s] = b[2];
          vals[3][s] = Stats.fmean(accSample);
        }
        std = new LinkedHashMap<>();
        std.put("f1", Stats.stdev(vals[0]));
        std.put("precision", Stats.stdev(vals[1]));
        std.put("recall", Stats.stdev(vals[2]));
        std.put("accuracy", Stats.stdev(vals[3]));
      }
      aeb = new Summary.Aeb(aebRows.size(), m[0], m[1], m[2], Stats.fmean(acc), std);
    }

    Summary.Means rouge = means(pages, PRF, p -> p.rouge() == null ? null
        : new double[] {p.rouge().precision(), p.rouge().recall(), p.rouge().f1()}, boot, nBoot);
    Summary.Means lev = means(pages, new String[] {"similarity"},
        p -> p.lev() == null ? null : new double[] {p.lev()}, boot, nBoot);
    Summary.Means words = means(pages, PRF, p -> p.words() == null ? null
        : new double[] {p.words().precision(), p.words().recall(), p.words().f1()}, boot, nBoot);

    Map<String, Summary.MetaField> meta = null;
    List<Map<String, MetaMatch>> metas = pages.stream().map(PageScore::meta).filter(x -> x != null).toList();
    if (!metas.isEmpty()) {
      meta = new LinkedHashMap<>();
      for (String f : Predictions.META_FIELDS) {
        List<MetaMatch> vals = metas.stream().map(x -> x.get(f)).filter(x -> x != null).toList();
        if (!vals.isEmpty()) {
          meta.put(f, new Summary.MetaField(vals.size(),
              Stats.fmean(vals.stream().mapToDouble(MetaMatch::exact).toArray()),
              Stats.fmean(vals.stream().mapToDouble(MetaMatch::wordF1).toArray())));
        }
      }
    }

    Summary.Snippets snippets = null;
    List<SnippetCounts> snips = pages.stream().map(PageScore::snippets).filter(x -> x != null).toList();
    if (!snips.isEmpty()) {
      double[] m = snippetAggregate(snips);
      Map<String, Double> std = null;
      if (nBoot > 1) {
        int[][] sets = boot.indices(snips.size());
        double[][] vals = new double[4][sets.length];
        for (int s = 0; s < sets.length; s++) {
          List<SnippetCounts> sample = new ArrayList<>(sets[s].length);
          for (int k : sets[s]) {
            sample.add(snips.get(k));
          }
          double[] b = snippetAggregate(sample);
          for (int x = 0; x < 4; x++) {
            vals[x][s] = b[x];
          }
        }
        std = new LinkedHashMap<>();
        std.put("precision", Stats.stdev(vals[0]));
        std.put("recall", Stats.stdev(vals[1]));
        std.put("accuracy", Stats.stdev(vals[2]));
        std.put("f1", Stats.stdev(vals[3]));
      }
      int withSegments = snips.stream().mapToInt(c -> c.tp() + c.fn()).sum();
      int withoutSegments = snips.stream().mapToInt(c -> c.fp() + c.tn()).sum();
      double[] wr = snips.stream().filter(c -> c.withRate() != null).mapToDouble(SnippetCounts::withRate).toArray();
      double[] wor = snips.stream().filter(c -> c.withoutRate() != null)
          .mapToDouble(SnippetCounts::withoutRate).toArray();
      snippets = new Summary.Snippets(snips.size(), withSegments, withoutSegments, m[0], m[1], m[2], m[3], std,
          Stats.fmean(wr), Stats.fmean(wor));
    }
    return new Summary(pages.size(), aeb, rouge, lev, words, meta, snippets);
  }

  private static Summary.@Nullable Means means(List<PageScore> pages, String[] labels,
      java.util.function.Function<PageScore, double @Nullable []> get, Bootstrap boot, int nBoot) {
    List<double[]> rows = new ArrayList<>();
    for (PageScore p : pages) {
      double[] v = get.apply(p);
      if (v != null) {
        rows.add(v);
      }
    }
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Summary.Stat> stats = new LinkedHashMap<>();
    for (int l = 0; l < labels.length; l++) {
      int col = l;
      double[] values = rows.stream().mapToDouble(r -> r[col]).toArray();
      Double std = null;
      if (nBoot > 1) {
        int[][] sets = boot.indices(values.length);
        double[] means = new double[sets.length];
        for (int s = 0; s < sets.length; s++) {
          double[] sample = new double[sets[s].length];
          for (int k = 0; k < sample.length; k++) {
            sample[k] = values[sets[s][k]];
          }
          means[s] = Stats.fmean(sample);
        }
        std = Stats.stdev(means);
      }
      stats.put(labels[l], new Summary.Stat(Stats.fmean(values), Stats.median(values), std));
    }
    return new Summary.Means(rows.size(), stats);
  }

  /** {@code aeb_aggregate}: {f1, precision, recall}; means over pages where each side is defined. */
  static double[] aebAggregate(List<AebPage> rows) {
    double p = meanOf(rows.stream().filter(r -> r.tp() + r.fp() > 0).toList(), AebPage::precisionOrZero);
    double r = meanOf(rows.stream().filter(x -> x.tp() + x.fn() > 0).toList(), AebPage::recallOrZero);
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return new double[] {f1, p, r};
  }

  private static double meanOf(List<AebPage> rows, ToDoubleFunction<AebPage> f) {
    return rows.isEmpty() ? 0.0 : Stats.fmean(rows.stream().mapToDouble(f).toArray());
  }

  /** {@code snippet_aggregate}: {precision, recall, accuracy, f1} from counts summed over pages. */
  static double[] snippetAggregate(List<SnippetCounts> counts) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    for (SnippetCounts c : counts) {
      tp += c.tp();
      fp += c.fp();
      fn += c.fn();
      tn += c.tn();
    }
    long total = tp + fp + fn + tn;
    return new double[] {
      tp + fp > 0 ? (double) tp / (tp + fp) : 0.0,
      tp + fn > 0 ? (double) tp / (tp + fn) : 0.0,
      total > 0 ? (double) (tp + tn) / total : 0.0,
      2 * tp + fp + fn > 0 ? 2.0 * tp / (2 * tp + fp + fn) : 0.0
    };
  }

  /**
   * {@code score.py}'s resampling: one {@code random.Random(seed)} per aggregation; a set of {@code nBoot} index
   * lists of length n is drawn on first use and reused while n stays the same (drawn anew, from the same generator,
   * when n changes).
   */
  private static final class Bootstrap {
    private final int nBoot;
    private final PythonRandom rng;
    private int[] @Nullable [] sets;

    Bootstrap(int nBoot, long seed) {
      this.nBoot = nBoot;
      this.rng = new PythonRandom(seed);
    }

    int[][] indices(int n) {
      if (sets == null || sets[0].length != n) {
        int[][] fresh = new int[nBoot][n];
        for (int b = 0; b < nBoot; b++) {
          for (int i = 0; i < n; i++) {
            fresh[b][i] = rng.randint(0, n - 1);
          }
        }
        sets = fresh;
      }
      return sets;
    }
  }
}
