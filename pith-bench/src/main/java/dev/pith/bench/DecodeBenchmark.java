package dev.pith.bench;

import dev.pith.decode.CharsetSniffer;
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
 * Bytes to text: charset sniffing (BOM, meta, XML declaration, detection) and decoding, page after page of a
 * corpus. Score: pages per second. Run: {@code java -jar pith-bench/target/pith-bench.jar DecodeBenchmark
 * -p corpus=../shared/bench/data/trafilatura-eval}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {
  /** A folder of pages (or a dataset folder with html/). */
  @Param("../shared/bench/data/trafilatura-eval")
  public String corpus;

  /** At most this many pages (the first ones by name). */
  @Param("200")
  public int pages;

  private List<byte[]> bytes;
  private final CharsetSniffer sniffer = CharsetSniffer.create();
  private int next;

  @Setup(Level.Trial)
  public void load() {
    bytes = Corpus.load(corpus, pages);
  }

  @Benchmark
  public void decode(Blackhole bh) {
    byte[] page = bytes.get(next);
    next = next + 1 == bytes.size() ? 0 : next + 1;
    bh.consume(sniffer.decode(page, null));
  }
}
