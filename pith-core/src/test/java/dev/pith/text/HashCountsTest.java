package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashCountsTest {
  /**
   * Seeded random captures: few distinct hashes (lines that repeat), hashes that differ only in their high bits or
   * only in their low bits (they meet in the table), and zeros (lines without a key).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void countsAsCountingOneByOneDoes(long seed) {
    Random random = new Random(seed);
    int n = random.nextInt(2_000);
    int distinct = 1 + random.nextInt(Math.max(1, n));
    long[] pool = new long[distinct];
    for (int i = 0; i < distinct; i++) {
      pool[i] = switch (random.nextInt(4)) {
        case 0 -> random.nextLong();
        case 1 -> (long) random.nextInt(64) << 40; // equal low bits
        case 2 -> random.nextInt(64); // equal high bits
        default -> 0;
      };
    }
    long[] hashes = new long[n];
    Map<Long, Integer> expected = new HashMap<>();
    for (int i = 0; i < n; i++) {
      hashes[i] = pool[random.nextInt(distinct)];
      if (hashes[i] != 0) {
        expected.merge(hashes[i], 1, Integer::sum);
      }
    }
    HashCounts counts = new HashCounts(hashes);
    for (long h : hashes) {
      assertEquals(expected.getOrDefault(h, 0), counts.count(h), () -> "hash " + h + ", seed " + seed);
    }
    for (int i = 0; i < 100; i++) {
      long unseen = random.nextLong();
      assertEquals(expected.getOrDefault(unseen, 0), counts.count(unseen));
    }
    assertEquals(0, counts.count(0), "0 is no hash");
  }
}
