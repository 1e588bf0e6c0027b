package dev.pith.repair;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;

/**
 * Word costs for Chinese and Japanese from ICU's own dictionary ({@code brkitr/cjdict.dict}, shipped inside icu4j and
 * used by ICU to segment CJK text). Each entry carries a cost that grows with rarity: {@code 的} 31, {@code 中} 47,
 * {@code 鈥} 94, unlisted characters count as {@value #UNKNOWN}. The costs give repair what it needs to tell real
 * Chinese or Japanese from the rare characters that UTF-8 read as GBK, Big5 or Shift_JIS turns into, and to pick the
 * likely character where a byte was lost.
 *
 * <p>Loaded once, on first use (about 2 MB); immutable and thread-safe afterwards.
 */
final class CjkDictionary {
  /** Cost ICU gives to a character its dictionary lacks (its {@code kMaxSnlp}). */
  static final int UNKNOWN = 255;
  /** ICU's costs are about ten times the natural log of the inverse frequency; this turns them into bits. */
  static final double BITS_PER_COST = 1.0 / (10 * Math.log(2));

  private static final class Holder {
    static final CjkDictionary INSTANCE = load();
  }

  private final CharSequence trie;
  /** Single-character costs for U+3000..U+9FFF, cached: 0 means not looked up yet is avoided by eager fill. */
  private final short[] single = new short[0x9FFF - 0x3000 + 1];

  private CjkDictionary(CharSequence trie) {
    this.trie = trie;
    CharsTrie t = new CharsTrie(trie, 0);
    for (int c = 0x3000; c <= 0x9FFF; c++) {
      t.reset();
      BytesTrie.Result r = t.next(c);
      single[c - 0x3000] = (short) (r.hasValue() ? t.getValue() : UNKNOWN);
    }
  }

  static CjkDictionary get() {
    return Holder.INSTANCE;
  }

  /** ICU's cost of {@code c} as a one-character word, or {@link #UNKNOWN}. */
  int cost(int c) {
    if (c < 0x3000 || c > 0x9FFF) {
      return UNKNOWN;
    }
    return single[c - 0x3000];
  }

  /**
   * The cheapest segmentation of {@code text[from, to)} into dictionary words (unknown characters alone at
   * {@link #UNKNOWN}), as ICU's CJK break engine computes it, with the words of {@code more} as well when not null;
   * in ICU cost units.
   */
  int segmentCost(CharSequence text, int from, int to, @org.jspecify.annotations.Nullable ChineseWords more) {
    int n = to - from;
    int[] best = new int[n + 1];
    java.util.Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    CharsTrie t = new CharsTrie(trie, 0);
    CharsTrie m = more == null ? null : more.cursor();
    for (int i = 0; i < n; i++) {
      if (best[i] == Integer.MAX_VALUE) {
        continue;
      }
      int single = cost(text.charAt(from + i));
      if (best[i] + single < best[i + 1]) {
        best[i + 1] = best[i] + single;
      }
      words(t, text, from, i, n, best);
      if (m != null) {
        words(m, text, from, i, n, best);
      }
    }
    return best[n];
  }

  /** Lowers {@code best[j + 1]} for each word of {@code t} that spans {@code text[from + i, from + j]}. */
  private static void words(CharsTrie t, CharSequence text, int from, int i, int n, int[] best) {
    t.reset();
    for (int j = i; j < n && j - i < 20; j++) {
      BytesTrie.Result r = t.next(text.charAt(from + j));
      if (!r.matches()) {
        break;
      }
      if (r.hasValue() && j > i) {
        int c = best[i] + t.getValue();
        if (c < best[j + 1]) {
          best[j + 1] = c;
        }
      }
      if (!r.hasNext()) {
        break;
      }
    }
  }

  private static CjkDictionary load() {
    String path = "/com/ibm/icu/impl/data/icudata/brkitr/cjdict.dict";
    try (InputStream in = VersionInfo.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("ICU's CJK dictionary is missing from icu4j (" + path + ")");
      }
      byte[] all = in.readAllBytes();
      ByteBuffer bb = ByteBuffer.wrap(all);
      // ICU data header: uint16 header size, magic DA 27, then UDataInfo with the byte order at offset 8.
      int headerSize = bb.getShort(0) & 0xFFFF;
      if ((all[2] & 0xFF) != 0xDA || (all[3] & 0xFF) != 0x27) {
        throw new IllegalStateException("not ICU data: " + path);
      }
      bb.order(all[8] == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
      int trieOffset = bb.getInt(headerSize);
      int trieEnd = bb.getInt(headerSize + 4);
      int trieType = bb.getInt(headerSize + 16) & 7;
      if (trieType != 1) {
        throw new IllegalStateException("unexpected trie type " + trieType + " in " + path);
      }
      ByteBuffer slice = ByteBuffer.wrap(all, headerSize + trieOffset, trieEnd - trieOffset).slice().order(bb.order());
      CharBuffer chars = slice.asCharBuffer();
      return new CjkDictionary(chars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
