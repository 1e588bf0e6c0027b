package dev.pith.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.Extraction;
import dev.pith.ExtractionJson;
import dev.pith.Extractor;
import dev.pith.capture.Capture;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Metadata;
import dev.pith.eval.gold.Dataset;
import dev.pith.eval.gold.GoldRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Runs an extractor over a dataset's pages in parallel and writes the predictions as {@code score.py} reads them:
 * {@code <id>.txt} (UTF-8) and {@code <id>.json} ({@code {"title", "author", "date"}}). Pages that are rejected or
 * fail get an empty text, so every page has a prediction. Thread-safe; one run per call.
 */
public final class ExtractionRunner {
  /** Receives progress: pages done, of total, and input bytes so far. Called from worker threads. */
  @FunctionalInterface
  public interface Listener {
    void update(int done, int total, long bytes);
  }

  /** Extensions tried, in order, when pages come from an {@code --inputs} directory. */
  private static final String[] INPUT_SUFFIXES = {".txt", ".html", ".html.gz", ".htm", ".txt.gz"};

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Extractor extractor;
  private final int threads;
  private final boolean documents;

  /** A runner with this extractor and this many worker threads. */
  public ExtractionRunner(Extractor extractor, int threads) {
    this(extractor, threads, false);
  }

  /**
   * A runner that, with {@code documents}, also writes {@code <id>.document.json}: the whole extraction (blocks
   * with types, removals with reasons), to see why a page scored as it did.
   */
  public ExtractionRunner(Extractor extractor, int threads, boolean documents) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
    this.documents = documents;
  }

  /** What one page gave: the summary for scoring, and the extraction itself when documents are written. */
  private record Outcome(PageRun run, @Nullable Extraction extraction) {}

  /**
   * Extracts every page of the dataset, in gold order.
   *
   * @param inputs a directory to take the pages from instead of the dataset's HTML ({@code <id>.txt},
   *     {@code <id>.html}, ...; its subfolder named after the dataset when there is one), or null
   * @param predDir where to write {@code <id>.txt} and {@code <id>.json}, or null to write nothing
   * @throws IOException when the prediction directory cannot be written
   */
  public List<PageRun> run(Dataset dataset, @Nullable Path inputs, @Nullable Path predDir, Listener listener)
      throws IOException {
    Path inputDir = inputs == null ? null : inputDir(inputs, dataset.name());
    if (predDir != null) {
      Files.createDirectories(predDir);
    }
    List<GoldRecord> records = dataset.records();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "pith-eval");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    try {
      List<Future<PageRun>> futures = new ArrayList<>(records.size());
      for (GoldRecord record : records) {
        futures.add(pool.submit(() -> {
          Outcome outcome = extract(dataset, record, inputDir);
          PageRun run = outcome.run();
          if (predDir != null) {
            write(predDir, run);
            if (documents && outcome.extraction() != null) {
              writeDocument(predDir, run.id(), outcome.extraction());
            }
          }
          listener.update(done.incrementAndGet(), records.size(), bytes.addAndGet(run.bytes()));
          return run;
        }));
      }
      List<PageRun> out = new ArrayList<>(records.size());
      for (Future<PageRun> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("evaluation crashed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome extract(Dataset dataset, GoldRecord record, @Nullable Path inputDir) {
    Path page = inputDir == null ? dataset.page(record) : findInput(inputDir, record.id());
    if (page == null || !Files.isRegularFile(page)) {
      return new Outcome(new PageRun(record.id(), "missing", "no input file for " + record.id()
          + (inputDir == null ? " (" + page + ")" : " in " + inputDir), "", null, null, null, 0, 0), null);
    }
    Capture capture;
    try {
      capture = Capture.fromFile(page);
    } catch (IOException e) {
      return new Outcome(new PageRun(record.id(), "missing", "cannot read " + page + ": " + e.getMessage(), "", null,
          null, null, 0, 0), null);
    }
    String url = record.url();
    if (url != null) {
      capture = capture.withUrl(url);
    }
    long start = System.nanoTime();
    Extraction x = extractor.extract(capture);
    String text = "";
    Metadata meta = null;
    if (x instanceof Extraction.Success s) {
      ExtractedDocument doc = s.document();
      text = doc.text();
      meta = doc.metadata();
    }
    double millis = (System.nanoTime() - start) / 1e6;
    // what score.py will read back: lone surrogates cannot be written as UTF-8
    text = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    String message = x instanceof Extraction.Rejected r ? r.kind().jsonName() + ": " + r.message()
        : x instanceof Extraction.Failed f ? f.kind().jsonName() + ": " + f.message() : null;
    return new Outcome(new PageRun(record.id(), x.status(), message, text,
        meta == null ? null : meta.titleText(),
        meta == null ? null : meta.authorText(),
        meta == null || meta.published() == null ? null : meta.published().value(),
        millis, capture.body().length), documents ? x : null);
  }

  /** Where a dataset's pages are in an inputs folder: its subfolder named after the dataset, else the folder. */
  public static Path inputDir(Path inputs, String dataset) {
    Path sub = inputs.resolve(dataset);
    return Files.isDirectory(sub) ? sub : inputs;
  }

  /**
   * Whether {@code dir} (see {@link #inputDir}) holds a non-empty input for the page: a text browser renders some
   * pages to nothing, and no extractor can be scored on those.
   */
  public static boolean hasInput(Path dir, String id) {
    Path p = findInput(dir, id);
    try {
      return p != null && Files.size(p) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static @Nullable Path findInput(Path dir, String id) {
    for (String suffix : INPUT_SUFFIXES) {
      Path p = dir.resolve(id + suffix);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static void writeDocument(Path dir, String id, Extraction extraction) {
    try {
      Files.writeString(dir.resolve(id + ".document.json"), ExtractionJson.toJson(extraction) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot write the document of " + id + " to " + dir + ": "
          + e.getMessage(), e));
    }
  }

  private static void write(Path dir, PageRun run) {
    try {
      Files.write(dir.resolve(run.id() + ".txt"), run.text().getBytes(StandardCharsets.UTF_8));
      ObjectNode meta = JSON.createObjectNode();
      meta.put("title", run.title());
      meta.put("author", run.author());
      meta.put("date", run.date());
      Files.writeString(dir.resolve(run.id() + ".json"), JSON.writeValueAsString(meta) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot write the prediction of " + run.id() + " to " + dir
          + ": " + e.getMessage(), e));
    }
  }
}
