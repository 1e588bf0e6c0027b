package dev.pith.eval.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.eval.EvalResult;
import dev.pith.eval.Figures;
import dev.pith.eval.PageRun;
import dev.pith.eval.gold.GoldRecord;
import dev.pith.eval.score.Metric;
import dev.pith.eval.score.PageScore;
import dev.pith.eval.score.ScoreJson;
import dev.pith.eval.score.Summary;
import dev.pith.eval.score.PyText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluation results as JSON: a summary per dataset (its {@code overall} and {@code by} parts in
 * {@code score.py --json}'s form) and per-page rows, worst first. Stateless.
 */
public final class ResultsJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ResultsJson() {}

  /** {@code {"datasets": [...]}}, one entry per result. */
  public static ObjectNode results(List<EvalResult> results) {
    ObjectNode root = F.objectNode();
    ArrayNode list = root.putArray("datasets");
    for (EvalResult r : results) {
      ObjectNode d = list.addObject();
      d.put("dataset", r.dataset().name());
      d.put("gold", r.dataset().gold().toString());
      d.put("pred", r.predDir() == null ? null : r.predDir().toString());
      d.put("pages", r.report().overall().pages());
      if (!r.runs().isEmpty()) {
        ObjectNode x = d.putObject("extraction");
        for (String status : List.of("ok", "rejected", "failed", "missing")) {
          x.put(status, r.count(status));
        }
        x.put("seconds", r.seconds());
      }
      Figures f = r.headline();
      if (f != null) {
        d.set("headline", figures(f, r.profile().label()));
      }
      d.set("overall", ScoreJson.summary(r.report().overall()));
      if (r.report().byField() != null) {
        ObjectNode by = d.putObject("by");
        by.put("field", r.report().byField());
        ObjectNode groups = by.putObject("groups");
        for (Map.Entry<String, Summary> g : r.report().groups().entrySet()) {
          groups.set(g.getKey(), ScoreJson.summary(g.getValue()));
        }
      }
    }
    return root;
  }

  private static ObjectNode figures(Figures f, String label) {
    ObjectNode o = F.objectNode();
    o.put("metric", f.metric().pyName());
    o.put("label", label);
    put(o, "precision", f.precision());
    put(o, "recall", f.recall());
    put(o, "f1", f.f1());
    if (f.f1Std() != null) {
      o.put("f1_std", f.f1Std());
    }
    o.put("n", f.n());
    return o;
  }

  private static void put(ObjectNode o, String k, double v) {
    if (Double.isNaN(v)) {
      o.putNull(k);
    } else {
      o.put(k, v);
    }
  }

  /**
   * Per-page rows of one dataset, worst first by the dataset's published metric (pages it does not score last):
   * id, score, extraction status, sizes, every metric as in {@code score.py --per-page}, and the metadata values
   * side by side where the gold has them.
   */
  public static List<ObjectNode> perPage(EvalResult r, String textField) {
    Metric headline = r.profile().headline();
    Map<String, PageRun> runs = new HashMap<>();
    r.runs().forEach(run -> runs.put(run.id(), run));
    Map<String, GoldRecord> gold = new HashMap<>();
    r.dataset().records().forEach(g -> gold.put(g.id(), g));
    List<PageScore> pages = new ArrayList<>(r.report().pages());
    pages.sort(Comparator.comparing((PageScore p) -> p.f1(headline) == null)
        .thenComparing(p -> p.f1(headline) == null ? 0.0 : p.f1(headline))
        .thenComparing(PageScore::id));
    List<ObjectNode> rows = new ArrayList<>();
    for (PageScore p : pages) {
      GoldRecord g = gold.get(p.id());
      PageRun run = runs.get(p.id());
      ObjectNode row = F.objectNode();
      row.put("dataset", r.dataset().name());
      row.put("id", p.id());
      row.put("metric", headline.pyName());
      Double score = p.f1(headline);
      if (score == null) {
        row.putNull("score");
      } else {
        row.put("score", score);
      }
      row.put("url", g.url());
      String type = g.string("page_type");
      if (type != null) {
        row.put("page_type", type);
      }
      if (run != null) {
        row.put("status", run.status());
        if (run.message() != null) {
          row.put("message", run.message());
        }
        row.put("ms", Math.round(run.millis() * 10) / 10.0);
        row.put("pred_words", PyText.wsTokens(run.text()).size());
      }
      String goldText = g.text(textField);
      if (goldText != null) {
        row.put("gold_words", PyText.wsTokens(goldText).size());
      }
      ObjectNode scores = ScoreJson.page(p);
      scores.remove("id");
      row.setAll(scores);
      if (run != null && p.meta() != null) {
        ObjectNode values = row.putObject("meta_values");
        for (String f : p.meta().keySet()) {
          ArrayNode pair = values.putArray(f);
          pair.add(String.valueOf(g.value(f)));
          pair.add(value(run, f));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static @Nullable String value(PageRun run, String field) {
    switch (field) {
      case "title":
        return run.title();
      case "author":
        return run.author();
      case "date":
        return run.date();
      default:
        return null;
    }
  }
}
