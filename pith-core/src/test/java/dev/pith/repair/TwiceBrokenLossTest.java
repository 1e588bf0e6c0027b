package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text broken twice, where the second decoder lost bytes: UTF-8 read as Latin-1, written out as UTF-8 and read again
 * as windows-1252 with replacement. Sentences written for this test.
 */
class TwiceBrokenLossTest {
  private static final TextRepair REPAIR = TextRepair.create();

  /** {@code text} broken twice: read as Latin-1 (no loss), then its UTF-8 read as windows-1252, losing bytes. */
  private static String brokenTwice(String text) {
    return brokenTwice(text, DecodeErrors.REPLACE);
  }

  /** The same, the lost bytes replaced or dropped as {@code errors} says. */
  private static String brokenTwice(String text, DecodeErrors errors) {
    String middle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    byte[] bytes = middle.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    assertTrue(Codecs.byName("windows-1252").decode(bytes, 0, bytes.length, errors, out));
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // ρ (CF 81), Ρ and ύ (CF 8D) lose their second byte's second byte
      "Η Ρόδος είναι ένα νησί με πολλές παραλίες και ωραίο καιρό.",
      "Ο δρόμος προς το χωριό περνά μέσα από το δάσος.",
      // с (D1 81), я (D1 8F), Н (D0 9D), А (D0 90)
      "Наша семья всегда проводит лето на даче у реки.",
      "Сегодня мы прочитали статью о новом мосте через реку.",
      // я and с are both words of one letter: the verb after it tells (NextWordEndings)
      "Сегодня я прочитал статью о новом мосте через реку.",
      // ف (D9 81) and the short vowels are the lost bytes of Arabic
      "في الصيف نسافر إلى البحر مع الأطفال.",
      // 이 (EC 9D B4): the middle byte of three
      "이 책은 정말 재미있어서 하루 만에 다 읽었어요.",
      // ” (E2 80 9D) and – (E2 80 93, not lost): the quote comes back from the quotes around it
      "She called it “the best summer of my life” – and meant it."})
  void comesBackExactly(String sentence) {
    String broken = brokenTwice(sentence);
    assertTrue(broken.indexOf('\uFFFD') >= 0, "the sentence loses bytes: " + broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  /** The same sentences with the lost bytes dropped: a Latin-1 lead byte now stands before no continuation. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Наша семья всегда проводит лето на даче у реки.",
      "Сегодня мы прочитали статью о новом мосте через реку.",
      "이 책은 정말 재미있어서 하루 만에 다 읽었어요.",
      "She called it “the best summer of my life” – and meant it."})
  void comesBackExactlyWhenDropped(String sentence) {
    String broken = brokenTwice(sentence, DecodeErrors.IGNORE);
    assertTrue(broken.length() < brokenTwice(sentence).length(), "the sentence loses bytes: " + broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  private static final Fills.DocumentStyle STYLE = new Fills.DocumentStyle(0, 0, 0, 0, false);

  /** The five characters {@code C3} and a byte windows-1252 does not map can have been in the middle layer. */
  private static final int[] LEADS = {0xC1, 0xCD, 0xCF, 0xD0, 0xDD};

  @Test
  void aLeadByteIsChosenByTheCharacterItMakesWithTheNextByte() {
    // "Τον " then the lead of ρ, then its second byte 0x81 (a C1 control in the middle layer), then "ωτάει" there
    String left = new String("Τον ".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    String right = "\u0081" + new String("ωτάει".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    Fills.Choice choice = NextLayer.choose(LEADS, left, right.codePoints().toArray(), STYLE);
    assertEquals(0xCF, choice.cp(), choice.rule());
    assertTrue(choice.rule().contains("ρ"), choice.rule());
  }

  @Test
  void withoutNeighbouringBytesTheSlotIsNoLayersByte() {
    // single-layer text (M?NIMO: Í lost its second byte): no byte beside the slot continues a UTF-8 character
    assertNull(NextLayer.choose(LEADS, "EL M", "NIMO".codePoints().toArray(), STYLE));
    // candidates that are not all bytes of a next layer
    assertNull(NextLayer.choose(new int[] {0x2019, 0x201D}, "Ã", "\u0081".codePoints().toArray(), STYLE));
  }

  @Test
  void windows1252CharactersReadAsTheirBytes() {
    assertEquals(0x80, NextLayer.innerByte('€'));
    assertEquals(0x92, NextLayer.innerByte('’'));
    assertEquals(0x81, NextLayer.innerByte(0x81));
    assertEquals(0xCF, NextLayer.innerByte('Ï'));
    assertEquals(-1, NextLayer.innerByte('ρ'));
  }
}
