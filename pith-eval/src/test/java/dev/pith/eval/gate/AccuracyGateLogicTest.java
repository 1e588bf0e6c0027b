package dev.pith.eval.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's comparisons and re-pinning rules, on made-up figures. */
class AccuracyGateLogicTest {
  @TempDir Path tmp;

  private static Baseline baseline(Map<String, Map<String, Double>> floors) {
    return new Baseline(Map.of("ds", 3), "abc", 0.005, 0.02, 0.1, floors, Map.of());
  }

  @Test
  void passesAtTheFloorAndWithinEpsilon() {
    Baseline b = baseline(Map.of("ds", Map.of("aeb.f1", 0.900)));
    assertEquals(List.of(), AccuracyGate.violations(b, Map.of("ds", Map.of("aeb.f1", 0.900))));
    assertEquals(List.of(), AccuracyGate.violations(b, Map.of("ds", Map.of("aeb.f1", 0.8951))));
  }

  @Test
  void failsBelowTheFloorAndWhenAFigureVanishes() {
    Baseline b = baseline(Map.of("ds", Map.of("aeb.f1", 0.900, "meta.title", 0.8)));
    List<String> v = AccuracyGate.violations(b, Map.of("ds", Map.of("aeb.f1", 0.894)));
    assertEquals(2, v.size(), v.toString());
    assertTrue(v.get(0).contains("aeb.f1") || v.get(1).contains("aeb.f1"), v.toString());
    assertTrue(String.join(" ", v).contains("not measured"), v.toString());
  }

  @Test
  void repinningRaisesFloorsButNeverLowersThemWithoutTheFlag() {
    Baseline b = baseline(Map.of("ds", Map.of("aeb.f1", 0.900, "meta.title", 0.7)));
    Baseline up = AccuracyGate.repin(b, Map.of("ds", Map.of("aeb.f1", 0.95, "meta.title", 0.75)), "def", false);
    assertEquals(0.93, up.floors().get("ds").get("aeb.f1"), 1e-9); // measured minus margin
    assertEquals(0.7, up.floors().get("ds").get("meta.title"), 1e-9); // 0.65 would be lower: kept
    Baseline meta = AccuracyGate.repin(b, Map.of("ds", Map.of("aeb.f1", 0.95, "meta.title", 0.9)), "def", false);
    assertEquals(0.8, meta.floors().get("ds").get("meta.title"), 1e-9); // the metadata margin
    assertEquals("def", up.corpusSha256());
    assertThrows(IllegalStateException.class,
        () -> AccuracyGate.repin(b, Map.of("ds", Map.of("aeb.f1", 0.80, "meta.title", 0.7)), "def", false));
    Baseline down = AccuracyGate.repin(b, Map.of("ds", Map.of("aeb.f1", 0.80, "meta.title", 0.7)), "def", true);
    assertEquals(0.78, down.floors().get("ds").get("aeb.f1"), 1e-9);
  }

  @Test
  void baselineRoundTripsAndRejectsNonsense() throws IOException {
    Baseline b = new Baseline(Map.of("ds", 3), "abc", 0.005, 0.02, 0.1, Map.of("ds", Map.of("aeb.f1", 0.9)),
        Map.of("ds", Map.of("aeb.f1", 0.92)));
    Path file = tmp.resolve("b.json");
    b.write(file);
    assertEquals(b, Baseline.read(file));
    assertThrows(IllegalArgumentException.class,
        () -> new Baseline(Map.of("ds", 0), "", 0.005, 0.02, 0.1, Map.of(), Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Baseline(Map.of("ds", 3), "", 0.005, 0.02, 0.1, Map.of("ds", Map.of("x", 1.5)), Map.of()));
  }
}
