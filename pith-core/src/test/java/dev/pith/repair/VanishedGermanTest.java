package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German ß and capital umlauts dropped whole by EUC-KR, Big5 and EUC-JP in ignore mode. Sentences written for this
 * test.
 */
class VanishedGermanTest {
  private static final TextRepair REPAIR = TextRepair.create();

  @ParameterizedTest
  @ValueSource(strings = {"euc-kr", "big5", "euc-jp"})
  void commonWordsGetTheirEszettBack(String codec) {
    String sentence = "Die Gäste mußten lange warten, weil die Straße zu groß war und es draußen schon dunkel ist.";
    String broken = LostByteFillTest.broken(sentence, codec, DecodeErrors.IGNORE);
    assertNotEquals(-1, broken.indexOf("Strae"), broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // nothing was dropped: a word the list lacks must not take a ß (Küchen is no Küßchen)
      "Wir kaufen neue Küchen für die Wohnung, und die Gäste sind schon da.",
      "Der Müller und die Bäckerin haben die Küchen im Hotel gebaut, es ist ein schöner Tag."})
  void textThatLostNothingKeepsItsWords(String sentence) {
    String broken = new String(sentence.getBytes(StandardCharsets.UTF_8), Charset.forName("EUC-KR"));
    assertNotEquals(sentence, broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"euc-kr", "big5", "euc-jp"})
  void commonWordsGetTheirCapitalUmlautBack(String codec) {
    String sentence = "Die Ärzte sagen, dass es über den Winter mehr Ärger gibt, und die Kinder sind müde.";
    String broken = LostByteFillTest.broken(sentence, codec, DecodeErrors.IGNORE);
    assertNotEquals(-1, broken.indexOf("Die rzte"), broken);
    assertEquals(sentence, REPAIR.repair(broken).text());
  }

  @ParameterizedTest
  @CsvSource({
      "rzte, Ä", "rger, Ä",
      // a word German prose uses as it is; a capital already (nothing was lost before it); no form seen often enough
      "der, ''", "Arzt, ''", "rztin, ''"})
  void aCapitalGoesBeforeAWordItMakesCommon(String word, String capital) {
    char expected = capital.isEmpty() ? 0 : capital.charAt(0);
    assertEquals(expected, VanishedGerman.capitalFor(word, "ÄÖÜ", VanishedGerman.words()));
  }

  @ParameterizedTest
  @CsvSource({
      "gro, 3", "Strae, 4", "drauen, 4",
      // a word German prose uses as it is; a form with ß seen too rarely (saßen, twice); capitals (ß is written SS)
      "da, -1", "saen, -1", "STRAE, -1"})
  void theEszettGoesWhereItMakesACommonWord(String word, int at) {
    assertEquals(at, VanishedGerman.placeFor(word, VanishedGerman.words()));
  }
}
