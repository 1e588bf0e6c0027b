package dev.pith.eval.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores repairs against gold cases exactly as {@code shared/mojibake/score.py} does (same groups, same formulas,
 * code point Levenshtein), so that {@code pith eval repair} and the script agree.
 *
 * <p>Per case: exact = repaired equals original; distance = Levenshtein(repaired, original); CER = distance / length of
 * the original. The unrepaired input is scored alike ({@code in_cer}). Positive cases report exact, macro and micro
 * CER, and the share made worse; negatives the share changed at all (harm). A case without a prediction counts as
 * left unchanged.
 */
public final class RepairScore {
  /** Breakdowns printed by default, as score.py's {@code --by}. */
  public static final List<String> DEFAULT_BY =
      List.of("kind", "wrong_encoding/mode", "legacy true>wrong/mode", "src_lang");
  /**
   * Every breakdown: score.py's, and {@code wrong_encoding}, all positive cases of one wrong decoding whatever their
   * kind and mode (the per-codec target), which score.py does not print.
   */
  public static final List<String> DIMENSIONS = List.of("kind", "mode", "wrong_encoding", "wrong_encoding/mode",
      "partial wrong_encoding/mode", "legacy true>wrong/mode", "src_lang", "script_family");
  private static final Set<String> CJK =
      Set.of("gbk", "gb18030", "big5", "big5hkscs", "shift_jis", "cp932", "euc-kr", "cp949", "euc-jp");

  /** Totals of one group. */
  public static final class Acc {
    int n;
    int exact;
    int worse;
    int changed;
    double cer;
    double inCer;
    long dist;
    long inDist;
    long length;

    void add(boolean isExact, int d, int in, int len, boolean isChanged) {
      n++;
      exact += isExact ? 1 : 0;
      worse += d > in ? 1 : 0;
      changed += isChanged ? 1 : 0;
      cer += (double) d / Math.max(1, len);
      inCer += (double) in / Math.max(1, len);
      dist += d;
      inDist += in;
      length += len;
    }

    /** The rates of this group. */
    public Row row() {
      double m = Math.max(1, n);
      double l = Math.max(1, length);
      return new Row(n, exact / m, cer / m, inCer / m, dist / l, inDist / l, worse / m, changed / m);
    }
  }

  /** Rates of one group, named as in score.py's JSON. */
  public record Row(int n, double exact, double cer, double inCer, double microCer, double inMicroCer, double worse,
      double changed) {}

  /**
   * The score of a prediction set.
   *
   * @param groups positive cases by dimension ({@code all}, {@code kind}, {@code mode}, {@code src_lang},
   *     {@code script_family}, {@code wrong_encoding/mode}, ...) then by key
   * @param negatives negative cases: {@code all} and one entry per {@code neg_type}
   * @param missing cases without a prediction
   * @param cases number of gold cases
   */
  public record Result(Map<String, Map<String, Row>> groups, Map<String, Row> negatives, int missing, int cases) {
    /** The row for all positive cases. */
    public Row positive() {
      return groups.getOrDefault("all", Map.of()).getOrDefault("all", new Acc().row());
    }

    /** The row for all negative cases. */
    public Row negative() {
      return negatives.getOrDefault("all", new Acc().row());
    }
  }

  private RepairScore() {}

  /** Scores {@code predictions} (id to repaired text) against {@code gold}. */
  public static Result score(List<RepairCase> gold, Map<String, String> predictions) {
    Map<String, Map<String, Acc>> groups = new LinkedHashMap<>();
    Map<String, Acc> neg = new TreeMap<>();
    int missing = 0;
    for (RepairCase g : gold) {
      String r = predictions.get(g.id());
      if (r == null) {
        missing++;
        r = g.broken();
      }
      int[] o = g.original().codePoints().toArray();
      int d = r.equals(g.original()) ? 0 : Levenshtein.distance(r.codePoints().toArray(), o);
      int in = g.broken().equals(g.original()) ? 0 : Levenshtein.distance(g.broken().codePoints().toArray(), o);
      boolean exact = r.equals(g.original());
      boolean changed = !r.equals(g.broken());
      if (g.negative()) {
        neg.computeIfAbsent("all", k -> new Acc()).add(exact, d, in, o.length, changed);
        neg.computeIfAbsent(g.negType() == null ? "?" : g.negType(), k -> new Acc())
            .add(exact, d, in, o.length, changed);
        continue;
      }
      Map<String, String> keys = new LinkedHashMap<>();
      keys.put("all", "all");
      keys.put("kind", g.kind());
      keys.put("mode", g.mode());
      keys.put("src_lang", g.srcLang().contains("+") ? "mixed" : g.srcLang());
      keys.put("script_family", family(g));
      keys.put("wrong_encoding", g.wrongEncoding());
      switch (g.kind()) {
        case "single":
        case "double":
          keys.put("wrong_encoding/mode", g.wrongEncoding() + "/" + g.mode());
          break;
        case "legacy":
          keys.put("legacy true>wrong/mode", g.trueEncoding() + ">" + g.wrongEncoding() + "/" + g.mode());
          break;
        case "partial":
          keys.put("partial wrong_encoding/mode", g.wrongEncoding() + "/" + g.mode());
          break;
        default:
          break;
      }
      for (Map.Entry<String, String> e : keys.entrySet()) {
        groups.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
            .computeIfAbsent(e.getValue(), k -> new Acc())
            .add(exact, d, in, o.length, changed);
      }
    }
    Map<String, Map<String, Row>> rows = new LinkedHashMap<>();
    groups.forEach((dim, m) -> {
      Map<String, Row> r = new TreeMap<>();
      m.forEach((k, acc) -> r.put(k, acc.row()));
      rows.put(dim, r);
    });
    Map<String, Row> negRows = new TreeMap<>();
    neg.forEach((k, acc) -> negRows.put(k, acc.row()));
    return new Result(rows, negRows, missing, gold.size());
  }

  static String family(RepairCase g) {
    String e = g.wrongEncoding().split(">", -1)[0];
    return CJK.contains(e) ? "CJK decoder" : "single-byte decoder";
  }

  /** The report as score.py prints it: totals, negatives by type, then one table per dimension in {@code by}. */
  public static String report(Result r, String goldName, String predName, List<String> by, int minN) {
    StringBuilder sb = new StringBuilder();
    Row p = r.positive();
    Row n = r.negative();
    sb.append(String.format(Locale.ROOT, "gold %s  pred %s  cases %d  missing predictions %d%n", goldName, predName,
        r.cases(), r.missing()));
    sb.append(String.format(Locale.ROOT,
        "POSITIVE n=%d  exact %s  CER %.4f (input %.4f)  micro-CER %.4f (input %.4f)  made worse %s%n", p.n(),
        pct(p.exact()), p.cer(), p.inCer(), p.microCer(), p.inMicroCer(), pct(p.worse())));
    sb.append(String.format(Locale.ROOT, "NEGATIVE n=%d  harm %s  mean CER of changes %.4f%n", n.n(),
        pct(n.changed()), n.cer()));
    r.negatives().forEach((type, row) -> {
      if (!type.equals("all")) {
        sb.append(String.format(Locale.ROOT, "   neg_type %-14s n=%4d harm %s%n", type, row.n(), pct(row.changed())));
      }
    });
    for (String dim : by) {
      Map<String, Row> rows = r.groups().get(dim);
      if (rows == null) {
        continue;
      }
      sb.append(System.lineSeparator());
      sb.append(table(dim, rows, minN));
    }
    return sb.toString();
  }

  private static String table(String title, Map<String, Row> rows, int minN) {
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(title).append(System.lineSeparator());
    sb.append(String.format(Locale.ROOT, "%-34s %5s %7s %7s %7s %6s%n", "group", "n", "exact", "CER", "in_CER",
        "worse"));
    List<Map.Entry<String, Row>> entries = new ArrayList<>(rows.entrySet());
    if (!title.contains("/mode")) {
      entries.sort((a, b) -> a.getValue().n() != b.getValue().n()
          ? Integer.compare(b.getValue().n(), a.getValue().n()) : a.getKey().compareTo(b.getKey()));
    }
    for (Map.Entry<String, Row> e : entries) {
      Row row = e.getValue();
      if (row.n() < minN) {
        continue;
      }
      String key = e.getKey().length() > 34 ? e.getKey().substring(0, 34) : e.getKey();
      sb.append(String.format(Locale.ROOT, "%-34s %5d %7s %7.3f %7.3f %6s%n", key, row.n(), pct(row.exact()),
          row.cer(), row.inCer(), pct(row.worse())));
    }
    return sb.toString();
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v * 100);
  }
}
