package dev.pith.cli;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.RecordInfo;
import dev.pith.capture.SourceRecord;
import dev.pith.capture.SourceRef;
import dev.pith.capture.WarcCaptureSource;
import dev.pith.document.ErrorKind;
import dev.pith.output.OutputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts a crawl: WARC/WET archives record by record, and loose page files, into one JSON Lines stream with one
 * line per record ({@link RecordLine}), in input order. One thread reads the archives in turn and writes the lines;
 * a pool of workers extracts. Memory stays bounded whatever the size of the files: at most {@link #WINDOW_PER_WORKER}
 * records per worker and {@link #MAX_IN_FLIGHT_BYTES} of payload are in flight at once.
 */
final class CrawlBatch {
  /** Records in flight per worker: enough to keep workers busy behind one slow page. */
  static final int WINDOW_PER_WORKER = 16;
  /** Payload bytes in flight at once (a single larger record still goes through, alone). */
  static final long MAX_IN_FLIGHT_BYTES = 64L << 20;
  /** Failure messages printed at the end; the rest are in the output lines. */
  private static final int MAX_MESSAGES = 10;

  /**
   * How a batch runs.
   *
   * @param extractor the extractor all workers share
   * @param format what an extracted document's line carries
   * @param workers extraction threads
   * @param read how archives are read
   * @param type the input type for loose page files (auto, html, text)
   * @param maxFileBytes largest loose page file read
   * @param resume where an earlier run stopped, or {@link LineOutput.Resume#NONE}
   */
  record Settings(Extractor extractor, OutputFormat format, int workers, WarcCaptureSource.Options read,
      InputType type, long maxFileBytes, LineOutput.Resume resume) {}

  /** What one record came to: its line and how it counts. */
  private record Outcome(String line, String status, String code, String message, String where) {}

  private final Settings settings;
  private final PrintStream err;
  private final InputStream stdin;
  private final CrawlProgress progress;

  private long in;
  private long ok;
  private long skipped;
  private long failed;
  private final Map<String, Long> skipCodes = new TreeMap<>();
  private final Map<String, Long> failCodes = new TreeMap<>();
  private final List<String> messages = new ArrayList<>();
  private final List<String> writeErrors = new ArrayList<>();

  CrawlBatch(Settings settings, PrintStream err, InputStream stdin, CrawlProgress progress) {
    this.settings = settings;
    this.err = err;
    this.stdin = stdin;
    this.progress = progress;
  }

  long in() {
    return in;
  }

  long ok() {
    return ok;
  }

  long skipped() {
    return skipped;
  }

  long failed() {
    return failed;
  }

  /** Index of the input a resume goes on in, -1 when none matches (a usage error), 0 when not resuming. */
  static int resumeIndex(List<Inputs.Input> inputs, LineOutput.Resume resume) {
    if (resume.lastSource() == null) {
      return 0;
    }
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).name().equals(resume.lastSource())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Runs the batch, writing every line to {@code out}; returns normally when all inputs were read (each record's
   * line says whether it was extracted).
   */
  void run(List<Inputs.Input> inputs, LineOutput out) {
    LineOutput.Resume resume = settings.resume();
    int first = Math.max(0, resumeIndex(inputs, resume));
    ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), r -> {
      Thread t = new Thread(r, "pith-extract");
      t.setDaemon(true);
      return t;
    });
    Window window = new Window(out);
    long doneBytes = 0;
    for (int i = 0; i < first; i++) {
      doneBytes += sizeOf(inputs.get(i)); // done by the run being resumed
    }
    try {
      for (int i = first; i < inputs.size(); i++) {
        Inputs.Input input = inputs.get(i);
        boolean resumingHere = resume.lastSource() != null && i == first;
        if (input.isArchive()) {
          readArchive(input, resumingHere ? resume.lastRecord() : -1, pool, window, doneBytes);
        } else if (!resumingHere) {
          window.add(pool.submit(() -> extractFile(input)), 0);
        }
        doneBytes += sizeOf(input);
        progress.update(in, doneBytes);
      }
      window.drain();
    } finally {
      pool.shutdownNow();
    }
  }

  private void readArchive(Inputs.Input input, long skipThrough, ExecutorService pool, Window window,
      long doneBytes) {
    WarcCaptureSource source;
    try {
      source = WarcCaptureSource.open(input.path(), settings.read());
    } catch (IOException | RuntimeException e) {
      RecordInfo info = RecordInfo.at(SourceRef.of(input.name()), 0);
      window.add(done(new SourceRecord.Broken(info, ErrorKind.UNREADABLE, cannotOpen(e))), 0);
      return;
    }
    try (source) {
      for (SourceRecord record : source) {
        if (record.info().ordinal() <= skipThrough) {
          continue; // written by the run being resumed
        }
        if (record instanceof SourceRecord.Page page) {
          Capture capture = page.capture();
          window.add(pool.submit(() -> {
            Extraction x = settings.extractor().extract(capture);
            return outcome(RecordLine.of(page.info(), x, settings.format()), x);
          }), capture.body().length);
        } else {
          window.add(done(record), 0);
        }
        progress.update(in, doneBytes + source.bytesRead());
      }
    } catch (IOException | RuntimeException e) {
      // closing failed, or the iteration broke on something the source did not turn into a record
      RecordInfo info = RecordInfo.at(SourceRef.of(input.name()), 0);
      window.add(done(new SourceRecord.Broken(info, ErrorKind.UNREADABLE, "reading stopped: " + describe(e))), 0);
    }
  }

  private Outcome extractFile(Inputs.Input input) {
    SourceRef where = SourceRef.of(input.name());
    RecordInfo info = RecordInfo.at(where, 0);
    Capture capture;
    try {
      if (input.isStdin()) {
        capture = Capture.fromStream(stdin, "-", settings.maxFileBytes());
      } else {
        long size = Files.size(input.path());
        if (size > settings.maxFileBytes()) {
          Extraction x = new Extraction.Failed(where, ErrorKind.TOO_LARGE,
              "the file has " + size + " bytes, over the limit of " + settings.maxFileBytes());
          return outcome(RecordLine.of(info, x, settings.format()), x);
        }
        capture = Capture.fromFile(input.path());
      }
    } catch (IOException e) {
      Extraction x = new Extraction.Failed(where, ErrorKind.UNREADABLE, "cannot read: " + describe(e));
      return outcome(RecordLine.of(info, x, settings.format()), x);
    }
    if (settings.type() != InputType.AUTO) {
      capture = capture.withType(settings.type());
    }
    Extraction x = settings.extractor().extract(capture);
    return outcome(RecordLine.of(info, x, settings.format()), x);
  }

  private static Outcome outcome(String line, Extraction x) {
    String where = x.source().toString();
    if (x instanceof Extraction.Rejected r) {
      return new Outcome(line, RecordLine.SKIPPED, r.kind().jsonName(), r.message(), where);
    }
    if (x instanceof Extraction.Failed f) {
      return new Outcome(line, RecordLine.FAILED, f.kind().jsonName(), f.message(), where);
    }
    return new Outcome(line, RecordLine.OK, "", "", where);
  }

  /** A record the source did not hand over as a page: its outcome is known at once. */
  private static Future<Outcome> done(SourceRecord record) {
    String line = RecordLine.of(record);
    String where = record.info().source().toString();
    Outcome o;
    if (record instanceof SourceRecord.Skipped s) {
      o = new Outcome(line, RecordLine.SKIPPED, s.reason().jsonName(), s.message(), where);
    } else {
      SourceRecord.Broken b = (SourceRecord.Broken) record;
      o = new Outcome(line, RecordLine.FAILED, b.kind().jsonName(), b.message(), where);
    }
    return CompletableFuture.completedFuture(o);
  }

  /** The message for an archive that cannot be opened; the Spark job words it alike, so that outputs match. */
  static String cannotOpen(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException) {
      return "cannot open: no such file";
    }
    return "cannot open: " + describe(e);
  }

  private static long sizeOf(Inputs.Input input) {
    try {
      return input.isStdin() ? 0 : Files.size(input.path());
    } catch (IOException e) {
      return 0;
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
        + e.getMessage();
  }

  /** Records in flight, written in order as they complete. */
  private final class Window {
    private final LineOutput out;
    private final ArrayDeque<Future<Outcome>> futures = new ArrayDeque<>();
    private final ArrayDeque<Long> sizes = new ArrayDeque<>();
    private long bytes;
    private final int max = settings.workers() * WINDOW_PER_WORKER;

    Window(LineOutput out) {
      this.out = out;
    }

    void add(Future<Outcome> future, long size) {
      while (!futures.isEmpty() && (futures.size() >= max || bytes + size > MAX_IN_FLIGHT_BYTES)) {
        writeHead();
      }
      futures.add(future);
      sizes.add(size);
      bytes += size;
    }

    void drain() {
      while (!futures.isEmpty()) {
        writeHead();
      }
    }

    private void writeHead() {
      Future<Outcome> head = futures.poll();
      bytes -= sizes.poll();
      Outcome o;
      try {
        o = head.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        // Extractor.extract never throws for bad input; this is a bug in the batch itself
        throw new IllegalStateException("extraction crashed: " + e.getCause(), e.getCause());
      }
      try {
        out.write(o.line());
      } catch (IOException e) {
        writeErrors.add(e.getMessage());
        throw new java.io.UncheckedIOException("cannot write the output: " + e.getMessage(), e);
      }
      count(o);
    }
  }

  private void count(Outcome o) {
    in++;
    switch (o.status()) {
      case RecordLine.OK -> ok++;
      case RecordLine.SKIPPED -> {
        skipped++;
        skipCodes.merge(o.code(), 1L, Long::sum);
      }
      default -> {
        failed++;
        failCodes.merge(o.code(), 1L, Long::sum);
        if (messages.size() < MAX_MESSAGES) {
          messages.add("pith: " + (o.where().isEmpty() ? "" : o.where() + ": ") + "failed (" + o.code() + "): "
              + o.message());
        }
      }
    }
  }

  /** Prints the counts: {@code in = ok + skipped + failed}, with the reasons, and the first failures. */
  void summary(double seconds, long bytes) {
    for (String m : messages) {
      err.println(m);
    }
    if (failed > messages.size()) {
      err.println("pith: ... and " + (failed - messages.size()) + " more failures (lines with \"status\":\"failed\")");
    }
    err.printf(Locale.ROOT, "pith: %d records in = %d ok + %d skipped + %d failed  (%.1f MB in %.1f s, %.1f "
        + "records/s)%n", in, ok, skipped, failed, bytes / 1e6, seconds, in / Math.max(1e-9, seconds));
    if (!skipCodes.isEmpty()) {
      err.println("pith: skipped: " + breakdown(skipCodes));
    }
    if (!failCodes.isEmpty()) {
      err.println("pith: failed: " + breakdown(failCodes));
    }
  }

  private static String breakdown(Map<String, Long> codes) {
    StringBuilder s = new StringBuilder();
    codes.forEach((code, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(code));
    return s.toString();
  }
}
