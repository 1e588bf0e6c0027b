package dev.pith.eval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.VersionInfo;
import dev.pith.eval.SharedBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python text primitives agree with Python itself on thousands of seeded random strings (every kind of
 * character: marks, numbers, separators, scripts without spaces, astral characters), and {@link PythonRandom}
 * draws the same numbers as {@code random.Random}. Python runs {@code score.py}'s own functions.
 */
class PythonSemanticsAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Python 3.11's Unicode tables are version 14; characters added later may be classed differently. */
  private static final VersionInfo PYTHON_UNICODE = VersionInfo.getInstance(14, 0);

  private static final String SCRIPT = String.join("\n",
      "import json, random, sys",
      "sys.path.insert(0, sys.argv[1])",
      "import score",
      "data = json.load(open(sys.argv[2], encoding='utf-8'))",
      "out = {'strings': [], 'random': []}",
      "for s in data['strings']:",
      "    out['strings'].append({'w': score.word_tokens(s), 'ws': score.ws_tokens(s),",
      "        'sent': score.split_sentences(s), 'lines': score.split_lines(s), 'lw': score.word_tokens(s.lower()),",
      "        'norm': [score._wsnorm(s)], 'meta': [score._meta_norm(s)], 'blank': s.strip() == ''})",
      "for seed, n, k in data['random']:",
      "    r = random.Random(seed)",
      "    out['random'].append([r.randint(0, n - 1) for _ in range(k)])",
      "json.dump(out, open(sys.argv[3], 'w', encoding='utf-8'), ensure_ascii=False)");

  private static final String[] PIECES = {
    "Mr.", "U.S.", "e.g.", "J.", "etc.", "...", "1.", "42.", "Why?", "Yes!", "“Quoted.”", "(one.)", "Then!)",
    "«Oui.»", "‘a.’", "ph.D.", "No.", "a.m.", "St.", "x.y.z.", "A.", "é.", "İ.", "ǅ.", "²", "½", "①", "Ⅻ",
    "٣", "snake_case", "a‿b", "x\u200dy", "\u200b", "\u00a0", "\u001c", "\u001f", "\u0085", "\u2028", "\u2029",
    "\u3000", "\u202f", "\u180e", "\t", "\n", "\n\n", "\r\n", "\u000b", "北京", "東京。", "한국어.", "ภาษาไทย",
    "नमस्ते", "cafe\u0301", "Ti\u1ebfng", "مرحبا.", "שלום", "👍🏽", "𝐀𝐁𝐂", "ΟΔΟΣ", "Straße", "ﬁ", "Σ.", "ς",
    "_", "__init__", "-", "—", "’", "'", "\"", "?", "!", ".", "..", "....", "?!", "!."
  };

  @TempDir Path tmp;

  @Test
  void textPrimitivesAndRandomMatchPython() throws IOException {
    String python = SharedBench.python();
    Path bench = SharedBench.bench();
    Random random = new Random(12345);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      strings.add(randomString(random));
    }
    ObjectNode input = JSON.createObjectNode();
    ArrayNode arr = input.putArray("strings");
    strings.forEach(arr::add);
    ArrayNode rnd = input.putArray("random");
    long[] seeds = {0, 1, 7, 42, 123456789, (1L << 40) + 3};
    int[] ns = {1, 2, 3, 7, 64, 65, 181, 990, 1_000_003};
    for (long seed : seeds) {
      for (int n : ns) {
        rnd.addArray().add(seed).add(n).add(300);
      }
    }
    Path in = tmp.resolve("in.json");
    Path out = tmp.resolve("out.json");
    Path script = tmp.resolve("check.py");
    JSON.writeValue(in.toFile(), input);
    Files.writeString(script, SCRIPT);
    SharedBench.run(List.of(python, script.toString(), bench.toString(), in.toString(), out.toString()), tmp);
    JsonNode result = JSON.readTree(out.toFile());

    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < strings.size(); i++) {
      String s = strings.get(i);
      JsonNode py = result.get("strings").get(i);
      check(diffs, s, "word_tokens", py.get("w"), PyText.wordTokens(s));
      check(diffs, s, "ws_tokens", py.get("ws"), PyText.wsTokens(s));
      check(diffs, s, "split_sentences", py.get("sent"), Sentences.PUNKT_APPROX.split(s));
      check(diffs, s, "split_lines", py.get("lines"), Sentences.LINES.split(s));
      check(diffs, s, "word_tokens(lower)", py.get("lw"), PyText.wordTokens(PyText.lower(s)));
      check(diffs, s, "_wsnorm", py.get("norm"), List.of(PyText.wsNormalize(s)));
      check(diffs, s, "_meta_norm", py.get("meta"), List.of(Metrics.metaNorm(s)));
      if (py.get("blank").asBoolean() != PyText.isBlank(s)) {
        diffs.add("strip()=='' of " + escape(s));
      }
    }
    int k = 0;
    for (long seed : seeds) {
      for (int n : ns) {
        PythonRandom r = new PythonRandom(seed);
        JsonNode py = result.get("random").get(k++);
        for (int j = 0; j < py.size(); j++) {
          int mine = r.randint(0, n - 1);
          if (py.get(j).asInt() != mine) {
            diffs.add("Random(" + seed + ").randint(0, " + (n - 1) + ") draw " + j + ": Python " + py.get(j)
                + ", Java " + mine);
            break;
          }
        }
      }
    }
    assertTrue(diffs.isEmpty(), diffs.size() + " differences from Python, first ones:\n"
        + String.join("\n", diffs.subList(0, Math.min(20, diffs.size()))));
    assertEquals(strings.size(), result.get("strings").size());
  }

  private static void check(List<String> diffs, String s, String what, JsonNode py, List<String> java) {
    List<String> expected = new ArrayList<>();
    py.forEach(x -> expected.add(x.asText()));
    if (!expected.equals(java)) {
      diffs.add(what + " of " + escape(s) + ": Python " + expected + ", Java " + java);
    }
  }

  private static String randomString(Random random) {
    StringBuilder b = new StringBuilder();
    int parts = random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      } else if (kind < 7) {
        int len = 1 + random.nextInt(6);
        for (int j = 0; j < len; j++) {
          b.append((char) (0x20 + random.nextInt(0x5f)));
        }
      } else {
        b.appendCodePoint(randomAssigned(random));
      }
      if (random.nextInt(3) > 0) {
        b.append(random.nextInt(8) == 0 ? "\n" : " ");
      }
    }
    return b.toString();
  }

  /** A code point assigned in Python's Unicode version, not a surrogate or private-use character. */
  private static int randomAssigned(Random random) {
    while (true) {
      int cp = random.nextInt(4) == 0 ? random.nextInt(0x30000) : random.nextInt(0x10000);
      int type = UCharacter.getType(cp);
      if (type == UCharacter.UNASSIGNED || type == UCharacter.SURROGATE || type == UCharacter.PRIVATE_USE) {
        continue;
      }
      if (UCharacter.getAge(cp).compareTo(PYTHON_UNICODE) > 0) {
        continue;
      }
      return cp;
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || Character.getType(cp) == Character.FORMAT
          || Character.isWhitespace(cp) && cp != ' ') {
        b.append(String.format("\\u%04x", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.append('"').toString();
  }
}
