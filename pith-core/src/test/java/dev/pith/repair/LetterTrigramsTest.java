package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The letter trigrams rank the true letter of a word in the first quarter of its alphabet, on sentences written for
 * this test: what a lost byte's fill relies on.
 */
class LetterTrigramsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Мы долго гуляли по старому парку и говорили о будущем наших детей|абвгдежзийклмнопрстуфхцчшщъыьэюяё|0.8",
      "Вечером на площади собрались жители города чтобы послушать музыку|абвгдежзийклмнопрстуфхцчшщъыьэюяё|0.8",
      "Το καλοκαίρι πηγαίνουμε συχνά στη θάλασσα με τους φίλους μας|αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋ|0.8",
      "Η βιβλιοθήκη της πόλης ανοίγει νωρίς το πρωί κάθε Σάββατο|αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋ|0.8",
      "ذهب الطلاب إلى المكتبة لقراءة الكتب الجديدة في المساء|ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ|0.5",
  })
  void trueLetterRanksHigh(String sentence, String alphabet, double minShare) {
    int positions = 0;
    int topQuarter = 0;
    for (String word : sentence.split(" ")) {
      String w = word.toLowerCase();
      LetterTrigrams model = LetterTrigrams.forLetter(w.charAt(0));
      assertNotNull(model, word);
      for (int i = 0; i < w.length(); i++) {
        double truth = bits(model, w, i, w.charAt(i));
        int better = 0;
        for (char c : alphabet.toCharArray()) {
          if (c != w.charAt(i) && bits(model, w, i, c) < truth) {
            better++;
          }
        }
        positions++;
        topQuarter += better < alphabet.length() / 4 ? 1 : 0;
      }
    }
    // a model that knew nothing would put the true letter in the first quarter of its alphabet one time in four
    // (Arabic counts word stems only, without the prefixes and suffixes its dictionary adds: a weaker model)
    assertTrue(topQuarter >= minShare * positions, topQuarter + " of " + positions + " letters in the first quarter");
  }

  @ParameterizedTest
  @CsvSource({"a", "é", "中", "한"})
  void noModelOutsideItsAlphabets(String letter) {
    assertNull(LetterTrigrams.forLetter(letter.codePointAt(0)));
  }

  /** Bits of {@code c} at index {@code i} of {@code w}, with two letters (or a word edge) on each side. */
  private static double bits(LetterTrigrams model, String w, int i, char c) {
    String marked = "^" + w.substring(0, i) + c + w.substring(i + 1) + "$";
    int at = i + 1;
    int from = Math.max(0, at - 2);
    int to = Math.min(marked.length(), at + 3);
    char[] window = Arrays.copyOfRange(marked.toCharArray(), from, to);
    return model.bits(window, at - from);
  }
}
