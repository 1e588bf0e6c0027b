package dev.pith.eval.report;

import dev.pith.eval.EvalResult;
import dev.pith.eval.Figures;
import dev.pith.eval.score.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A horizontal bar chart (hand-written SVG) of F1 per dataset in its published metric, and per group (e.g. WCXB
 * page type) under it, with precision and recall as thin bars. Stateless.
 */
public final class SvgChart {
  private static final int LABEL_WIDTH = 300;
  private static final int BAR_WIDTH = 420;
  private static final int ROW_HEIGHT = 26;

  private SvgChart() {}

  private record Row(String label, Figures figures, boolean group) {}

  /** The chart of these results as an SVG document. */
  public static String render(List<EvalResult> results, String title) {
    List<Row> rows = new ArrayList<>();
    for (EvalResult r : results) {
      Figures f = r.headline();
      if (f == null) {
        continue;
      }
      rows.add(new Row(r.dataset().name() + " (" + f.metric().pyName() + " F1)", f, false));
      for (Map.Entry<String, Summary> g : r.report().groups().entrySet()) {
        Figures gf = Figures.of(g.getValue(), r.profile().headline());
        if (gf != null) {
          rows.add(new Row(g.getKey() + " (" + gf.n() + ")", gf, true));
        }
      }
    }
    int top = 50;
    int height = top + rows.size() * ROW_HEIGHT + 40;
    int width = LABEL_WIDTH + BAR_WIDTH + 90;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
    b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    b.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
        escape(title)));
    b.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"40\" fill=\"#555\">each dataset in its published "
        + "metric; groups below it</text>%n"));
    int lx = LABEL_WIDTH + 140;
    String[][] legend = {{"#9ac99a", "precision"}, {"#2b6cb0", "F1"}, {"#e0a060", "recall"}};
    for (String[] item : legend) {
      b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"11\" width=\"12\" height=\"12\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"21\" fill=\"#333\">%s</text>%n", lx, item[0], lx + 16, item[1]));
      lx += 80;
    }
    for (int t = 0; t <= 10; t += 2) {
      double x = LABEL_WIDTH + BAR_WIDTH * t / 10.0;
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x,
          top - 4, x, top + rows.size() * ROW_HEIGHT));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%.1f"
          + "</text>%n", x, top + rows.size() * ROW_HEIGHT + 16, t / 10.0));
    }
    int y = top;
    for (Row row : rows) {
      Figures f = row.figures();
      String color = row.group() ? "#7fa7d6" : "#2b6cb0";
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" %s>%s</text>%n", row.group() ? 30 : 10,
          y + 16, row.group() ? "fill=\"#333\"" : "font-weight=\"bold\"", escape(row.label())));
      bar(b, y + 2, 3, f.precision(), "#9ac99a");
      bar(b, y + 6, 12, f.f1(), color);
      bar(b, y + 19, 3, f.recall(), "#e0a060");
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
          LABEL_WIDTH + BAR_WIDTH * clamp(f.f1()) + 6, y + 16, Tables.fmt(f.f1())));
      y += ROW_HEIGHT;
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private static void bar(StringBuilder b, int y, int h, double value, String color) {
    if (Double.isNaN(value)) {
      return;
    }
    b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
        LABEL_WIDTH, y, BAR_WIDTH * clamp(value), h, color));
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
