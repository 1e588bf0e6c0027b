package dev.pith.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word look-up must name the same first hint as trying every hint's words in order. */
class HintVocabularyTest {

  /** Hint by hint, word by word: the definition of precedence. */
  private static HintVocabulary.Hint reference(List<String> words, String joined) {
    for (HintVocabulary.Hint hint : HintVocabulary.NEGATIVE) {
      for (int i = 0; i < words.size(); i++) {
        if (hint.words().contains(words.get(i)) && (i == 0 || !HintVocabulary.NEGATIONS.contains(words.get(i - 1)))) {
          return hint;
        }
      }
      for (String stem : hint.stems()) {
        for (int at = joined.indexOf(stem); at >= 0; at = joined.indexOf(stem, at + 1)) {
          if (stem.equals("comment") && joined.startsWith("commentar", at) || HintVocabulary.negated(joined, at)) {
            continue;
          }
          return hint;
        }
      }
    }
    return null;
  }

  @Test
  void namesTheSameHintAsTryingEachHintInOrder() {
    List<String> pool = new ArrayList<>(List.of("non", "no", "not", "sans", "post", "content", "box", "x", "main",
        "commentary", "sharebar", "socialicons", "nosocial", "adsbygoogle", "mostpopular", "no-ads", "aboutauthor"));
    for (HintVocabulary.Hint hint : HintVocabulary.NEGATIVE) {
      pool.addAll(hint.words());
    }
    Random random = new Random(3);
    for (int n = 0; n < 50000; n++) {
      List<String> words = new ArrayList<>();
      for (int k = random.nextInt(6); k > 0; k--) {
        words.add(pool.get(random.nextInt(pool.size())));
      }
      String joined = String.join(random.nextBoolean() ? " " : "-", words);
      assertEquals(reference(words, joined), HintVocabulary.negative(words, joined), words.toString());
      // the words alone, with a joined string that holds no stem
      assertEquals(reference(words, ""), HintVocabulary.negative(words, ""), words.toString());
    }
  }
}
