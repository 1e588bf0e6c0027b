package dev.pith.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which code points a repair may never produce: unassigned ones, except in the blocks where emoji keep coming. */
class UnassignedTest {
  @ParameterizedTest
  @CsvSource({
      "9F342, true", // plane 9 is empty: Mac Roman "úÚ" and a neighbour read as F2 9F 8D 82
      "3FFFD, true",
      "0378, true", // unassigned in Greek
      "7383, false", // 玃: assigned, if unlikely
      "1F602, false", // 😂
      "1FAE0, false", // an emoji newer than some JDKs' tables: left to the scorer
      "0041, false"})
  void unassigned(String hex, boolean expected) {
    assertEquals(expected, SegmentAnalysis.unassigned(Integer.parseInt(hex, 16)));
  }
}
