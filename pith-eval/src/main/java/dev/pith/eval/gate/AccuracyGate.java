package dev.pith.eval.gate;

import dev.pith.Extractor;
import dev.pith.eval.EvalResult;
import dev.pith.eval.Evaluation;
import dev.pith.eval.Figures;
import dev.pith.eval.gold.Dataset;
import dev.pith.eval.gold.GoldRecord;
import dev.pith.eval.score.ScoreOptions;
import dev.pith.eval.score.Summary;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The accuracy gate's steps: choose the subset, fingerprint it, measure the figures, compare them with the floors,
 * and compute re-pinned floors. Stateless and thread-safe.
 */
public final class AccuracyGate {
  /**
   * Metadata figures are gated only where the subset has at least this many pages with that gold, so that one
   * page's worth (1/n) stays within the metadata margin.
   */
  public static final int MIN_META_PAGES = 10;

  private AccuracyGate() {}

  /**
   * The subset of each dataset named in the baseline, from {@code benchData/<name>}.
   *
   * @throws IOException when a dataset cannot be read
   */
  public static List<Dataset> subset(Path benchData, Baseline baseline) throws IOException {
    List<Dataset> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : baseline.every().entrySet()) {
      out.add(Dataset.open(benchData.resolve(e.getKey())).everyKth(e.getValue()));
    }
    return out;
  }

  /**
   * SHA-256 over the subset: per dataset its name, then per page its id, its gold line and its page bytes as
   * stored. Any change to the pages, their gold or the subset rule changes it.
   *
   * @throws IOException when a file cannot be read
   */
  public static String corpusSha256(List<Dataset> subsets) throws IOException {
    MessageDigest sha = sha256();
    for (Dataset d : subsets) {
      sha.update(("dataset\0" + d.name() + "\0").getBytes(StandardCharsets.UTF_8));
      Map<String, String> lines = goldLines(d);
      for (GoldRecord r : d.records()) {
        sha.update(("page\0" + r.id() + "\0").getBytes(StandardCharsets.UTF_8));
        sha.update(lines.get(r.id()).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Files.readAllBytes(d.page(r)));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static Map<String, String> goldLines(Dataset d) throws IOException {
    Map<String, String> wanted = new HashMap<>();
    d.records().forEach(r -> wanted.put(r.id(), null));
    Map<String, String> out = new HashMap<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(d.gold(), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        String id = json.readTree(line).path("id").asText();
        if (wanted.containsKey(id)) {
          out.put(id, line);
        }
      }
    }
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Extracts and scores each subset: the dataset's published F1 ({@code aeb.f1}, {@code snippets.f1},
   * {@code words.f1}, {@code rouge.f1}) and, where enough pages have the gold, metadata exactness
   * ({@code meta.title}, {@code meta.author}, {@code meta.date}).
   *
   * @throws IOException when predictions cannot be written
   */
  public static Map<String, Map<String, Double>> measure(List<Dataset> subsets, Extractor extractor, int threads)
      throws IOException {
    Evaluation evaluation = new Evaluation(extractor, threads, ScoreOptions.defaults().withBootstrap(0));
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Dataset d : subsets) {
      EvalResult r = evaluation.run(d, null, null, (done, total, bytes) -> {});
      out.put(d.name(), figures(r));
    }
    return out;
  }

  /** The gated figures of one evaluated dataset. */
  public static Map<String, Double> figures(EvalResult r) {
    Map<String, Double> m = new LinkedHashMap<>();
    Figures f = r.headline();
    if (f != null) {
      m.put(f.metric().pyName() + ".f1", f.f1());
    }
    Map<String, Summary.MetaField> meta = r.report().overall().meta();
    if (meta != null) {
      meta.forEach((field, v) -> {
        if (v.n() >= MIN_META_PAGES) {
          m.put("meta." + field, v.exact());
        }
      });
    }
    return m;
  }

  /**
   * What breaks the gate: every figure below its floor by more than epsilon, and every floor with no figure (a
   * figure that can no longer be measured is a regression too). Empty when the gate passes.
   */
  public static List<String> violations(Baseline baseline, Map<String, Map<String, Double>> measured) {
    List<String> out = new ArrayList<>();
    baseline.floors().forEach((dataset, floors) -> floors.forEach((figure, floor) -> {
      Double value = measured.getOrDefault(dataset, Map.of()).get(figure);
      if (value == null) {
        out.add(dataset + " " + figure + ": not measured any more (floor " + fmt(floor) + ")");
      } else if (value < floor - baseline.epsilon()) {
        out.add(String.format(Locale.ROOT, "%s %s: %.4f is below the floor %.3f (epsilon %.3f)", dataset, figure,
            value, floor, baseline.epsilon()));
      }
    }));
    return out;
  }

  /**
   * The baseline re-pinned to these figures: each floor becomes the measured figure minus its margin (rounded down
   * to 3 decimals), but never lower than before unless {@code allowLower}; new figures get floors, vanished ones
   * lose them; the corpus fingerprint and the measured figures are replaced.
   *
   * @throws IllegalStateException when a floor would fall and {@code allowLower} is false
   */
  public static Baseline repin(Baseline old, Map<String, Map<String, Double>> measured, String corpusSha256,
      boolean allowLower) {
    Map<String, Map<String, Double>> floors = new LinkedHashMap<>();
    List<String> lowered = new ArrayList<>();
    measured.forEach((dataset, figures) -> {
      Map<String, Double> f = new LinkedHashMap<>();
      figures.forEach((figure, value) -> {
        // the 1e-9 keeps 0.95 - 0.02 from flooring to 0.929
        double proposed = Math.max(0, Math.floor((value - old.marginFor(figure)) * 1000 + 1e-9) / 1000);
        Double previous = old.floors().getOrDefault(dataset, Map.of()).get(figure);
        if (previous != null && proposed < previous) {
          if (allowLower) {
            lowered.add(dataset + " " + figure);
          } else {
            proposed = previous;
          }
        }
        f.put(figure, proposed);
      });
      floors.put(dataset, f);
    });
    if (!allowLower) {
      List<String> broken = violations(old, measured);
      if (!broken.isEmpty()) {
        throw new IllegalStateException("figures are below their floors; re-pinning would lower them, which needs "
            + "-Dpith.gate.allowLower=true:\n  " + String.join("\n  ", broken));
      }
    }
    return new Baseline(old.every(), corpusSha256, old.epsilon(), old.margin(), old.metaMargin(), floors,
        measured);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
