package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Repair is idempotent and replayable, on generated text: sentences in several scripts, wrongly decoded zero to two
 * times with the charsets that make mojibake in the wild, with replacement characters and raw noise mixed in.
 * Repairing the result again changes nothing, and replaying the recorded steps on the input gives the result.
 */
class RepairIdempotenceTest {
  private static final TextRepair REPAIR = TextRepair.create();

  private static final List<String> SENTENCES = List.of(
      "The café’s “new” menu — finally — arrived.", "Ärger über die Straßenbahn in Zürich.",
      "Le garçon a répondu : « déjà fait ».", "Это был долгий и трудный день.", "今天的天气非常好，我们去公园散步。",
      "東京の天気は晴れです。", "오늘은 날씨가 좋습니다.", "Η Αθήνα είναι η πρωτεύουσα.", "Plain ASCII text only.",
      "Emoji 😀 and symbols ™ © € …", "日本語とEnglishの混在テキスト。", "Ñandú, pingüino, acción.");
  private static final Charset[] WRONG = {
    Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1, Charset.forName("GBK"), Charset.forName("Shift_JIS"),
    Charset.forName("windows-1251"), Charset.forName("EUC-KR"), Charset.forName("Big5")
  };

  private static Gen<String> texts() {
    Gen<String> clean = lists().of(arbitrary().pick(SENTENCES)).ofSizeBetween(1, 8).map(l -> String.join("\n", l));
    return clean.zip(integers().between(0, 2), integers().between(0, WRONG.length * WRONG.length - 1),
        strings().allPossible().ofLengthBetween(0, 6), (text, layers, codecs, noise) -> {
          String t = text;
          for (int i = 0; i < layers; i++) {
            Charset wrong = WRONG[i == 0 ? codecs % WRONG.length : codecs / WRONG.length];
            t = new String(t.getBytes(StandardCharsets.UTF_8), wrong);
          }
          return t + (noise.isEmpty() ? "" : "\n" + noise);
        });
  }

  @Test
  void repairingTwiceChangesNothingMore() {
    qt().withExamples(150).withFixedSeed(11L).forAll(texts()).checkAssert(text -> {
      RepairedText once = REPAIR.repair(text);
      assertEquals(once.text(), REPAIR.repair(once.text()).text(), () -> "not idempotent on " + text);
    });
  }

  @Test
  void theStepsReplayToTheRepairedText() {
    qt().withExamples(150).withFixedSeed(12L).forAll(texts()).checkAssert(text -> {
      RepairedText once = REPAIR.repair(text);
      assertEquals(once.text(), TextRepair.replay(text, once.steps()), () -> "steps do not replay on " + text);
    });
  }
}
