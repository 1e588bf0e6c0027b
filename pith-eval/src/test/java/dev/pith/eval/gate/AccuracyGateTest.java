package dev.pith.eval.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.Extractor;
import dev.pith.eval.SharedBench;
import dev.pith.eval.gold.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate: pith runs on a small fixed subset of the shared benchmarks (every k-th page of each dataset,
 * chosen by position, never by score) and the build fails when a published F1 or a metadata figure drops below the
 * floor pinned in {@code eval-baseline.json}.
 *
 * <p>To re-pin after an improvement (a reviewed diff of the baseline file):
 * {@code mvn -pl pith-eval -am test -Dtest=AccuracyGateTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpith.gate.update=true}. Floors only rise that way; lowering them needs {@code -Dpith.gate.allowLower=true} too.
 */
class AccuracyGateTest {
  private static final String BASELINE = "eval-baseline.json";

  @Test
  void accuracyStaysAboveTheFloors() throws IOException {
    Path source = SharedBench.projectRoot().resolve("pith-eval/src/test/resources").resolve(BASELINE);
    assertTrue(Files.isRegularFile(source), "missing " + source);
    Baseline baseline = Baseline.read(source);
    assertFalse(baseline.every().isEmpty(), "the baseline names no dataset");

    List<Dataset> subsets = AccuracyGate.subset(SharedBench.bench().resolve("data"), baseline);
    int pages = subsets.stream().mapToInt(d -> d.records().size()).sum();
    assertTrue(pages >= 30 && pages <= 80, "the subset should stay small and fast, has " + pages + " pages");
    String sha = AccuracyGate.corpusSha256(subsets);
    Map<String, Map<String, Double>> measured =
        AccuracyGate.measure(subsets, Extractor.create(), Math.max(1, Math.min(2, availableCores())));
    StringBuilder report = new StringBuilder("accuracy gate on " + pages + " pages:\n");
    measured.forEach((d, m) -> m.forEach((k, v) -> report.append(String.format(java.util.Locale.ROOT,
        "  %-22s %-12s %.4f  (floor %s)%n", d, k, v, baseline.floors().getOrDefault(d, Map.of()).get(k)))));
    System.out.print(report);

    if (Boolean.getBoolean("pith.gate.update")) {
      Baseline repinned = AccuracyGate.repin(baseline, measured, sha, Boolean.getBoolean("pith.gate.allowLower"));
      repinned.write(source);
      System.out.println("accuracy gate: re-pinned " + source + " (review the diff)");
      return;
    }
    assertEquals(baseline.corpusSha256(), sha, "the gate's benchmark subset changed (pages, gold or the subset "
        + "rule): its figures are not comparable with the floors any more. Re-pin after review with "
        + "-Dpith.gate.update=true (and -Dpith.gate.allowLower=true if floors must fall).");
    List<String> violations = AccuracyGate.violations(baseline, measured);
    assertTrue(violations.isEmpty(), "accuracy fell below the pinned floors:\n  " + String.join("\n  ", violations)
        + "\n" + report);
  }

  private static int availableCores() {
    return Runtime.getRuntime().availableProcessors();
  }
}
