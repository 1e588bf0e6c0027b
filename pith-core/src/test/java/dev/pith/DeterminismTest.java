package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor shared by many threads gives byte-identical results to one thread, page for page. */
class DeterminismTest {
  @Test
  void eightThreadsGiveWhatOneThreadGives() throws Exception {
    Extractor extractor = Extractor.create();
    List<TestPages.Page> pages = TestPages.all();
    List<String> single = new ArrayList<>();
    for (TestPages.Page page : pages) {
      single.add(ExtractionJson.toJson(extractor.extract(page.capture())));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<String>> futures = new ArrayList<>();
        // every page several times at once, in a shuffled order, so that threads really overlap
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size() * 4; i++) {
          order.add(i % pages.size());
        }
        java.util.Collections.shuffle(order, new java.util.Random(round));
        for (int i : order) {
          futures.add(pool.submit(() -> ExtractionJson.toJson(extractor.extract(pages.get(i).capture()))));
        }
        for (int k = 0; k < order.size(); k++) {
          int i = order.get(k);
          assertEquals(single.get(i), futures.get(k).get(), pages.get(i).name());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
