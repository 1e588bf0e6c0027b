package dev.pith.eval.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The pinned state of the accuracy gate ({@code eval-baseline.json}). Immutable.
 *
 * @param every per dataset, the subset rule: every k-th page in id order, starting with the first
 * @param corpusSha256 SHA-256 of the subset (gold lines and page bytes), so that a changed corpus is noticed
 * @param epsilon how far below a floor a figure may fall before the gate fails (noise allowance)
 * @param margin how far below the measured F1 figures new floors are set when they are re-pinned
 * @param metaMargin the same for metadata figures, which move in steps of one page (1/n): one page's worth
 * @param floors per dataset, per figure ({@code aeb.f1}, {@code meta.title}, ...), the lowest accepted value
 * @param measured the figures measured when the floors were last pinned, for the record
 */
public record Baseline(Map<String, Integer> every, String corpusSha256, double epsilon, double margin,
    double metaMargin, Map<String, Map<String, Double>> floors, Map<String, Map<String, Double>> measured) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Baseline {
    every = Collections.unmodifiableMap(new LinkedHashMap<>(every));
    Objects.requireNonNull(corpusSha256, "corpusSha256");
    floors = deepCopy(floors);
    measured = deepCopy(measured);
    every.forEach((k, v) -> {
      if (v < 1) {
        throw new IllegalArgumentException("every must be >= 1, was " + v + " for " + k);
      }
    });
    if (epsilon < 0 || epsilon > 0.05) {
      throw new IllegalArgumentException("epsilon must be in [0, 0.05], was " + epsilon);
    }
    if (margin < 0 || margin > 0.2) {
      throw new IllegalArgumentException("margin must be in [0, 0.2], was " + margin);
    }
    if (metaMargin < 0 || metaMargin > 0.2) {
      throw new IllegalArgumentException("metaMargin must be in [0, 0.2], was " + metaMargin);
    }
    floors.forEach((d, m) -> m.forEach((k, v) -> {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("floor " + d + " " + k + " must be in [0, 1], was " + v);
      }
    }));
  }

  private static Map<String, Map<String, Double>> deepCopy(Map<String, Map<String, Double>> m) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Reads a baseline file.
   *
   * @throws IOException when it cannot be read or is not a valid baseline
   */
  public static Baseline read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    try {
      Map<String, Integer> every = new LinkedHashMap<>();
      root.path("subset").path("every").properties().forEach(e -> every.put(e.getKey(), e.getValue().asInt()));
      return new Baseline(every, root.path("corpus_sha256").asText(""), root.path("epsilon").asDouble(-1),
          root.path("margin").asDouble(-1), root.path("meta_margin").asDouble(-1), figures(root.path("floors")), figures(root.path("measured")));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Map<String, Double>> figures(JsonNode node) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> d : node.properties()) {
      Map<String, Double> m = new LinkedHashMap<>();
      d.getValue().properties().forEach(e -> m.put(e.getKey(), e.getValue().asDouble()));
      out.put(d.getKey(), m);
    }
    return out;
  }

  /** The margin for a figure: {@link #metaMargin} for {@code meta.*}, else {@link #margin}. */
  public double marginFor(String figure) {
    return figure.startsWith("meta.") ? metaMargin : margin;
  }

  /**
   * Writes the baseline (stable key order, 3 decimals for floors), with a note on how to change it.
   *
   * @throws IOException when the file cannot be written
   */
  public void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("about", "Accuracy floors of AccuracyGateTest on a fixed subset of ../shared/bench. Raise floors in a "
        + "reviewed diff (mvn -pl pith-eval -am test -Dtest=AccuracyGateTest -Dpith.gate.update=true); lowering "
        + "them needs -Dpith.gate.allowLower=true as well, and a reason in the commit message.");
    ObjectNode subset = root.putObject("subset");
    subset.put("rule", "every k-th gold record in id order, starting with the first");
    ObjectNode ev = subset.putObject("every");
    every.forEach(ev::put);
    root.put("corpus_sha256", corpusSha256);
    root.put("epsilon", epsilon);
    root.put("margin", margin);
    root.put("meta_margin", metaMargin);
    ObjectNode fl = root.putObject("floors");
    floors.forEach((d, m) -> {
      ObjectNode o = fl.putObject(d);
      m.forEach((k, v) -> o.put(k, Math.round(v * 1000) / 1000.0));
    });
    ObjectNode me = root.putObject("measured");
    measured.forEach((d, m) -> {
      ObjectNode o = me.putObject(d);
      m.forEach((k, v) -> o.put(k, Math.round(v * 10000) / 10000.0));
    });
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
  }
}
