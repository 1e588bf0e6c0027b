package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.Extractor;
import dev.pith.eval.gold.Dataset;
import dev.pith.eval.gold.GoldRecord;
import dev.pith.eval.gold.Predictions;
import dev.pith.eval.score.ScoreJson;
import dev.pith.eval.score.ScoreOptions;
import dev.pith.eval.score.Scorer;
import dev.pith.eval.score.Sentences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorers give the same figures as {@code shared/bench/score.py} on the same predictions: every summary
 * figure (bootstrap standard deviations included) and every per-page row, on real benchmark pages with pith's own
 * predictions, on variants of the gold text, and on synthetic edge cases. The tolerance is far tighter than the
 * 0.001 the project requires, because the implementations are meant to be the same computation.
 */
class ScorePyAgreementTest {
  private static final double TOLERANCE = 1e-9;
  private static final int BOOTSTRAP = 200;
  private static final long SEED = 7;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path bench;
  private static String python;

  @TempDir Path tmp;

  @BeforeAll
  static void findData() {
    bench = SharedBench.bench();
    python = SharedBench.python();
  }

  /** pith's predictions on about six pages of each dataset (every k-th id). */
  @Test
  void realPagesWithPithPredictions() throws IOException {
    Extractor extractor = Extractor.create();
    for (String name : SharedBench.DATASETS) {
      Dataset full = SharedBench.dataset(name);
      Dataset subset = full.everyKth(Math.max(1, full.records().size() / 6));
      Path dir = tmp.resolve("real").resolve(name);
      Path gold = writeGold(dir, rawLines(full, subset.ids()));
      Path pred = dir.resolve("pred");
      new ExtractionRunner(extractor, 2).run(subset, null, pred, (d, t, b) -> {});
      String by = name.startsWith("wcxb") ? "page_type" : null;
      assertAgree(gold, pred, by, "text", Sentences.PUNKT_APPROX);
      if (name.equals("readability-mozilla")) {
        assertAgree(gold, pred, null, "text_wceb", Sentences.PUNKT_APPROX);
        assertAgree(gold, pred, null, "text", Sentences.LINES);
      }
    }
  }

  /** Variants of the gold text as predictions: cut, shuffled, padded with boilerplate, re-cased, flattened. */
  @Test
  void goldTextVariants() throws IOException {
    List<String> lines = new ArrayList<>();
    Map<String, String> preds = new LinkedHashMap<>();
    Random random = new Random(20240607);
    for (String name : List.of("scrapinghub-aeb", "readability-mozilla", "wcxb-dev")) {
      Dataset full = SharedBench.dataset(name);
      Dataset subset = full.everyKth(Math.max(1, full.records().size() / 4));
      Map<String, String> raw = rawLines(full, subset.ids());
      for (GoldRecord r : subset.records()) {
        String gold = r.text("text");
        Map<String, String> variants = variants(gold, random);
        for (Map.Entry<String, String> v : variants.entrySet()) {
          String id = name + "_" + r.id() + "_" + v.getKey();
          ObjectNode node = (ObjectNode) JSON.readTree(raw.get(r.id()));
          node.put("id", id);
          lines.add(JSON.writeValueAsString(node));
          preds.put(id, v.getValue());
        }
      }
    }
    Path dir = tmp.resolve("variants");
    Path gold = writeGoldLines(dir, lines);
    Path pred = writePreds(dir.resolve("pred"), preds, Map.of());
    assertAgree(gold, pred, "page_type", "text", Sentences.PUNKT_APPROX);
  }

  static Map<String, String> variants(String gold, Random random) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("same", gold);
    v.put("empty", "");
    v.put("firsthalf", gold.substring(0, gold.length() / 2));
    v.put("lasthalf", gold.substring(gold.length() / 2));
    List<String> paragraphs = new ArrayList<>(List.of(gold.split("\n\n")));
    Collections.shuffle(paragraphs, random);
    v.put("shuffled", String.join("\n\n", paragraphs));
    v.put("boilerplate", "Home | News | Sport\n\nSubscribe to our newsletter! Cookies. Mr. Smith, U.S. edition.\n\n"
        + gold + "\n\nShare this: Facebook Twitter\n\nRelated: ten things... you won't believe.");
    v.put("lower", gold.toLowerCase(java.util.Locale.ROOT));
    v.put("oneline", gold.replace("\n", " "));
    StringBuilder dropped = new StringBuilder();
    for (String word : gold.split(" ")) {
      if (random.nextInt(5) != 0) {
        dropped.append(word).append(random.nextInt(7) == 0 ? "\n" : " ");
      }
    }
    v.put("dropped", dropped.toString());
    v.put("doubled", gold + "\n\n" + gold);
    return v;
  }

  /** Hand-made pages for the edge cases: empty sides, scripts without spaces, marks, odd whitespace, metadata. */
  @Test
  void syntheticEdgeCases() throws IOException {
    List<ObjectNode> gold = new ArrayList<>();
    Map<String, String> preds = new LinkedHashMap<>();
    Map<String, Map<String, Object>> metas = new LinkedHashMap<>();
    addCase(gold, preds, "empty-both", "", "", "a");
    addCase(gold, preds, "empty-gold", "", "Some predicted text.", "a");
    addCase(gold, preds, "blank-gold", " \n\t ", "   ", "a");
    addCase(gold, preds, "empty-pred", "The gold has text. Two sentences.", "", "a");
    addCase(gold, preds, "short-gold", "One two", "One two three", "b");
    addCase(gold, preds, "cjk", "北京是中华人民共和国的首都。它有三千多年的历史。\n\n東京は日本の首都です。",
        "北京是中华人民共和国的首都。它有三千多年的历史。广告：点击这里！", "b");
    addCase(gold, preds, "hangul-thai", "한국어 문장입니다. 두 번째 문장. ภาษาไทยไม่มีช่องว่าง",
        "한국어 문장입니다. ภาษาไทยไม่มีช่องว่าง", "b");
    addCase(gold, preds, "punctuation", "... !!! ??? --- ,,, ;;; (((  )))", "... !!! ---", "b");
    addCase(gold, preds, "combining", "नमस्ते दुनिया हिन्दी. Tiếng Việt có dấu. cafe\u0301 re\u0301sume\u0301",
        "नमस्ते दुनिया. Tie\u0302\u0301ng Việt có dấu. café résumé", "c");
    addCase(gold, preds, "numbers", "x² + y² = z². ½ cup, ① first, Ⅻ twelve, ٣ arabic, 3.14 pi, snake_case_name",
        "x2 + y² = z². ½ cup ① first Ⅻ twelve ٣ 3 14 pi snake_case_name", "c");
    addCase(gold, preds, "spaces", "a\u00a0b\u2003c\u3000d\u001ce\u001ff\u0085g\u2028h\u2029i\u200bj\u202fk",
        "a b c d e f g h i\u200bj k", "c");
    addCase(gold, preds, "abbreviations", "Mr. Smith met Dr. J. Doe in the U.S. on Jan. 5. They talked... "
        + "and left. 3. item follows. “Quoted.” Next (one.) Then!) Why? Because.", "Mr. Smith met Dr. J. Doe "
        + "in the U.S. on Jan. 5. They talked... And left. 3. Item follows. Why? Because.", "d");
    addCase(gold, preds, "emoji-rtl", "Great 👍🏽 news 🎉! مرحبا بالعالم. שלום עולם.", "Great news! مرحبا بالعالم.",
        "d");
    addCase(gold, preds, "repeats", "the the the the the cat sat on the mat the the", "the cat the the the mat",
        "d");
    addCase(gold, preds, "final-sigma", "ΟΔΟΣ ΣΟΦΟΣ. Straße STRASSE. İstanbul ıI", "οδος σοφος. strasse Straße. "
        + "i̇stanbul Iı", "e");
    // snippets: whitespace-normalised, case-sensitive substring; rates case-insensitive
    ObjectNode snip = JSON.createObjectNode();
    snip.put("id", "snippets");
    snip.putNull("text");
    snip.putArray("with").add("main  text").add("Missing bit").add("über\u00a0alles");
    snip.putArray("without").add("Cookie banner").add("Imprint");
    snip.put("g", "e");
    gold.add(snip);
    preds.put("snippets", "Some main\ntext here. cookie banner über alles");
    ObjectNode snip2 = JSON.createObjectNode();
    snip2.put("id", "snippets-none");
    snip2.putNull("text");
    snip2.putArray("with");
    snip2.putArray("without").add("x");
    gold.add(snip2);
    // metadata: folding, lists, dates
    ObjectNode meta = JSON.createObjectNode();
    meta.put("id", "meta");
    meta.put("text", "Body.");
    meta.put("title", "The  Title of STRASSE");
    meta.putArray("author").add("Ann Smith").add("Bob Jones");
    meta.put("date", "2019-10-16");
    gold.add(meta);
    preds.put("meta", "Body.");
    metas.put("meta", Map.of("title", "the title of straße", "author", "ann smith; bob jones",
        "date", "2019-10-16T08:00:00+02:00"));
    ObjectNode meta2 = JSON.createObjectNode();
    meta2.put("id", "meta2");
    meta2.put("text", "Body two.");
    meta2.put("title", "Big red dog");
    meta2.put("author", "Somebody");
    meta2.put("date", "2020-1-3");
    gold.add(meta2);
    preds.put("meta2", "Body two.");
    metas.put("meta2", Map.of("title", "Big dog", "date", "published 2020-01-03"));
    ObjectNode meta3 = JSON.createObjectNode();
    meta3.put("id", "meta3");
    meta3.put("text", "Body three.");
    meta3.put("title", "");
    meta3.put("date", "2021-05-05");
    gold.add(meta3);
    // meta3 has no prediction at all: scored as an empty text and missing metadata

    Path dir = tmp.resolve("synthetic");
    List<String> lines = new ArrayList<>();
    for (ObjectNode n : gold) {
      lines.add(JSON.writeValueAsString(n));
    }
    Path goldFile = writeGoldLines(dir, lines);
    Path pred = writePreds(dir.resolve("pred"), preds, metas);
    assertAgree(goldFile, pred, "g", "text", Sentences.PUNKT_APPROX);
    assertAgree(goldFile, pred, null, "text", Sentences.LINES);
  }

  private static void addCase(List<ObjectNode> gold, Map<String, String> preds, String id, String goldText,
      String pred, String group) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id);
    n.put("text", goldText);
    n.put("g", group);
    gold.add(n);
    preds.put(id, pred);
  }

  // ------------------------------------------------------------------------------------------------

  private void assertAgree(Path gold, Path pred, @Nullable String by, String textField, Sentences sentences)
      throws IOException {
    Path out = Files.createTempDirectory(tmp, "score");
    List<String> cmd = new ArrayList<>(List.of(python, bench.resolve("score.py").toString(),
        "--gold", gold.toString(), "--pred", pred.toString(), "--json", out.resolve("py.json").toString(),
        "--per-page", out.resolve("py.jsonl").toString(), "--jobs", "1", "--bootstrap", "" + BOOTSTRAP,
        "--seed", "" + SEED, "--text-field", textField, "--sentences", sentences.pyName()));
    if (by != null) {
      cmd.addAll(List.of("--by", by));
    }
    SharedBench.run(cmd, out);
    JsonNode py = JSON.readTree(out.resolve("py.json").toFile());

    Dataset dataset = Dataset.open(gold);
    ScoreOptions options = ScoreOptions.defaults().withBootstrap(BOOTSTRAP).withSeed(SEED)
        .withTextField(textField).withSentences(sentences);
    Scorer.Report report = Scorer.score(dataset.records(), Predictions.read(pred, dataset.ids()), options, by);

    String where = gold + " (text field " + textField + ", sentences " + sentences.pyName() + ")";
    List<String> diffs = new ArrayList<>(JsonCompare.differences(py.get("overall"),
        ScoreJson.summary(report.overall()), TOLERANCE));
    if (by != null) {
      ObjectNode groups = JSON.createObjectNode();
      report.groups().forEach((k, v) -> groups.set(k, ScoreJson.summary(v)));
      diffs.addAll(JsonCompare.differences(py.get("by").get("groups"), groups, TOLERANCE));
    }
    List<String> pyPages = Files.readAllLines(out.resolve("py.jsonl"), StandardCharsets.UTF_8);
    assertEquals(report.pages().size(), pyPages.size(), "pages in " + where);
    for (int i = 0; i < pyPages.size(); i++) {
      String id = report.pages().get(i).id();
      diffs.addAll(JsonCompare.differences(JSON.readTree(pyPages.get(i)), ScoreJson.page(report.pages().get(i)),
          TOLERANCE).stream().map(d -> "page " + id + " " + d).collect(Collectors.toList()));
    }
    assertTrue(diffs.isEmpty(), "Java and score.py differ on " + where + ":\n" + String.join("\n", diffs));
    // the comparison covered the metrics it should have
    assertFalse(py.get("overall").size() <= 1, "score.py computed no metric on " + where);
  }

  private static Map<String, String> rawLines(Dataset dataset, List<String> ids) throws IOException {
    Set<String> wanted = Set.copyOf(ids);
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dataset.gold(), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String id = JSON.readTree(line).get("id").asText();
      if (wanted.contains(id)) {
        out.put(id, line);
      }
    }
    assertEquals(ids.size(), out.size(), "gold lines found in " + dataset.gold());
    return out;
  }

  private static Path writeGold(Path dir, Map<String, String> lines) throws IOException {
    return writeGoldLines(dir, new ArrayList<>(lines.values()));
  }

  private static Path writeGoldLines(Path dir, List<String> lines) throws IOException {
    Files.createDirectories(dir);
    Path gold = dir.resolve("gold.jsonl");
    Files.write(gold, lines, StandardCharsets.UTF_8);
    return gold;
  }

  private static Path writePreds(Path dir, Map<String, String> texts, Map<String, Map<String, Object>> metas)
      throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Files.writeString(dir.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, Map<String, Object>> e : metas.entrySet()) {
      Files.writeString(dir.resolve(e.getKey() + ".json"), JSON.writeValueAsString(e.getValue()),
          StandardCharsets.UTF_8);
    }
    return dir;
  }
}
