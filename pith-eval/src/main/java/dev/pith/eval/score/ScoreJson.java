package dev.pith.eval.score;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON forms of scores, with the keys {@code score.py --json} and {@code --per-page} use, so that either tool's
 * output can be read by the same scripts. Undefined figures (NaN) become null. Stateless and thread-safe.
 */
public final class ScoreJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ScoreJson() {}

  /** A summary as score.py's {@code aggregate} dict. */
  public static ObjectNode summary(Summary s) {
    ObjectNode o = F.objectNode();
    o.put("pages", s.pages());
    if (s.aeb() != null) {
      Summary.Aeb a = s.aeb();
      ObjectNode m = o.putObject("aeb");
      put(m, "f1", a.f1());
      put(m, "precision", a.precision());
      put(m, "recall", a.recall());
      put(m, "accuracy", a.accuracy());
      stds(m, a.std());
      m.put("n", a.n());
    }
    means(o, "rouge", s.rouge());
    means(o, "lev", s.lev());
    means(o, "words", s.words());
    if (s.meta() != null) {
      ObjectNode m = o.putObject("meta");
      for (String f : dev.pith.eval.gold.Predictions.META_FIELDS) {
        Summary.MetaField v = s.meta().get(f);
        if (v != null) {
          ObjectNode x = m.putObject(f);
          x.put("n", v.n());
          put(x, "exact", v.exact());
          put(x, "word_f1", v.wordF1());
        }
      }
    }
    if (s.snippets() != null) {
      Summary.Snippets sn = s.snippets();
      ObjectNode m = o.putObject("snippets");
      put(m, "precision", sn.precision());
      put(m, "recall", sn.recall());
      put(m, "accuracy", sn.accuracy());
      put(m, "f1", sn.f1());
      m.put("documents", sn.documents());
      m.put("with_segments", sn.withSegments());
      m.put("without_segments", sn.withoutSegments());
      stds(m, sn.std());
      put(m, "mean_with_rate", sn.meanWithRate());
      put(m, "mean_without_rate", sn.meanWithoutRate());
    }
    return o;
  }

  private static void means(ObjectNode o, String name, Summary.@Nullable Means means) {
    if (means == null) {
      return;
    }
    ObjectNode m = o.putObject(name);
    m.put("n", means.n());
    means.stats().forEach((label, st) -> {
      put(m, "mean_" + label, st.mean());
      put(m, "median_" + label, st.median());
      if (st.meanStd() != null) {
        put(m, "mean_" + label + "_std", st.meanStd());
      }
    });
  }

  private static void stds(ObjectNode m, @Nullable Map<String, Double> std) {
    if (std != null) {
      std.forEach((k, v) -> put(m, k + "_std", v));
    }
  }

  private static void put(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  /** One page's scores as a {@code score.py --per-page} row. */
  public static ObjectNode page(PageScore p) {
    ObjectNode row = F.objectNode();
    row.put("id", p.id());
    if (p.aeb() != null) {
      ObjectNode a = row.putObject("aeb");
      Double pr = p.aeb().precision();
      Double re = p.aeb().recall();
      if (pr == null) {
        a.putNull("precision");
      } else {
        a.put("precision", pr);
      }
      if (re == null) {
        a.putNull("recall");
      } else {
        a.put("recall", re);
      }
      a.put("accuracy", p.aeb().exact() ? 1.0 : 0.0);
    }
    if (p.rouge() != null) {
      prf(row.putObject("rouge"), p.rouge());
    }
    if (p.lev() != null) {
      row.put("lev", p.lev());
    }
    if (p.words() != null) {
      prf(row.putObject("words"), p.words());
    }
    if (p.snippets() != null) {
      SnippetCounts c = p.snippets();
      ObjectNode s = row.putObject("snippets");
      s.put("tp", c.tp());
      s.put("fp", c.fp());
      s.put("fn", c.fn());
      s.put("tn", c.tn());
      if (c.withRate() == null) {
        s.putNull("with_rate");
      } else {
        s.put("with_rate", c.withRate());
      }
      if (c.withoutRate() == null) {
        s.putNull("without_rate");
      } else {
        s.put("without_rate", c.withoutRate());
      }
    }
    if (p.meta() != null) {
      ObjectNode m = row.putObject("meta");
      for (String f : dev.pith.eval.gold.Predictions.META_FIELDS) {
        MetaMatch mm = p.meta().get(f);
        if (mm != null) {
          ObjectNode x = m.putObject(f);
          x.put("exact", mm.exact());
          x.put("word_f1", mm.wordF1());
        }
      }
    }
    return row;
  }

  private static void prf(ObjectNode o, Prf prf) {
    o.put("precision", prf.precision());
    o.put("recall", prf.recall());
    o.put("f1", prf.f1());
  }
}
