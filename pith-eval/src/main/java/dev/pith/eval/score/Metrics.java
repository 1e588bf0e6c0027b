package dev.pith.eval.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The per-page metrics of {@code score.py}, each a pure function of the gold and the prediction. Stateless and
 * thread-safe.
 */
public final class Metrics {
  /** Shingle width of the ScrapingHub benchmark. */
  public static final int AEB_SHINGLE_TOKENS = 4;

  // Python's \d in a str pattern is any Unicode decimal digit (Nd); UNICODE_CHARACTER_CLASS makes Java's \d the same.
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})", Pattern.UNICODE_CHARACTER_CLASS);

  private Metrics() {}

  /** ScrapingHub shingles of {@code re.findall(r"\w+")} tokens (case kept), normalised counts and exact match. */
  public static AebPage aeb(String gold, String pred) {
    return aeb(gold, pred, AEB_SHINGLE_TOKENS);
  }

  /** As {@link #aeb(String, String)} with shingles of {@code n} tokens. */
  public static AebPage aeb(String gold, String pred, int n) {
    List<String> g = PyText.wordTokens(gold);
    List<String> p = PyText.wordTokens(pred);
    Map<String, int[]> gs = shingles(g, n);
    Map<String, int[]> ps = shingles(p, n);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, int[]> e : gs.entrySet()) {
      int gc = e.getValue()[0];
      int[] pcs = ps.get(e.getKey());
      int pc = pcs == null ? 0 : pcs[0];
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    for (Map.Entry<String, int[]> e : ps.entrySet()) {
      if (!gs.containsKey(e.getKey())) {
        fp += e.getValue()[0];
      }
    }
    double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    return new AebPage(tp, fp, fn, g.equals(p));
  }

  private static Map<String, int[]> shingles(List<String> tokens, int n) {
    Map<String, int[]> out = new HashMap<>();
    int count = Math.max(1, tokens.size() - n + 1);
    for (int i = 0; i < count; i++) {
      List<String> window = tokens.subList(Math.min(i, tokens.size()), Math.min(i + n, tokens.size()));
      if (!window.isEmpty()) {
        // \w tokens never contain a space, so joining with one keeps shingles distinct
        out.computeIfAbsent(String.join(" ", window), k -> new int[1])[0]++;
      }
    }
    return out;
  }

  /**
   * WCEB's ROUGE-LSum: sentences of whitespace tokens; for each gold sentence the union of its LCS positions
   * against every predicted sentence, counted while both sides still have that token. Empty gold: recall 1, and
   * precision and F1 1 when the prediction is empty too.
   */
  public static Prf rougeLsum(String gold, String pred, Sentences splitter) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] ref = tokenIds(splitter.split(gold), ids);
    int[][] can = tokenIds(splitter.split(pred), ids);
    double p = 0;
    double r = 0;
    double f = 0;
    int m = 0;
    int n = 0;
    for (int[] s : ref) {
      m += s.length;
    }
    for (int[] s : can) {
      n += s.length;
    }
    if (ref.length > 0 && can.length > 0 && m > 0 && n > 0) {
      int[] cntRef = new int[ids.size()];
      int[] cntCan = new int[ids.size()];
      for (int[] s : ref) {
        for (int t : s) {
          cntRef[t]++;
        }
      }
      Set<List<Integer>> canExact = new HashSet<>();
      for (int[] s : can) {
        for (int t : s) {
          cntCan[t]++;
        }
        canExact.add(asList(s));
      }
      int[][] canNonEmpty = java.util.Arrays.stream(can).filter(s -> s.length > 0).toArray(int[][]::new);
      Lcs.Masks[] masks = new Lcs.Masks[canNonEmpty.length];
      for (int c = 0; c < canNonEmpty.length; c++) {
        masks[c] = new Lcs.Masks(canNonEmpty[c]);
      }
      int hits = 0;
      for (int[] sentence : ref) {
        if (sentence.length == 0) {
          continue;
        }
        int[] union;
        if (canExact.contains(asList(sentence))) {
          union = new int[sentence.length];
          for (int i = 0; i < union.length; i++) {
            union[i] = i;
          }
        } else {
          TreeSet<Integer> acc = new TreeSet<>();
          for (int c = 0; c < canNonEmpty.length; c++) {
            if (!overlaps(sentence, masks[c])) {
              continue;
            }
            for (int i : Lcs.indices(sentence, canNonEmpty[c], masks[c])) {
              acc.add(i);
            }
            if (acc.size() == sentence.length) {
              break;
            }
          }
          union = acc.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int i : union) {
          int t = sentence[i];
          if (cntCan[t] > 0 && cntRef[t] > 0) {
            hits++;
            cntCan[t]--;
            cntRef[t]--;
          }
        }
      }
      r = (double) hits / m;
      p = (double) hits / n;
      f = Prf.harmonic(p, r);
    }
    if (PyText.isBlank(gold)) {
      r = 1.0;
      if (PyText.isBlank(pred)) {
        p = 1.0;
        f = 1.0;
      }
    }
    return new Prf(p, r, f);
  }

  private static boolean overlaps(int[] sentence, Lcs.Masks masks) {
    for (int t : sentence) {
      if (masks.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> asList(int[] tokens) {
    return java.util.Arrays.stream(tokens).boxed().toList();
  }

  private static int[][] tokenIds(List<String> sentences, Map<String, Integer> ids) {
    int[][] out = new int[sentences.size()][];
    for (int s = 0; s < out.length; s++) {
      out[s] = intern(PyText.wsTokens(sentences.get(s)), ids);
    }
    return out;
  }

  private static int[] intern(List<String> tokens, Map<String, Integer> ids) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(tokens.get(i), k -> ids.size());
    }
    return out;
  }

  /** WCEB's normalised InDel similarity of whitespace tokens, {@code 2·LCS/(|gold|+|pred|)}; 1 when both are empty. */
  public static double levenshteinRatio(String gold, String pred) {
    Map<String, Integer> ids = new HashMap<>();
    int[] a = intern(PyText.wsTokens(gold), ids);
    int[] b = intern(PyText.wsTokens(pred), ids);
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    return 2.0 * Lcs.length(a, b) / (a.length + b.length);
  }

  /**
   * WCXB's bag of lower-cased word tokens: precision = overlap/|pred|, recall = overlap/|gold|. Empty gold scores 1
   * when the prediction is empty too, else 0.
   */
  public static Prf words(String gold, String pred) {
    Map<String, int[]> g = bag(PyText.wordTokens(PyText.lower(gold)));
    Map<String, int[]> p = bag(PyText.wordTokens(PyText.lower(pred)));
    if (g.isEmpty()) {
      return p.isEmpty() ? new Prf(1, 1, 1) : new Prf(0, 0, 0);
    }
    if (p.isEmpty()) {
      return new Prf(0, 0, 0);
    }
    long overlap = 0;
    long gTotal = 0;
    long pTotal = 0;
    for (Map.Entry<String, int[]> e : g.entrySet()) {
      gTotal += e.getValue()[0];
      int[] pc = p.get(e.getKey());
      if (pc != null) {
        overlap += Math.min(e.getValue()[0], pc[0]);
      }
    }
    for (int[] c : p.values()) {
      pTotal += c[0];
    }
    return Prf.of((double) overlap / pTotal, (double) overlap / gTotal);
  }

  private static Map<String, int[]> bag(List<String> tokens) {
    Map<String, int[]> out = new HashMap<>();
    for (String t : tokens) {
      out.computeIfAbsent(t, k -> new int[1])[0]++;
    }
    return out;
  }

  /**
   * trafilatura's snippet test: a snippet counts as found when its whitespace-normalised text is a case-sensitive
   * substring of the whitespace-normalised prediction; the rates are WCXB's case-insensitive raw substring test.
   */
  public static SnippetCounts snippets(List<String> with, List<String> without, String pred) {
    String normalized = PyText.wsNormalize(pred);
    String low = PyText.lower(pred);
    int tp = 0;
    int withLow = 0;
    for (String w : with) {
      if (normalized.contains(PyText.wsNormalize(w))) {
        tp++;
      }
      if (low.contains(PyText.lower(w))) {
        withLow++;
      }
    }
    int fp = 0;
    int withoutLow = 0;
    for (String w : without) {
      if (normalized.contains(PyText.wsNormalize(w))) {
        fp++;
      }
      if (low.contains(PyText.lower(w))) {
        withoutLow++;
      }
    }
    return new SnippetCounts(tp, fp, with.size() - tp, without.size() - fp,
        with.isEmpty() ? null : (double) withLow / with.size(),
        without.isEmpty() ? null : (double) withoutLow / without.size());
  }

  /**
   * One metadata field: for {@code date}, whether the first {@code YYYY-MM-DD} of each side is the same day; for
   * other fields, exact match after whitespace and case folding (lists joined with "; ") and word F1.
   *
   * @param gold a string, a list of strings, or null
   * @param pred a string, a list of strings, or null
   */
  public static MetaMatch meta(String field, @Nullable Object gold, @Nullable Object pred) {
    if (field.equals("date")) {
      int[] g = firstDate(gold);
      int[] p = firstDate(pred);
      boolean ok = g != null && p != null && java.util.Arrays.equals(g, p);
      return new MetaMatch(ok ? 1 : 0, ok ? 1 : 0);
    }
    String g = metaNorm(gold);
    String p = metaNorm(pred);
    return new MetaMatch(g.equals(p) ? 1 : 0, words(g, p).f1());
  }

  /** {@code _meta_norm}: lists joined with "; ", whitespace collapsed and trimmed, case-folded. */
  public static String metaNorm(@Nullable Object value) {
    String s;
    if (!truthy(value)) {
      s = "";
    } else if (value instanceof List<?> list) {
      StringBuilder b = new StringBuilder();
      for (Object o : list) {
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append(pyStr(o));
      }
      s = b.toString();
    } else {
      s = pyStr(value);
    }
    return PyText.casefold(PyText.wsNormalize(s));
  }

  private static int @Nullable [] firstDate(@Nullable Object value) {
    String s = truthy(value) ? pyStr(value) : "";
    Matcher m = DATE.matcher(s);
    if (!m.find()) {
      return null;
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
  }

  /** Python's truth value of a JSON value: null, false, 0, "" and empty lists or objects are false. */
  public static boolean truthy(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number num) {
      return num.doubleValue() != 0;
    }
    if (value instanceof String str) {
      return !str.isEmpty();
    }
    if (value instanceof java.util.Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Map<?, ?> map) {
      return !map.isEmpty();
    }
    return true;
  }

  /** Python's {@code str(value)} for the JSON values gold and predictions hold. */
  static String pyStr(@Nullable Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof List<?> list) {
      StringBuilder b = new StringBuilder("[");
      for (Object o : list) {
        if (b.length() > 1) {
          b.append(", ");
        }
        b.append(o instanceof String str ? "'" + str + "'" : pyStr(o));
      }
      return b.append(']').toString();
    }
    return value.toString();
  }
}
