package dev.pith.bench;

import dev.pith.decode.CharsetSniffer;
import dev.pith.repair.TextRepair;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The mojibake repair stage alone on the decoded text of whole pages, as extraction runs it: {@code broken=none}
 * is the common case (clean text, the fast path), {@code windows-1252} or {@code GBK} the same pages' UTF-8 bytes
 * read with that charset (undecodable bytes replaced), which repair must undo. Score: pages per second, and
 * {@code bytes} the UTF-8 bytes of input repaired per second (divide by 10^6 for MB/s). Run: {@code java -jar
 * pith-bench/target/pith-bench.jar RepairBenchmark -p corpus=../shared/bench/data/trafilatura-eval/html}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RepairBenchmark {
  /** A folder of pages (or a dataset folder with html/). */
  @Param("../shared/bench/data/trafilatura-eval")
  public String corpus;

  /** At most this many pages (the first ones by name). */
  @Param("200")
  public int pages;

  /** The charset the pages' UTF-8 is wrongly read with first, or {@code none} for the clean text. */
  @Param({"none", "windows-1252", "GBK"})
  public String broken;

  private List<String> texts;
  private List<Integer> sizes;
  private final TextRepair repair = TextRepair.create();
  private int next;

  /** Bytes of input handled, reported per second next to the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long bytes;
  }

  @Setup(Level.Trial)
  public void load() {
    CharsetSniffer sniffer = CharsetSniffer.create();
    texts = new ArrayList<>();
    sizes = new ArrayList<>();
    for (byte[] page : Corpus.load(corpus, pages)) {
      String text = sniffer.decode(page, null).text();
      if (!broken.equals("none")) {
        text = misread(text.getBytes(StandardCharsets.UTF_8), Charset.forName(broken));
      }
      texts.add(text);
      sizes.add(text.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  private static String misread(byte[] utf8, Charset charset) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(utf8)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Benchmark
  public void repair(Blackhole bh, Counters counters) {
    int i = next;
    next = next + 1 == texts.size() ? 0 : next + 1;
    bh.consume(repair.repair(texts.get(i)));
    counters.bytes += sizes.get(i);
  }
}
