package dev.pith.bench;

import dev.pith.Limits;
import dev.pith.decode.CharsetSniffer;
import dev.pith.html.HtmlParsing;
import java.util.ArrayList;
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
 * Text to DOM: jsoup parsing within pith's depth and node limits, on pages decoded once in setup. Score: pages
 * per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  @Param("../shared/bench/data/trafilatura-eval")
  public String corpus;

  @Param("200")
  public int pages;

  private List<String> texts;
  private final Limits limits = Limits.defaults();
  private int next;

  @Setup(Level.Trial)
  public void load() {
    CharsetSniffer sniffer = CharsetSniffer.create();
    texts = new ArrayList<>();
    for (byte[] page : Corpus.load(corpus, pages)) {
      texts.add(sniffer.decode(page, null).text());
    }
  }

  @Benchmark
  public void parse(Blackhole bh) {
    String page = texts.get(next);
    next = next + 1 == texts.size() ? 0 : next + 1;
    bh.consume(HtmlParsing.parse(page, "", limits.maxDepth(), limits.maxNodes()));
  }
}
