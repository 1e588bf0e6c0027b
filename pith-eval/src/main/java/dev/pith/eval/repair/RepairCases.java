package dev.pith.eval.repair;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads case files and prediction files (JSON lines) and writes predictions. */
public final class RepairCases {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RepairCases() {}

  /**
   * Reads the cases of a JSONL file.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the line when a line is not a case
   */
  public static List<RepairCase> read(Path path) throws IOException {
    List<RepairCase> cases = new ArrayList<>();
    forEachLine(path, n -> cases.add(new RepairCase(required(n, "id"), required(n, "broken"), required(n, "original"),
        text(n, "wrong_encoding", "none"), text(n, "mode", "none"), text(n, "kind", "?"),
        text(n, "src_lang", "?"), text(n, "true_encoding", "utf-8"),
        n.hasNonNull("neg_type") ? n.get("neg_type").asText() : null)));
    return cases;
  }

  /** Reads predictions ({@code {"id", "repaired"}} lines) into a map by id. */
  public static Map<String, String> readPredictions(Path path) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    forEachLine(path, n -> out.put(required(n, "id"), required(n, "repaired")));
    return out;
  }

  /** Hands every non-blank line of a JSON Lines file to {@code action}; a bad line fails naming its number. */
  private static void forEachLine(Path path, Consumer<JsonNode> action) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          action.accept(JSON.readTree(line));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          throw new IllegalArgumentException(path + " line " + number + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** Writes one {@code {"id", "repaired"}} line. */
  public static void writePrediction(Writer out, String id, String repaired) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id);
    n.put("repaired", repaired);
    try {
      out.write(JSON.writeValueAsString(n));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes predictions to a file, one line per entry. */
  public static void writePredictions(Path path, Map<String, String> predictions) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : predictions.entrySet()) {
        writePrediction(w, e.getKey(), e.getValue());
      }
    }
  }

  private static String required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("missing text field \"" + field + "\"");
    }
    return v.asText();
  }

  private static String text(JsonNode n, String field, String fallback) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? fallback : v.asText();
  }
}
