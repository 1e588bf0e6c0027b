package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of repair over seeded random texts: correct text in any script is left as it is; text broken once
 * through a codec (without loss) comes back exactly, also after one more layer of breakage; repair is idempotent;
 * its steps replay.
 */
class RepairPropertiesTest {
  private static final TextRepair REPAIR = TextRepair.create();

  /** Sentences written for these tests, by language. */
  private static final Map<String, List<String>> SENTENCES = Map.of(
      "en", List.of("The council voted on Tuesday to keep the harbour lights on through the winter.",
          "“We didn’t expect so many people,” said the organiser — about 3,000 came.",
          "Prices rose 4.5% in March, the fastest pace since 2022.",
          "She’s been the town’s librarian for thirty years and still reads every new book.",
          "Trains will run every ten minutes between 7 a.m. and 9 p.m."),
      "fr", List.of("Le conseil a voté mardi pour garder l’éclairage du port tout l’hiver.",
          "« Nous ne pensions pas voir autant de monde », a déclaré l’organisatrice.",
          "Les prix ont augmenté de 4,5 % en mars, du jamais vu depuis deux ans."),
      "de", List.of("Der Gemeinderat hat am Dienstag beschlossen, die Hafenbeleuchtung den Winter über anzulassen.",
          "„Wir haben nicht mit so vielen Menschen gerechnet“, sagte die Veranstalterin.",
          "Die Straße bleibt bis zur Fertigstellung der Brücke für Fußgänger geöffnet."),
      "ru", List.of("Городской совет во вторник проголосовал за то, чтобы оставить огни гавани на всю зиму.",
          "«Мы не ожидали столько людей», — сказала организатор праздника.",
          "Цены выросли на 4,5 % в марте, быстрее всего с 2022 года."),
      "el", List.of("Το δημοτικό συμβούλιο ψήφισε την Τρίτη να μείνουν αναμμένα τα φώτα του λιμανιού.",
          "Οι τιμές αυξήθηκαν κατά 4,5% τον Μάρτιο."),
      "zh", List.of("市议会周二投票决定整个冬天都保持港口的灯光。", "“我们没想到会有这么多人，”组织者说。",
          "三月份物价上涨了百分之四点五，是两年来最快的。"),
      "ja", List.of("市議会は火曜日、冬の間も港の明かりをつけておくことを決めた。", "「こんなに多くの人が来るとは思わなかった」と主催者は話した。"),
      "ko", List.of("시의회는 화요일 겨울 내내 항구의 불을 켜 두기로 결정했다.", "\"이렇게 많은 사람이 올 줄은 몰랐다\"고 주최 측은 말했다."));

  /** Codecs that wrongly decoded UTF-8, each with the languages whose broken text it can decode without loss. */
  static Stream<Arguments> codecs() {
    List<String> latin = List.of("en", "fr", "de");
    List<String> any = List.of("en", "fr", "de", "ru", "el", "zh", "ja", "ko");
    return Stream.of(
        Arguments.of("windows-1252", any), Arguments.of("ISO-8859-1", any), Arguments.of("windows-1251", any),
        Arguments.of("windows-1250", latin), Arguments.of("x-MacRoman", latin), Arguments.of("IBM437", latin),
        Arguments.of("KOI8-R", latin), Arguments.of("GBK", any), Arguments.of("Big5", any),
        Arguments.of("Shift_JIS", any), Arguments.of("EUC-JP", any), Arguments.of("EUC-KR", any));
  }

  /** A text of {@code n} sentences from {@code languages}, one paragraph per line. */
  private static String text(Random random, List<String> languages, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      List<String> pool = SENTENCES.get(languages.get(random.nextInt(languages.size())));
      text.append(pool.get(random.nextInt(pool.size()))).append(random.nextInt(3) == 0 ? "\n" : " ");
    }
    return text.toString().strip();
  }

  /** UTF-8 bytes of {@code text} read with {@code codec}, or empty when the codec cannot read them all. */
  private static Optional<String> misread(String text, String codec) {
    CharsetDecoder decoder = Charset.forName(codec).newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void correctTextIsLeftAsItIs(long seed) {
    Random random = new Random(seed);
    List<String> languages = new ArrayList<>(SENTENCES.keySet());
    java.util.Collections.sort(languages);
    String text = text(random, random.nextBoolean() ? languages : List.of(languages.get(random.nextInt(8))),
        1 + random.nextInt(8));
    RepairedText repaired = REPAIR.repair(text);
    assertEquals(text, repaired.text(), repaired.explain(text));
    assertTrue(repaired.steps().isEmpty());
  }

  static IntStream seeds() {
    return IntStream.range(0, 200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void textBrokenOnceThroughACodecComesBack(String codec, List<String> languages) {
    Random random = new Random(codec.hashCode());
    int tried = 0;
    int broken = 0;
    List<String> failures = new ArrayList<>();
    while (broken < 20 && tried < 2000) {
      tried++;
      String original = text(random, languages, 2 + random.nextInt(5));
      Optional<String> misread = misread(original, codec);
      if (misread.isEmpty() || misread.get().equals(original)) {
        continue;
      }
      broken++;
      RepairedText repaired = REPAIR.repair(misread.get());
      if (!repaired.text().equals(original)) {
        failures.add(original + "\n  became " + repaired.text());
      }
      assertEquals(repaired.text(), TextRepair.replay(misread.get(), repaired.steps()), "the steps replay");
    }
    assertTrue(broken >= 5, "too few texts " + codec + " can read: " + broken + " of " + tried);
    assertTrue(failures.isEmpty(), failures.size() + " of " + broken + " not repaired:\n" + String.join("\n", failures));
  }

  @ParameterizedTest(name = "{0} then {1}")
  @ValueSource(strings = {"windows-1252", "ISO-8859-1"})
  void oneMoreLayerStillRepairs(String codec) {
    Random random = new Random(7);
    int layered = 0;
    for (int i = 0; i < 400 && layered < 20; i++) {
      String original = text(random, List.of("en", "fr", "de", "ru"), 2 + random.nextInt(4));
      Optional<String> once = misread(original, codec);
      Optional<String> twice = once.flatMap(t -> misread(t, codec));
      if (twice.isEmpty()) {
        continue;
      }
      layered++;
      assertEquals(original, REPAIR.repair(twice.get()).text(), "twice through " + codec);
    }
    assertTrue(layered >= 5, "too few texts survive two layers of " + codec + ": " + layered);
  }

  @Test
  void repairIsIdempotentOnAnyText() {
    qt().withExamples(300).withFixedSeed(20261128L)
        .forAll(strings().betweenCodePoints(0x20, 0x9FFF).ofLengthBetween(0, 200))
        .checkAssert(text -> {
          String once = REPAIR.repair(text).text();
          assertEquals(once, REPAIR.repair(once).text(), () -> "not idempotent on " + text);
        });
  }

  @Test
  void repairIsIdempotentOnMojibakeOfRandomText() {
    qt().withExamples(200).withFixedSeed(42L)
        .forAll(strings().betweenCodePoints(0x20, 0x2FFF).ofLengthBetween(1, 120))
        .checkAssert(text -> {
          String broken = new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
          String once = REPAIR.repair(broken).text();
          assertEquals(once, REPAIR.repair(once).text(), () -> "not idempotent on " + broken);
        });
  }
}
