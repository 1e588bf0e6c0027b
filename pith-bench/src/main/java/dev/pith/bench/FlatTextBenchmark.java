package dev.pith.bench;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.SourceRef;
import dev.pith.text.FlatText;
import dev.pith.text.FlatTextExtractor;
import dev.pith.text.SiteLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the text path on flattened pages, one thread: each operation extracts the next page of the corpus
 * (all {@code .txt} files under {@code corpus}, loaded once), so the score is pages per second.
 *
 * <ul>
 *   <li>{@code flatText}: the text stage alone ({@link FlatTextExtractor} on decoded, repaired text);
 *   <li>{@code extractor}: the whole front door on a text capture (payload checks, decoding, repair, text stage).
 * </ul>
 *
 * <p>Run: {@code java -jar pith-bench/target/pith-bench.jar FlatTextBenchmark -p corpus=../shared/bench/flat}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class FlatTextBenchmark {
  /** A folder searched recursively for {@code .txt} pages. */
  @Param("../shared/bench/flat")
  public String corpus;

  private final FlatTextExtractor flat = FlatTextExtractor.create();
  private final Extractor extractor = Extractor.create();
  private List<String> texts;
  private List<Capture> captures;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    texts = new ArrayList<>();
    captures = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of(corpus))) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(p);
        if (bytes.length == 0) {
          continue;
        }
        texts.add(new String(bytes, StandardCharsets.UTF_8));
        captures.add(new Capture(bytes, null, null, null, SourceRef.of(p.toString()), InputType.TEXT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus " + corpus, e);
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("no .txt pages under " + Path.of(corpus).toAbsolutePath());
    }
  }

  /** The text stage on the next page. */
  @Benchmark
  public FlatText flatText() {
    String text = texts.get(next);
    next = next + 1 == texts.size() ? 0 : next + 1;
    return flat.extract(text, null, SiteLines.none(), FlatTextExtractor.DEFAULT_MAX_LINES);
  }

  /** The whole pipeline on the next page as a text capture. */
  @Benchmark
  public Extraction extractor() {
    Capture capture = captures.get(next);
    next = next + 1 == captures.size() ? 0 : next + 1;
    return extractor.extract(capture);
  }
}
