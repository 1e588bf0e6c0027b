package dev.pith.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A developer's view of how the text path judged a capture: every line with its kind, weight, whether it lies in
 * the content span, and its reason. Run: {@code java -cp target/classes:target/test-classes dev.pith.text.ExplainText
 * FILE}.
 */
final class ExplainText {
  private ExplainText() {}

  public static void main(String[] args) throws IOException {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    List<Line> lines = LineReader.read(text, FlatTextExtractor.DEFAULT_MAX_LINES);
    int language = LineMeasures.measure(lines);
    LineClassifier.classify(lines, language, SiteLines.none().view(""));
    int[] span = ContentSpan.find(lines);
    int title = FlatTextExtractor.title(lines, span);
    System.out.println("language " + language + " span " + span[0] + ".." + span[1] + " title " + title);
    int width = args.length > 1 ? Integer.parseInt(args[1]) : 110;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String t = l.text.length() > width ? l.text.substring(0, width) + "…" : l.text;
      System.out.printf("%s%s%4d %-5s %7.1f %s%s%s %s%n", l.inSpan ? "*" : " ", l.inRecords ? "r" : " ", l.first,
          l.kind.name().substring(0, 5), l.weight, l.barrier ? "B" : " ", l.isListItem() ? "•" : " ",
          l.reason == null ? "" : "[" + l.reason.jsonName() + "]", t);
    }
  }
}
