package dev.pith.eval.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each metric on small cases worked out by hand (the same ones {@code test_score.py} checks). */
class MetricsTest {
  private static final double EPS = 1e-12;

  private static void assertAeb(String gold, String pred, int n, double tp, double fp, double fn) {
    AebPage p = Metrics.aeb(gold, pred, n);
    assertEquals(tp, p.tp(), EPS, "tp");
    assertEquals(fp, p.fp(), EPS, "fp");
    assertEquals(fn, p.fn(), EPS, "fn");
  }

  @Test
  void shingleCountsAreNormalised() {
    assertAeb("a b c", "a b c", 3, 1, 0, 0);
    assertAeb("a b c d", "a b c", 3, 0.5, 0, 0.5);
    assertAeb("a b c", "a b c d", 3, 0.5, 0.5, 0);
    assertAeb("", "", 3, 0, 0, 0);
    assertAeb("a", "", 3, 0, 0, 1);
    assertAeb("", "a", 3, 0, 1, 0);
    assertAeb("a b c a b c", "a b c", 3, 0.25, 0, 0.75);
    assertAeb("x y", "x y", 4, 1, 0, 0); // fewer tokens than the width: one shingle
  }

  @Test
  void accuracyIsExactTokenMatchWithCaseKept() {
    assertTrue(Metrics.aeb("Hello, world!", "Hello world").exact());
    assertEquals(false, Metrics.aeb("Hello world", "hello world").exact());
  }

  @Test
  void aebPagePrecisionIsUndefinedWithoutPrediction() {
    AebPage p = Metrics.aeb("some gold text here", "");
    assertNull(p.precision());
    assertEquals(0.0, p.recall(), EPS);
    AebPage both = Metrics.aeb("", "");
    assertNull(both.precision());
    assertNull(both.recall());
  }

  @Test
  void aebAggregateSkipsUndefinedPages() {
    List<AebPage> rows = List.of(new AebPage(1, 0, 0, true), new AebPage(0, 0, 0, false),
        new AebPage(0, 1, 0, false));
    double[] m = Scorer.aebAggregate(rows);
    assertEquals(0.5, m[1], EPS); // precision over pages 1 and 3
    assertEquals(1.0, m[2], EPS); // recall over page 1 only
    assertEquals(2 * 0.5 / 1.5, m[0], EPS);
  }

  @Test
  void rougeIdenticalAndEmptyCases() {
    assertEquals(new Prf(1, 1, 1), Metrics.rougeLsum("One two. Three four.", "One two. Three four.",
        Sentences.PUNKT_APPROX));
    assertEquals(new Prf(1, 1, 1), Metrics.rougeLsum("", "", Sentences.PUNKT_APPROX));
    assertEquals(new Prf(0, 1, 0), Metrics.rougeLsum(" ", "some text", Sentences.PUNKT_APPROX));
    assertEquals(new Prf(0, 0, 0), Metrics.rougeLsum("some text", "", Sentences.PUNKT_APPROX));
  }

  @Test
  void rougeRewardsReorderedSentencesButLevenshteinDoesNot() {
    String gold = "Alpha beta gamma. Delta epsilon zeta.";
    String pred = "Delta epsilon zeta. Alpha beta gamma.";
    assertEquals(new Prf(1, 1, 1), Metrics.rougeLsum(gold, pred, Sentences.PUNKT_APPROX));
    assertTrue(Metrics.levenshteinRatio(gold, pred) < 1.0);
  }

  @Test
  void rougeCountsEachTokenOnlyAsOftenAsBothSidesHaveIt() {
    // gold "a a a", prediction "a": the union LCS covers one gold position, so one hit
    Prf prf = Metrics.rougeLsum("a a a", "a", Sentences.PUNKT_APPROX);
    assertEquals(1.0, prf.precision(), EPS);
    assertEquals(1.0 / 3, prf.recall(), EPS);
  }

  @Test
  void sentenceSplitter() {
    assertEquals(2, Sentences.PUNKT_APPROX.split("Mr. Smith went home. He slept.").size());
    assertEquals(3, Sentences.PUNKT_APPROX.split("U.S. troops left. Why? Because.").size());
    assertEquals(2, Sentences.PUNKT_APPROX.split("A headline\nFirst sentence. Second.").size());
    assertEquals(List.of("He said \"Go.\"", "Then left."),
        Sentences.PUNKT_APPROX.split("He said \"Go.\" Then left."));
    assertEquals(1, Sentences.PUNKT_APPROX.split("It was 3. then more").size());
    assertEquals(List.of("a", "b"), Sentences.LINES.split("a\n\nb\n"));
    assertEquals(List.of(), Sentences.PUNKT_APPROX.split(""));
  }

  @Test
  void levenshteinRatio() {
    assertEquals(0.8, Metrics.levenshteinRatio("a b c", "a c"), EPS);
    assertEquals(1.0, Metrics.levenshteinRatio("", ""), EPS);
    assertEquals(0.0, Metrics.levenshteinRatio("a", ""), EPS);
  }

  @Test
  void wordsAreLowerCasedBags() {
    assertEquals(new Prf(1, 1, 1), Metrics.words("The cat", "the CAT"));
    assertEquals(new Prf(1, 1, 1), Metrics.words("", ""));
    assertEquals(new Prf(0, 0, 0), Metrics.words("", "x"));
    assertEquals(new Prf(0, 0, 0), Metrics.words("x", ""));
    Prf p = Metrics.words("a b c d", "a b x");
    assertEquals(2.0 / 3, p.precision(), EPS);
    assertEquals(0.5, p.recall(), EPS);
  }

  @Test
  void snippetsAreCaseSensitiveAndWhitespaceNormalised() {
    SnippetCounts c = Metrics.snippets(List.of("main  text", "Missing bit"), List.of("Cookie banner", "Imprint"),
        "Some main\ntext here. cookie banner");
    assertEquals(List.of(1, 1, 0, 2), List.of(c.tp(), c.fn(), c.fp(), c.tn()));
    assertEquals(0.5, c.withoutRate(), EPS); // WCXB's rate is case-insensitive
    double[] m = Scorer.snippetAggregate(List.of(c));
    assertEquals(1.0, m[0], EPS);
    assertEquals(0.5, m[1], EPS);
    assertEquals(0.75, m[2], EPS);
    assertNull(Metrics.snippets(List.of(), List.of("x"), "y").withRate());
  }

  @Test
  void metadataFolding() {
    assertEquals(new MetaMatch(1, 1), Metrics.meta("title", "The  Title", "the title"));
    assertEquals(1.0, Metrics.meta("author", List.of("A B", "C D"), "a b; c d").exact());
    assertEquals(new MetaMatch(1, 1), Metrics.meta("date", "2019-10-16", "2019-10-16T08:00:00+02:00"));
    assertEquals(new MetaMatch(0, 0), Metrics.meta("date", "2019-10-16", "2019-10-17"));
    assertEquals(new MetaMatch(1, 1), Metrics.meta("date", "2020-1-3", "2020-01-03"));
    assertEquals(new MetaMatch(0, 0), Metrics.meta("date", "2020-01-03", null));
    MetaMatch m = Metrics.meta("title", "Big red dog", "Big dog");
    assertEquals(0.0, m.exact());
    assertEquals(0.8, m.wordF1(), EPS);
    assertEquals(1.0, Metrics.meta("title", "STRASSE", "straße").exact()); // full case folding
  }

  @Test
  void metricListParsing() {
    assertEquals(java.util.EnumSet.of(Metric.AEB, Metric.WORDS), Metric.parseList("aeb, words,"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metric.parseList("aeb,f1"));
    assertTrue(e.getMessage().contains("'f1'"), e.getMessage());
  }

  // ---- LCS: bit-parallel rows against the textbook table, on seeded random input ----------------

  private static int[][] table(int[] a, int[] b) {
    int[][] t = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t;
  }

  private static int[] backtrack(int[][] t, int[] ref, int[] can) {
    List<Integer> out = new ArrayList<>();
    int i = ref.length;
    int j = can.length;
    while (i > 0 && j > 0) {
      if (ref[i - 1] == can[j - 1]) {
        out.add(0, i - 1);
        i--;
        j--;
      } else if (t[i][j - 1] > t[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void bitParallelLcsMatchesTheTableAndItsBacktrack() {
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      // lengths across word boundaries (63, 64, 65, 128...) matter for the carried addition
      int la = random.nextInt(round % 10 == 0 ? 200 : 15);
      int lb = random.nextInt(round % 10 == 0 ? 200 : 15);
      int alphabet = 1 + random.nextInt(5);
      int[] a = random.ints(la, 0, alphabet).toArray();
      int[] b = random.ints(lb, 0, alphabet).toArray();
      int[][] t = table(a, b);
      assertEquals(t[la][lb], Lcs.length(a, b), "length");
      if (la > 0 && lb > 0) {
        assertArrayEquals(backtrack(t, a, b), Lcs.indices(a, b, new Lcs.Masks(b)), "indices");
      }
    }
  }

  // ---- bootstrap ----------------------------------------------------------------------------------

  private static List<PageScore> pages(int n, long seed) {
    Random random = new Random(seed);
    List<PageScore> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double tp = random.nextDouble();
      double fp = random.nextDouble() * (1 - tp);
      out.add(new PageScore("p" + i, new AebPage(tp, fp, 1 - tp - fp, random.nextInt(4) == 0),
          Prf.of(random.nextDouble(), random.nextDouble()), random.nextDouble(), null, null, null));
    }
    return out;
  }

  @Test
  void bootstrapIsDeterministicForASeedAndChangesWithIt() {
    List<PageScore> pages = pages(50, 3);
    Summary a = Scorer.aggregate(pages, 300, 11);
    Summary b = Scorer.aggregate(pages, 300, 11);
    Summary c = Scorer.aggregate(pages, 300, 12);
    assertEquals(a, b);
    assertNotEquals(a.aeb().std().get("f1"), c.aeb().std().get("f1"));
    assertEquals(a.aeb().f1(), c.aeb().f1(), EPS); // the figures themselves do not depend on the seed
    assertTrue(a.aeb().std().get("f1") > 0 && a.aeb().std().get("f1") < 0.2, "" + a.aeb().std());
    assertNull(Scorer.aggregate(pages, 0, 11).aeb().std());
    assertNull(Scorer.aggregate(pages, 1, 11).rouge().stats().get("f1").meanStd());
  }

  @Test
  void bootstrapStdShrinksWithMorePages() {
    double small = Scorer.aggregate(pages(20, 5), 400, 0).rouge().stats().get("f1").meanStd();
    double large = Scorer.aggregate(pages(800, 5), 400, 0).rouge().stats().get("f1").meanStd();
    assertTrue(large < small / 3, small + " vs " + large);
  }

  @Test
  void pythonRandomKnownAnswer() {
    // the reference output of mt19937ar.c: init_by_array({0x123, 0x234, 0x345, 0x456}), first five genrand_int32
    PythonRandom reference = PythonRandom.fromKey(new int[] {0x123, 0x234, 0x345, 0x456});
    long[] expected = {1067595299L, 955945823L, 477289528L, 4107218783L, 4228976476L};
    for (long e : expected) {
      assertEquals(e, reference.nextUint32());
    }
    PythonRandom a = new PythonRandom(0);
    PythonRandom b = new PythonRandom(0);
    for (int i = 0; i < 10_000; i++) {
      int x = a.randint(0, 180);
      assertTrue(x >= 0 && x <= 180);
      assertEquals(x, b.randint(0, 180));
    }
    assertThrows(IllegalArgumentException.class, () -> a.getrandbits(33));
  }

  @Test
  void summariesKeepMetadataFieldsTheGoldHas() {
    List<PageScore> pages = List.of(
        new PageScore("a", null, null, null, null, null, Map.of("title", new MetaMatch(1, 1))),
        new PageScore("b", null, null, null, null, null, Map.of("title", new MetaMatch(0, 0.5),
            "date", new MetaMatch(1, 1))));
    Summary s = Scorer.aggregate(pages, 0, 0);
    assertEquals(new Summary.MetaField(2, 0.5, 0.75), s.meta().get("title"));
    assertEquals(new Summary.MetaField(1, 1, 1), s.meta().get("date"));
    assertNull(s.meta().get("author"));
  }
}
