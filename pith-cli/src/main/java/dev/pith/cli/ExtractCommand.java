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
import dev.pith.document.ErrorKind;
import dev.pith.output.OutputFormat;
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
 * to standard output as JSON Lines, or with {@code -o DIR} to one file each. Inputs are processed in parallel and
 * written in input order.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the main content and metadata of web pages.",
      "INPUT is an HTML file (.html, .htm, .html.gz), a text capture (.txt, .wet), a directory (searched "
          + "recursively), or - for standard input."
    },
    sortOptions = false)
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, markdown, json or html (default: ${DEFAULT-VALUE}).", defaultValue = "text")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write one file per input into DIR, named after the input (page.html.gz -> DIR/page.txt).")
  Path outputDir;

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

  @Option(names = "--no-figures", description = "Leave figure captions and credits out of the content.")
  boolean noFigures;

  @Option(names = "--no-repair", description = "Do not repair mojibake.")
  boolean noRepair;

  @Option(names = "--no-site-lines",
      description = "Do not use lines that repeat across the batch's text captures as boilerplate evidence.")
  boolean noSiteLines;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input in bytes (default: 64 MiB).")
  Long maxBytes;

  @Option(names = "--time-budget", paramLabel = "MS", description = "Time budget per input in ms (default: 10000).")
  Long timeBudgetMillis;

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
    try {
      outputFormat = OutputFormat.parse(format);
      type = InputType.valueOf(inputType.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("pith extract: " + e.getMessage().replace("No enum constant dev.pith.capture.InputType.",
          "input type must be auto, html or text, was "));
      return Main.USAGE;
    }
    List<Inputs.Input> files;
    try {
      files = Inputs.expand(inputs);
    } catch (RuntimeException e) {
      err.println("pith extract: " + e.getMessage());
      return Main.USAGE;
    }
    if (files.isEmpty()) {
      err.println("pith extract: no page files found in " + String.join(", ", inputs));
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
    if (maxBytes != null) {
      limits = limits.withMaxBytes(maxBytes);
    }
    if (timeBudgetMillis != null) {
      limits = limits.withTimeBudget(Duration.ofMillis(timeBudgetMillis));
    }
    ExtractorOptions options = ExtractorOptions.defaults()
        .withComments(comments)
        .withTables(!noTables)
        .withFigures(!noFigures)
        .withRepairEncoding(!noRepair)
        .withLimits(limits);
    Extractor extractor = Extractor.create(options);
    boolean single = files.size() == 1 && outputDir == null;
    Sink sink = outputDir != null ? new DirectorySink(outputDir, outputFormat)
        : single ? new StdoutSink(main.out(), outputFormat, false)
        : new StdoutSink(main.out(), outputFormat, true);
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
        window.add(pool.submit(() -> process(input, extractor, type, maxInputBytes, sites)));
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

  private record Result(Inputs.Input input, Extraction extraction, long bytes) {}

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

    StdoutSink(PrintStream out, OutputFormat format, boolean jsonLines) {
      this.out = out;
      this.format = format;
      this.jsonLines = jsonLines;
    }

    @Override
    public void write(Inputs.Input input, Extraction extraction) {
      if (jsonLines) {
        out.println(ExtractionJson.toJson(extraction));
      } else if (extraction instanceof Extraction.Success s) {
        String text = format == OutputFormat.JSON
            ? ExtractionJson.toJson(extraction) + "\n"
            : format.writer().write(s.document());
        out.print(text);
      }
    }
  }

  /** One file per input, named after it, in the output directory (directory layouts are mirrored). */
  private static final class DirectorySink implements Sink {
    private final Path dir;
    private final OutputFormat format;

    DirectorySink(Path dir, OutputFormat format) {
      this.dir = dir;
      this.format = format;
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
          : format.writer().write(s.document());
      Files.writeString(target, text, StandardCharsets.UTF_8);
    }
  }
}
