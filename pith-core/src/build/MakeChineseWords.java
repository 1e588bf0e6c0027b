// Generates pith-core/src/main/resources/dev/pith/repair/words-zh.txt: Chinese words of two or more characters with
// their counts in jieba's dictionary, for choosing the character a lost byte stood for where ICU's own CJK dictionary
// lacks the word (it has 人民 and 币 but not 人民币). jieba's counts come from Simplified Chinese text; each word is also
// listed in Traditional characters (ICU's Simplified-Traditional transliterator), with the same count.
// Source: dict.txt of jieba-analysis 1.0.2 (com.huaban, Apache License 2.0; its dictionary is that of the jieba
// project, MIT licence). Only words and counts are kept.
//   mvn dependency:get -Dartifact=com.huaban:jieba-analysis:1.0.2
//   unzip -p ~/.m2/repository/com/huaban/jieba-analysis/1.0.2/jieba-analysis-1.0.2.jar dict.txt > dict.txt
//   java -cp ~/.m2/repository/com/ibm/icu/icu4j/VERSION/icu4j-VERSION.jar MakeChineseWords.java dict.txt OUT_DIR
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

public class MakeChineseWords {
  /** Rarer words are left out: they halve the file and move few choices. */
  static final long MIN_COUNT = 10;

  public static void main(String[] args) throws IOException {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    Map<String, Long> counts = new LinkedHashMap<>();
    long total = 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String[] fields = line.split(" ");
      long count = Long.parseLong(fields[1]);
      total += count;
      String word = fields[0];
      if (count < MIN_COUNT || word.codePointCount(0, word.length()) < 2
          || !word.codePoints().allMatch(MakeChineseWords::isHan)) {
        continue;
      }
      counts.merge(word, count, Long::sum);
      String traditional = toTraditional.transliterate(word);
      if (!traditional.equals(word)) {
        counts.merge(traditional, count, Long::sum);
      }
    }
    Path file = Path.of(args[1], "words-zh.txt");
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("# Chinese words of jieba's dictionary (jieba-analysis 1.0.2, Apache 2.0; jieba, MIT) counted "
          + MIN_COUNT + " times or more, in Simplified and Traditional characters; made by "
          + "pith-core/src/build/MakeChineseWords.java");
      out.println("total\t" + total);
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> out.println(e.getKey() + "\t" + e.getValue()));
    }
    System.out.println(counts.size() + " words, total count " + total);
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
