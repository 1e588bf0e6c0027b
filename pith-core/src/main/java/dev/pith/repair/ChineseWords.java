package dev.pith.repair;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import com.ibm.icu.util.CharsTrieBuilder;
import com.ibm.icu.util.StringTrieBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese words that ICU's CJK dictionary may lack ({@code 人民币}, {@code 两种}, {@code 复生}: it has their characters
 * only), from jieba's word counts ({@code words-zh.txt}, made by {@code pith-core/src/build/MakeChineseWords.java}),
 * with costs on the scale of {@link CjkDictionary}, so that a segmentation may use words of either.
 *
 * <p>Loaded once, on first use; immutable and thread-safe afterwards.
 */
final class ChineseWords {
  /*
   * ICU's cost of a word against jieba's count of it, fitted over the 48,000 words of two characters both list:
   * ICU's bits = 2.73 + 0.688 × log2(total / count). Words of three and four characters give slopes of 0.60 and 0.77.
   */
  private static final double OFFSET_BITS = 2.73;
  private static final double SLOPE = 0.688;

  private static final class Holder {
    static final ChineseWords INSTANCE = load();
  }

  private final CharSequence trie;

  private ChineseWords(CharSequence trie) {
    this.trie = trie;
  }

  static ChineseWords get() {
    return Holder.INSTANCE;
  }

  /** A cursor over the words, to walk a text one character at a time (see {@link CjkDictionary#segmentCost}). */
  CharsTrie cursor() {
    return new CharsTrie(trie, 0);
  }

  /** The cost of {@code word} on ICU's scale, or -1 when it is not listed. */
  int cost(String word) {
    CharsTrie t = cursor();
    BytesTrie.Result r = t.next(word, 0, word.length());
    return r.hasValue() ? t.getValue() : -1;
  }

  private static ChineseWords load() {
    List<String> words = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    long[] total = {0};
    CountFile.read("words-zh.txt", (word, count) -> {
      if (word.equals("total")) {
        total[0] = count; // jieba's count of all words, the rare and the one-character ones included
      } else {
        words.add(word);
        counts.add(count);
      }
    });
    if (total[0] <= 0) {
      throw new IllegalStateException("words-zh.txt has no total");
    }
    CharsTrieBuilder builder = new CharsTrieBuilder();
    for (int i = 0; i < words.size(); i++) {
      double bits = OFFSET_BITS + SLOPE * Math.log((double) total[0] / counts.get(i)) / Math.log(2);
      builder.add(words.get(i), (int) Math.round(bits / CjkDictionary.BITS_PER_COST));
    }
    return new ChineseWords(builder.buildCharSequence(StringTrieBuilder.Option.SMALL));
  }
}
