package dev.pith.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.eval.EvalResult;
import dev.pith.eval.score.ScoreOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes evaluation results to files: JSON summary, per-page JSON Lines, SVG chart. Stateless. */
public final class ResultFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultFiles() {}

  /**
   * All results as one JSON document, with the options they were scored with.
   *
   * @throws IOException when the file cannot be written
   */
  public static void writeJson(Path file, List<EvalResult> results, ScoreOptions options, @Nullable Path inputs)
      throws IOException {
    ObjectNode root = ResultsJson.results(results);
    ObjectNode opts = root.putObject("options");
    opts.put("text_field", options.textField());
    opts.put("sentences", options.sentences().pyName());
    opts.put("bootstrap", options.bootstrap());
    opts.put("seed", options.seed());
    opts.put("inputs", inputs == null ? null : inputs.toString());
    createParent(file);
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
  }

  /**
   * Per-page rows, dataset by dataset, worst first within each.
   *
   * @throws IOException when the file cannot be written
   */
  public static void writePerPage(Path file, List<EvalResult> results, String textField) throws IOException {
    createParent(file);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (EvalResult r : results) {
        for (ObjectNode row : ResultsJson.perPage(r, textField)) {
          w.write(JSON.writeValueAsString(row));
          w.write('\n');
        }
      }
    }
  }

  /**
   * The bar chart of F1 per dataset and group.
   *
   * @throws IOException when the file cannot be written
   */
  public static void writeChart(Path file, List<EvalResult> results, String title) throws IOException {
    createParent(file);
    Files.writeString(file, SvgChart.render(results, title), StandardCharsets.UTF_8);
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
