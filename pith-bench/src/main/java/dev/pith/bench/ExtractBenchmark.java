package dev.pith.bench;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.capture.Capture;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline, bytes in memory to text and metadata ({@code Extractor.extract} then the plain text), page
 * after page. Score: pages per second; with {@code repair=false} the mojibake repair stage is left out.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExtractBenchmark {
  @Param("../shared/bench/data/trafilatura-eval")
  public String corpus;

  @Param("200")
  public int pages;

  @Param("true")
  public boolean repair;

  private List<byte[]> bytes;
  private Extractor extractor;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    bytes = Corpus.load(corpus, pages);
    extractor = Extractor.create(dev.pith.ExtractorOptions.defaults().withRepairEncoding(repair));
  }

  @Benchmark
  public void extract(Blackhole bh) {
    byte[] page = bytes.get(next);
    next = next + 1 == bytes.size() ? 0 : next + 1;
    Extraction x = extractor.extract(Capture.of(page, null));
    if (x instanceof Extraction.Success s) {
      bh.consume(s.document().text());
    }
    bh.consume(x);
  }
}
