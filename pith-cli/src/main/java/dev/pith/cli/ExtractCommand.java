package dev.pith.cli;

import dev.pith.Extraction;
import dev.pith.ExtractionJson;
import dev.pith.Extractor;
import dev.pith.ExtractorOptions;
import dev.pith.Limits;
import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.Payloads;
import dev.pith.capture.SourceRef;
import dev.pith.capture.WarcCaptureSource;
import dev.pith.document.ErrorKind;
import dev.pith.output.DocumentWriter;
import dev.pith.output.OutputFormat;
import dev.pith.output.PlainTextWriter;
import dev.pith.text.SiteLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pith extract}: pages in, articles out. One input goes to standard output in the chosen format; several go
 * to standard output as JSON Lines, or with {@code -o DIR} to one file each. WARC and WET archives (and manifests
 * listing them) go record by record to JSON Lines, on standard output or in {@code -o FILE.jsonl[.gz]}, one line per
 * record ({@link CrawlBatch}); {@code --resume} finishes an interrupted run. Inputs are processed in parallel and
 * written in input order.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the main content and metadata of web pages.",
      "INPUT is an HTML file (.html, .htm, .html.gz), a text capture (.txt), a WARC or WET archive (.warc, "
          + ".warc.gz, .wet.gz), a manifest listing files (*.paths, *.paths.gz), a directory (searched "
          + "recursively), or - for standard input.",
      "Archives give one JSON object per record (ok, skipped or failed, with the record's offset), on standard "
          + "output or in -o FILE.jsonl or FILE.jsonl.gz; the summary says in = ok + skipped + failed."
    },
    sortOptions = false)
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Files, archives, manifests, directories, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "A file listing input paths, one a line (plain or .gz; relative to the manifest's folder).")
  List<Path> manifests = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, markdown, json or html (default: ${DEFAULT-VALUE}). In JSON Lines of archives: text "
          + "gives metadata and text, json the whole document.", defaultValue = "text")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE",
      description = "A .jsonl or .jsonl.gz file: every record's line goes there. Otherwise a directory: one file "
          + "per page input, named after it (page.html.gz -> DIR/page.txt).")
  Path outputDir;

  @Option(names = "--resume", description = "Go on with an interrupted run into the same -o FILE.jsonl[.gz] with "
      + "the same inputs: records already written are kept, none is written twice.")
  boolean resume;

  @Option(names = "--all-statuses",
      description = "Extract HTTP responses whatever their status (by default only 2xx; the rest are skipped).")
  boolean allStatuses;

  @Option(names = "--url", paramLabel = "URL", description = "The page's URL (one input only).")
  String url;

  @Option(names = "--content-type", paramLabel = "TYPE",
      description = "The page's HTTP Content-Type, e.g. 'text/html; charset=iso-8859-1' (one input only).")
  String contentType;

  @Option(names = "--input-type", paramLabel = "TYPE",
      description = "auto, html or text (default: ${DEFAULT-VALUE}: text for .txt/.wet and non-markup input).",
      defaultValue = "auto")
  String inputType;

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--comments", description = "Keep reader comments.")
  boolean comments;

  @Option(names = "--no-tables", description = "Leave tables out of the content.")
  boolean noTables;

  @Option(names = "--no-figures", description = "Leave figures (image, caption, credit) out of the document.")
  boolean noFigures;

  @Option(names = "--figures",
      description = "Put figure captions and credits (and boxed asides) in the text output too.")
  boolean figuresInText;

  @Option(names = "--no-repair", description = "Do not repair mojibake.")
  boolean noRepair;

  @Option(names = "--no-site-lines",
      description = "Do not use lines that repeat across the batch's text captures as boilerplate evidence.")
  boolean noSiteLines;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input in bytes (default: 64 MiB).")
  Long maxBytes;

  @Option(names = "--time-budget", paramLabel = "MS", description = "Time budget per input in ms (default: 10000).")
  Long timeBudgetMillis;

  @Option(names = "--max-decompressed-bytes", paramLabel = "N",
      description = "Largest payload after gzip decompression, in bytes (default: 128 MiB).")
  Long maxDecompressedBytes;

  @Option(names = "--max-depth", paramLabel = "N", description = "Deepest element nesting (default: 512).")
  Integer maxDepth;

  @Option(names = "--max-nodes", paramLabel = "N", description = "Most DOM nodes (or text lines) (default: 2000000).")
  Integer maxNodes;

  @Option(names = "--max-repair-chars", paramLabel = "N",
      description = "Longest text the encoding repair looks at; past it only the first part is repaired "
          + "(default: 16777216).")
  Integer maxRepairChars;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
  boolean quiet;

  @Option(names = "--progress", description = "Show the progress bar even when stderr is not a terminal.")
  boolean forceProgress;

  private final Main main;

  ExtractCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    PrintStream err = main.err();
    OutputFormat outputFormat;
    InputType type;
    if (format.strip().equalsIgnoreCase("parquet")) {
      err.println("pith extract: Parquet comes from pith spark, which runs on this machine as well "
          + "(./pith spark --output DIR INPUT...); pith extract writes JSON Lines (-o out.jsonl.gz)");
      return Main.USAGE;
    }
    try {
      outputFormat = OutputFormat.parse(format);
      type = InputType.valueOf(inputType.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("pith extract: " + e.getMessage().replace("No enum constant dev.pith.capture.InputType.",
          "input type must be auto, html or text, was "));
      return Main.USAGE;
    }
    if (inputs.isEmpty() && manifests.isEmpty()) {
      err.println("pith extract: give at least one INPUT or --manifest");
      return Main.USAGE;
    }
    List<Inputs.Input> files;
    try {
      files = Inputs.expand(inputs, manifests);
    } catch (RuntimeException e) {
      err.println("pith extract: " + e.getMessage());
      return Main.USAGE;
    }
    if (files.isEmpty()) {
      err.println("pith extract: no page files found in " + String.join(", ", inputs));
      return Main.USAGE;
    }
    boolean jsonLinesFile = outputDir != null && LineOutput.isJsonLinesName(outputDir.toString());
    boolean anyArchive = files.stream().anyMatch(Inputs.Input::isArchive);
    if (resume && !jsonLinesFile) {
      err.println("pith extract: --resume needs the output of the run to resume: -o FILE.jsonl or FILE.jsonl.gz");
      return Main.USAGE;
    }
    if (anyArchive && outputDir != null && !jsonLinesFile) {
      err.println("pith extract: archives go to one JSON Lines file (-o out.jsonl or out.jsonl.gz) or to "
          + "standard output, not to a directory: " + outputDir);
      return Main.USAGE;
    }
    if (anyArchive && (url != null || contentType != null)) {
      err.println("pith extract: --url and --content-type apply to a single page, not to archives (their records "
          + "carry their own)");
      return Main.USAGE;
    }
    if ((url != null || contentType != null) && files.size() != 1) {
      err.println("pith extract: --url and --content-type apply to a single input, but there are "
          + files.size());
      return Main.USAGE;
    }
    if (threads != null && threads < 1) {
      err.println("pith extract: --threads must be >= 1, was " + threads);
      return Main.USAGE;
    }
    if (files.stream().filter(Inputs.Input::isStdin).count() > 1) {
      err.println("pith extract: standard input (-) can be given only once");
      return Main.USAGE;
    }
    Limits limits = Limits.defaults();
    try {
      if (maxBytes != null) {
        limits = limits.withMaxBytes(maxBytes);
      }
      if (timeBudgetMillis != null) {
        limits = limits.withTimeBudget(Duration.ofMillis(timeBudgetMillis));
      }
      if (maxDecompressedBytes != null) {
        limits = limits.withMaxDecompressedBytes(maxDecompressedBytes);
      }
      if (maxDepth != null) {
        limits = limits.withMaxDepth(maxDepth);
      }
      if (maxNodes != null) {
        limits = limits.withMaxNodes(maxNodes);
      }
      if (maxRepairChars != null) {
        limits = limits.withMaxRepairChars(maxRepairChars);
      }
    } catch (IllegalArgumentException e) {
      err.println("pith extract: " + e.getMessage());
      return Main.USAGE;
    }
    ExtractorOptions options = ExtractorOptions.defaults()
        .withComments(comments)
        .withTables(!noTables)
        .withFigures(!noFigures)
        .withRepairEncoding(!noRepair)
        .withLimits(limits);
    Extractor extractor = Extractor.create(options);
    if (anyArchive || jsonLinesFile) {
      int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      return crawl(files, extractor, outputFormat, type, workers, limits);
    }
    boolean single = files.size() == 1 && outputDir == null;
    Sink sink = outputDir != null ? new DirectorySink(outputDir, outputFormat, writerFor(outputFormat))
        : single ? new StdoutSink(main.out(), outputFormat, false, writerFor(outputFormat))
        : new StdoutSink(main.out(), outputFormat, true, writerFor(outputFormat));
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    boolean showProgress = !quiet && files.size() > 1 && (forceProgress || System.console() != null);
    Progress progress = new Progress(err, showProgress, files.size(), "pages");
    Tally tally = new Tally();
    long maxInputBytes = limits.maxBytes();
    SiteLines sites = noSiteLines ? SiteLines.none() : siteLines(files, type, limits, err);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "pith-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      // A sliding window of futures keeps memory bounded and output in input order.
      Deque<Future<Result>> window = new ArrayDeque<>();
      int windowSize = workers * 4;
      for (Inputs.Input input : files) {
        window.add(pool.submit(() -> processSafely(input, extractor, type, maxInputBytes, sites)));
        if (window.size() >= windowSize) {
          emit(window.poll(), sink, tally, progress);
        }
      }
      while (!window.isEmpty()) {
        emit(window.poll(), sink, tally, progress);
      }
    } finally {
      pool.shutdownNow();
      main.out().flush();
    }
    progress.finish();
    if (!quiet || tally.total() != tally.ok) {
      for (String message : tally.messages) {
        err.println(message);
      }
    }
    if (!quiet && files.size() > 1) {
      err.printf(Locale.ROOT, "%d inputs: %d ok, %d rejected, %d failed (%.1f s, %.1f pages/s)%n",
          tally.total(), tally.ok, tally.rejected, tally.failed, progress.elapsedSeconds(),
          tally.total() / Math.max(1e-9, progress.elapsedSeconds()));
    }
    return tally.ok == tally.total() ? 0 : 1;
  }

  /** Archives (and any inputs bound for one JSON Lines file): one line per record, in input order. */
  private int crawl(List<Inputs.Input> files, Extractor extractor, OutputFormat outputFormat, InputType type,
      int workers, Limits limits) {
    PrintStream err = main.err();
    LineOutput.Resume from = LineOutput.Resume.NONE;
    if (resume) {
      try {
        from = LineOutput.resumeFrom(outputDir);
      } catch (IOException e) {
        err.println("pith extract: " + e.getMessage());
        return Main.USAGE;
      }
      if (CrawlBatch.resumeIndex(files, from) < 0) {
        err.println("pith extract: cannot resume: the last record in " + outputDir + " comes from "
            + from.lastSource() + ", which is not among the inputs (resume with the inputs of the first run)");
        return Main.USAGE;
      }
      if (!quiet) {
        err.println(from.lastSource() == null
            ? "pith: nothing to resume in " + outputDir + "; starting from the beginning"
            : "pith: resuming after record " + from.lastRecord() + " of " + from.lastSource() + " ("
                + from.lines() + " lines already in " + outputDir + ")");
      }
    }
    long totalBytes = 0;
    for (Inputs.Input f : files) {
      try {
        totalBytes += f.isStdin() ? 0 : Files.size(f.path());
      } catch (IOException e) {
        // a missing input gets its own failure line; it adds nothing to the total
      }
    }
    boolean showProgress = !quiet && (forceProgress || System.console() != null);
    CrawlProgress progress = new CrawlProgress(err, showProgress, totalBytes);
    WarcCaptureSource.Options read = WarcCaptureSource.Options.defaults()
        .withMaxPayloadBytes(limits.maxBytes()).withSuccessOnly(!allStatuses);
    CrawlBatch batch = new CrawlBatch(
        new CrawlBatch.Settings(extractor, outputFormat, workers, read, type, limits.maxBytes(), from),
        err, main.in(), progress);
    try (LineOutput out = outputDir == null ? LineOutput.to(main.out())
        : LineOutput.toFile(outputDir, from.keepBytes())) {
      batch.run(files, out);
    } catch (IOException | java.io.UncheckedIOException e) {
      progress.finish();
      err.println("pith extract: cannot write " + (outputDir == null ? "the output" : outputDir) + ": "
          + e.getMessage());
      return 1;
    }
    progress.finish();
    if (!quiet) {
      batch.summary(progress.elapsedSeconds(), totalBytes);
    }
    return batch.failed() == 0 ? 0 : 1;
  }

  private record Result(Inputs.Input input, Extraction extraction, long bytes) {}

  /** The writer for a format: plain text with figures and asides when --figures asks for them. */
  private DocumentWriter writerFor(OutputFormat outputFormat) {
    return outputFormat == OutputFormat.TEXT ? PlainTextWriter.create(figuresInText) : outputFormat.writer();
  }

  /** {@link #process}, with any bug caught as a failure record of its input: one input never stops a batch. */
  private Result processSafely(
      Inputs.Input input, Extractor extractor, InputType type, long maxInputBytes, SiteLines sites) {
    try {
      return process(input, extractor, type, maxInputBytes, sites);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return new Result(input, new Extraction.Failed(SourceRef.of(input.name()), ErrorKind.INTERNAL_ERROR,
          e.getClass().getSimpleName() + ": " + e.getMessage()), 0);
    }
  }

  /** Text captures in a batch of at least this many share their repeated lines (see {@link SiteLines}). */
  static final int MIN_SITE_LINES_BATCH = 5;

  /**
   * A first pass over the batch's text captures (flattened pages: .txt, .wet, or all with --input-type text): the
   * lines that repeat across many of them are template lines, strong boilerplate evidence for the text path. Files
   * that cannot be read here are skipped (the second pass reports them).
   */
  private SiteLines siteLines(List<Inputs.Input> files, InputType type, Limits limits, PrintStream err) {
    List<Inputs.Input> texts = new ArrayList<>();
    for (Inputs.Input input : files) {
      if (!input.isStdin() && (type == InputType.TEXT
          || type == InputType.AUTO && Capture.typeFromName(input.name()) == InputType.TEXT)) {
        texts.add(input);
      }
    }
    if (texts.size() < MIN_SITE_LINES_BATCH) {
      return SiteLines.none();
    }
    SiteLines.Builder builder = SiteLines.builder();
    for (Inputs.Input input : texts) {
      try {
        if (Files.size(input.path()) > limits.maxBytes()) {
          continue;
        }
        byte[] payload = Payloads.unwrap(Files.readAllBytes(input.path()), limits.maxBytes(),
            limits.maxDecompressedBytes());
        builder.add(null, new String(payload, StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException unreadable) {
        // the extraction pass reports it
      }
    }
    return builder.build();
  }

  private Result process(
      Inputs.Input input, Extractor extractor, InputType type, long maxInputBytes, SiteLines sites) {
    Capture capture;
    try {
      capture = read(input, maxInputBytes);
    } catch (IOException e) {
      return new Result(input, new Extraction.Failed(SourceRef.of(input.name()), ErrorKind.UNREADABLE,
          "cannot read: " + e.getMessage()), 0);
    } catch (TooLarge e) {
      return new Result(input, new Extraction.Failed(SourceRef.of(input.name()), ErrorKind.TOO_LARGE,
          e.getMessage()), 0);
    }
    if (url != null) {
      capture = capture.withUrl(url);
    }
    if (contentType != null) {
      capture = capture.withContentType(contentType);
    }
    if (type != InputType.AUTO) {
      capture = capture.withType(type);
    }
    return new Result(input, extractor.extract(capture, sites), capture.body().length);
  }

  private static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  private Capture read(Inputs.Input input, long maxInputBytes) throws IOException, TooLarge {
    if (input.isStdin()) {
      InputStream in = main.in();
      return Capture.fromStream(in, "-", maxInputBytes);
    }
    long size = Files.size(input.path());
    if (size > maxInputBytes) {
      throw new TooLarge("the file has " + size + " bytes, over the limit of " + maxInputBytes);
    }
    return Capture.fromFile(input.path());
  }

  private void emit(Future<Result> future, Sink sink, Tally tally, Progress progress) {
    Result result;
    try {
      result = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction crashed: " + e.getCause(), e.getCause());
    }
    Extraction x = result.extraction();
    tally.count(x);
    try {
      sink.write(result.input(), x);
    } catch (IOException e) {
      tally.messages.add("pith: cannot write the output for " + result.input().name() + ": " + e.getMessage());
    }
    tally.bytes += result.bytes();
    progress.update(tally.total(), tally.bytes);
  }

  private static final class Tally {
    int ok;
    int rejected;
    int failed;
    long bytes;
    final List<String> messages = new ArrayList<>();

    void count(Extraction x) {
      if (x instanceof Extraction.Success) {
        ok++;
      } else if (x instanceof Extraction.Rejected r) {
        rejected++;
        messages.add("pith: " + r.source() + ": rejected (" + r.kind().jsonName() + "): " + r.message());
      } else if (x instanceof Extraction.Failed f) {
        failed++;
        messages.add("pith: " + f.source() + ": failed (" + f.kind().jsonName() + "): " + f.message());
      }
    }

    int total() {
      return ok + rejected + failed;
    }
  }

  /** Where results go. */
  private interface Sink {
    void write(Inputs.Input input, Extraction extraction) throws IOException;
  }

  /** One result to stdout in its format, or many as JSON Lines. */
  private static final class StdoutSink implements Sink {
    private final PrintStream out;
    private final OutputFormat format;
    private final boolean jsonLines;

    private final DocumentWriter writer;

    StdoutSink(PrintStream out, OutputFormat format, boolean jsonLines, DocumentWriter writer) {
      this.out = out;
      this.format = format;
      this.jsonLines = jsonLines;
      this.writer = writer;
    }

    @Override
    public void write(Inputs.Input input, Extraction extraction) {
      if (jsonLines) {
        out.println(ExtractionJson.toJson(extraction));
      } else if (extraction instanceof Extraction.Success s) {
        String text = format == OutputFormat.JSON
            ? ExtractionJson.toJson(extraction) + "\n"
            : writer.write(s.document());
        out.print(text);
      }
    }
  }

  /** One file per input, named after it, in the output directory (directory layouts are mirrored). */
  private static final class DirectorySink implements Sink {
    private final Path dir;
    private final OutputFormat format;

    private final DocumentWriter writer;

    DirectorySink(Path dir, OutputFormat format, DocumentWriter writer) {
      this.dir = dir;
      this.format = format;
      this.writer = writer;
    }

    @Override
    public void write(Inputs.Input input, Extraction extraction) throws IOException {
      if (!(extraction instanceof Extraction.Success s)) {
        return;
      }
      String stem = input.isStdin() ? "stdin" : input.stem();
      Path target = dir.resolve(stem + "." + format.extension());
      Files.createDirectories(target.getParent());
      String text = format == OutputFormat.JSON
          ? ExtractionJson.toJson(extraction) + "\n"
          : writer.write(s.document());
      Files.writeString(target, text, StandardCharsets.UTF_8);
    }
  }
}
