package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pith.eval.repair.RepairCase;
import dev.pith.eval.repair.RepairCases;
import dev.pith.eval.repair.RepairScore;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The {@code wrong_encoding} breakdown holds every positive case of one wrong decoding, whatever its kind and mode:
 * its rows add up to the rows score.py prints per kind ({@code wrong_encoding/mode} for single and double cases,
 * {@code partial wrong_encoding/mode}, {@code legacy true>wrong/mode}).
 */
class RepairScoreByCodecTest {
  @Test
  void perCodecRowsAddUpToTheRowsByKindAndMode() throws IOException {
    List<RepairCase> cases = RepairCases.read(SharedBench.root().resolve("mojibake/dev.jsonl"));
    Random random = new Random(5);
    Map<String, String> predictions = new HashMap<>();
    for (RepairCase c : cases) {
      predictions.put(c.id(), random.nextBoolean() ? c.original() : c.broken());
    }
    RepairScore.Result result = RepairScore.score(cases, predictions);

    Map<String, double[]> expected = new TreeMap<>(); // codec -> {n, exact cases}
    for (String dim : List.of("wrong_encoding/mode", "partial wrong_encoding/mode", "legacy true>wrong/mode")) {
      result.groups().getOrDefault(dim, Map.of()).forEach((key, row) -> {
        String codecAndMode = dim.startsWith("legacy") ? key.substring(key.indexOf('>') + 1) : key;
        String codec = codecAndMode.substring(0, codecAndMode.lastIndexOf('/'));
        double[] sum = expected.computeIfAbsent(codec, k -> new double[2]);
        sum[0] += row.n();
        sum[1] += row.exact() * row.n();
      });
    }
    Map<String, RepairScore.Row> byCodec = result.groups().get("wrong_encoding");
    assertFalse(byCodec.isEmpty());
    assertEquals(expected.keySet(), byCodec.keySet());
    int total = 0;
    for (Map.Entry<String, RepairScore.Row> e : byCodec.entrySet()) {
      double[] sum = expected.get(e.getKey());
      assertEquals(sum[0], e.getValue().n(), e.getKey());
      assertEquals(sum[1], e.getValue().exact() * e.getValue().n(), 1e-6, e.getKey());
      total += e.getValue().n();
    }
    assertEquals(result.positive().n(), total);
  }
}
