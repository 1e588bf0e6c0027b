package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.eval.repair.RepairCase;
import dev.pith.eval.repair.RepairCases;
import dev.pith.eval.repair.RepairScore;
import dev.pith.repair.TextRepair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pith eval repair} gives the same figures as {@code shared/mojibake/score.py} on the same predictions: pith's
 * own repairs of a sample of the dev cases, predictions that change nothing or everything, and missing predictions.
 */
class RepairScorePyAgreementTest {
  private static final double TOLERANCE = 1e-9;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path gold;
  private static List<RepairCase> cases;
  private static String python;

  @TempDir Path tmp;

  @BeforeAll
  static void load() throws IOException {
    gold = SharedBench.root().resolve("mojibake/dev.jsonl");
    cases = RepairCases.read(gold);
    python = SharedBench.python();
  }

  @Test
  void pithRepairsOfEveryFifthCase() throws Exception {
    Map<String, String> predictions = new LinkedHashMap<>();
    TextRepair repair = TextRepair.create();
    for (int i = 0; i < cases.size(); i += 5) {
      RepairCase c = cases.get(i);
      predictions.put(c.id(), repair.repair(c.broken()).text());
    }
    assertAgree(predictions); // the other four fifths are missing: scored as unchanged by both
  }

  @Test
  void unchangedPerfectAndMixedPredictions() throws Exception {
    Map<String, String> unchanged = new LinkedHashMap<>();
    Map<String, String> perfect = new LinkedHashMap<>();
    Map<String, String> mixed = new LinkedHashMap<>();
    Random random = new Random(11);
    for (RepairCase c : cases) {
      unchanged.put(c.id(), c.broken());
      perfect.put(c.id(), c.original());
      int points = c.original().codePointCount(0, c.original().length());
      String cut = c.original().substring(0, c.original().offsetByCodePoints(0, random.nextInt(points + 1)));
      mixed.put(c.id(), switch (random.nextInt(4)) {
        case 0 -> c.original();
        case 1 -> c.broken();
        case 2 -> cut;
        default -> c.original() + "\uFFFD";
      });
    }
    assertAgree(unchanged);
    assertAgree(perfect);
    assertAgree(mixed);
  }

  private void assertAgree(Map<String, String> predictions) throws Exception {
    Path pred = tmp.resolve("pred-" + System.nanoTime() + ".jsonl");
    RepairCases.writePredictions(pred, predictions);
    Path out = tmp.resolve("score-" + System.nanoTime() + ".json");
    Process p = new ProcessBuilder(python, SharedBench.root().resolve("mojibake/score.py").toString(),
        gold.toString(), pred.toString(), "--json", out.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score.py did not finish");
    assertEquals(0, p.exitValue(), log);
    JsonNode expected = JSON.readTree(out.toFile());
    ((ObjectNode) expected).remove(List.of("gold", "pred"));

    RepairScore.Result result = RepairScore.score(cases, RepairCases.readPredictions(pred));
    ObjectNode actual = JSON.createObjectNode();
    actual.put("missing", result.missing());
    actual.set("positive", row(result.positive()));
    actual.set("negative", row(result.negative()));
    ObjectNode byType = actual.putObject("negative_by_type");
    result.negatives().forEach((k, v) -> byType.set(k, row(v)));
    ObjectNode by = actual.putObject("by");
    result.groups().forEach((dim, rows) -> {
      if (dim.equals("wrong_encoding")) {
        return; // pith's own breakdown, which score.py does not have (RepairScoreByCodecTest checks it)
      }
      ObjectNode d = by.putObject(dim);
      rows.forEach((k, v) -> d.set(k, row(v)));
    });
    List<String> differences = JsonCompare.differences(expected, actual, TOLERANCE);
    assertTrue(differences.isEmpty(), String.join("\n", differences));
  }

  private static ObjectNode row(RepairScore.Row r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("n", r.n());
    n.put("exact", r.exact());
    n.put("cer", r.cer());
    n.put("in_cer", r.inCer());
    n.put("micro_cer", r.microCer());
    n.put("in_micro_cer", r.inMicroCer());
    n.put("worse", r.worse());
    n.put("changed", r.changed());
    return n;
  }
}
