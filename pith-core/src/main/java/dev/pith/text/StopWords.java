package dev.pith.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The most frequent function words of the languages pith meets most, for telling running text from labels: prose in
 * any language is about 30-50% function words, menus and names close to none. Small lists are enough for that
 * (jusText uses the same measure with larger lists). Immutable.
 */
final class StopWords {
  /** Language codes, in the order of the bits in {@link #MASKS}. */
  static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "sv"};

  private static final String[] LISTS = {
    // en
    "the of and to a in is it that for on was with as by be at this are from or an have not but his her they"
        + " he she we you i their has had were which will would can been its our there all one who what when"
        + " if so more about than also them into do no out up said could may these other some after only"
        + " any how most those should like such because while where between over just then very",
    // de
    "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er"
        + " hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber"
        + " vor zur bis mehr durch man sein wurde sei ich wir ihr ihre sehr diese dieser kann können",
    // fr
    "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont avec ou son"
        + " aux elle nous vous mais comme ont été cette leur ses tout y fait être sa je lui on entre aussi très"
        + " même ces dont bien sans",
    // es
    "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí"
        + " porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante"
        + " todos uno les ni contra otros ese eso ante ellos es son fue ha",
    // it
    "di e il la che in a per è un del non sono le una con si da i al dei della come anche più ma ci nel lo"
        + " ha gli delle se questo alla sul nella o ne degli dal cui loro essere stato era tra sua suo molto"
        + " questa quando già",
    // pt
    "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à"
        + " seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois"
        + " sem mesmo aos ter seus quem nas",
    // nl
    "de en van het een in is dat op te zijn met voor niet die aan er ook als door maar om dan of bij nog"
        + " naar wordt wel uit worden over hij ze werd kan deze zich tot geen meer al wat zo haar hun je ik we"
        + " heeft",
    // pl
    "i w na z do się nie to że jest o jak a po co tak za od ale przez jego dla już są czy tylko jej może"
        + " być ich przy było oraz które który która ten także jako gdy będzie lub tym ze pod",
    // cs
    "a v se na je že s z do to o i jako pro by k ve ale od jsou za jeho po tak jak které který která jen"
        + " také nebo již byl bylo být ani při než aby když tím této tento",
    // ru
    "и в не на что с по как это он а из к о же за у от для то все так его но или еще бы она был было были"
        + " также только уже при до если их мы вы они есть может так этого этот эти который которые",
    // sv
    "och i att det som en på är av för med till den har de inte om ett men var jag sig från vi så kan man"
        + " när år säger hon under också efter eller nu sin där vid mot ska skulle kommer",
  };

  /** Word → bit set of the languages whose list holds it. */
  private static final Map<String, Integer> MASKS = new HashMap<>();
  /** The same as an open-addressing table, looked up from a char buffer without allocating. */
  private static final int TABLE_SIZE = 4096;
  private static final char[][] TABLE_WORDS = new char[TABLE_SIZE][];
  private static final int[] TABLE_MASKS = new int[TABLE_SIZE];

  static {
    for (int lang = 0; lang < LISTS.length; lang++) {
      for (String w : LISTS[lang].split(" ")) {
        MASKS.merge(w, 1 << lang, (a, b) -> a | b);
      }
    }
    for (Map.Entry<String, Integer> e : MASKS.entrySet()) {
      char[] word = e.getKey().toCharArray();
      int slot = hash(word, word.length) & (TABLE_SIZE - 1);
      while (TABLE_WORDS[slot] != null) {
        slot = (slot + 1) & (TABLE_SIZE - 1);
      }
      TABLE_WORDS[slot] = word;
      TABLE_MASKS[slot] = e.getValue();
    }
  }

  private static int hash(char[] word, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = hashStep(h, word[i]);
    }
    return mix(h);
  }

  /** The final step of {@link #hash}, shared by the lookups: spreads the high bits into the table's. */
  private static int mix(int h) {
    return h ^ (h >>> 12);
  }

  /** The languages whose lists hold the lower-case word in {@code buffer[0, length)}, or 0; allocates nothing. */
  static int mask(char[] buffer, int length) {
    int slot = hash(buffer, length) & (TABLE_SIZE - 1);
    while (true) {
      char[] word = TABLE_WORDS[slot];
      if (word == null) {
        return 0;
      }
      if (word.length == length && java.util.Arrays.equals(word, 0, length, buffer, 0, length)) {
        return TABLE_MASKS[slot];
      }
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
  }

  /** One step of {@link #hash}: {@code h} for the letters so far, then {@code lower}. */
  static int hashStep(int h, char lower) {
    return 31 * h + lower;
  }

  /**
   * {@link #mask(char[], int)} of the word {@code text[start, start + length)} in any case, given
   * {@code hashStep} over its lower-case letters: looked up in place, without copying the word.
   */
  static int mask(char[] text, int start, int length, int lowerHash) {
    int slot = mix(lowerHash) & (TABLE_SIZE - 1);
    while (true) {
      char[] word = TABLE_WORDS[slot];
      if (word == null) {
        return 0;
      }
      if (word.length == length && equalsLowerCase(word, text, start)) {
        return TABLE_MASKS[slot];
      }
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
  }

  private static boolean equalsLowerCase(char[] lower, char[] text, int start) {
    for (int k = 0; k < lower.length; k++) {
      char c = text[start + k];
      char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
      if (l != lower[k]) {
        return false;
      }
    }
    return true;
  }

  /** Longest stop word, in characters: longer tokens are not looked up. */
  static final int MAX_LENGTH = 10;

  private StopWords() {}

  /** The languages (as a bit set over {@link #LANGUAGES}) whose lists hold {@code lowerCaseWord}, or 0. */
  static int mask(String lowerCaseWord) {
    Integer m = MASKS.get(lowerCaseWord);
    return m == null ? 0 : m;
  }

  /** The BCP-47 code of language {@code index}. */
  static String language(int index) {
    return LANGUAGES[index];
  }

  /**
   * Whether {@code c} is one of the particles that make up a large share of running Japanese or Chinese text
   * (の, に, は, を, が; 的, 了, 是, 在), for the CJK stand-in of the stop-word ratio.
   */
  static boolean isCjkParticle(char c) {
    switch (c) {
      case 'の': case 'に': case 'は': case 'を': case 'が': case 'で': case 'と': case 'た': case 'て': case 'も':
      case 'し': case 'な': case 'る': case 'か': case 'す':
      case '的': case '了': case '是': case '在': case '和': case '有': case '也': case '就': case '都': case '而':
      case '这': case '我': case '不': case '与': case '被':
        return true;
      default:
        return false;
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
