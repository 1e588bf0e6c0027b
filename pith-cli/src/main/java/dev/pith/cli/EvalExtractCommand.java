package dev.pith.cli;

import dev.pith.Extractor;
import dev.pith.ExtractorOptions;
import dev.pith.eval.EvalResult;
import dev.pith.eval.Evaluation;
import dev.pith.eval.ExtractionRunner;
import dev.pith.eval.gold.Dataset;
import dev.pith.eval.report.ResultFiles;
import dev.pith.eval.report.Tables;
import dev.pith.eval.score.Metric;
import dev.pith.eval.score.ScoreOptions;
import dev.pith.eval.score.Sentences;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pith eval extract}: runs the extractor over benchmark datasets ({@code shared/bench/data/<name>}), writes
 * the predictions as {@code score.py} reads them, and prints precision, recall and F1 in each dataset's published
 * metric, the other metrics its gold supports, and metadata accuracy. The figures are those of
 * {@code score.py} on the same predictions.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures extraction accuracy on benchmark datasets.",
      "DATASET is a dataset folder holding gold.jsonl and html/ (e.g. ../shared/bench/data/scrapinghub-aeb) or "
          + "its gold.jsonl. Tables go to standard output, progress to standard error.",
      "Published metrics: shingle F1 (scrapinghub-aeb), snippet F1 (trafilatura-eval), word F1 by page type "
          + "(wcxb-dev), ROUGE-LSum (readability-mozilla; use --text-field text_wceb for WCEB's own gold)."
    })
final class EvalExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DATASET", description = "Dataset folders or gold.jsonl files.")
  List<Path> datasets = new ArrayList<>();

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--pred", paramLabel = "DIR",
      description = "Write predictions to DIR/<dataset>/<id>.txt and <id>.json (default: a new temporary folder).")
  Path predDir;

  @Option(names = "--score-only",
      description = "Do not extract: score the predictions already in --pred DIR (DIR/<dataset>/ or DIR itself, "
          + "or a .jsonl file).")
  boolean scoreOnly;

  @Option(names = "--inputs", paramLabel = "DIR",
      description = "Take each page from DIR/<id>.txt (or .html, .html.gz) instead of the dataset's HTML, e.g. "
          + "../shared/bench/flat (DIR/<dataset>/ is used when it exists).")
  Path inputs;

  @Option(names = "--with-input", paramLabel = "DIR",
      description = "Only pages with a non-empty input in DIR (laid out as for --inputs), e.g. to score HTML and "
          + "flattened text on the same pages: a text browser renders some pages to nothing.")
  Path withInput;

  @Option(names = "--only", paramLabel = "FIELD=VALUE",
      description = "Only pages whose gold FIELD has this VALUE, e.g. split=test or page_type=forum.")
  String only;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N pages of each dataset.")
  Integer limit;

  @Option(names = "--json", paramLabel = "FILE", description = "Write all results as JSON.")
  Path json;

  @Option(names = "--chart", paramLabel = "FILE.svg", description = "Write a bar chart of F1 per dataset and group.")
  Path chart;

  @Option(names = "--per-page", paramLabel = "FILE",
      description = "Write per-page scores as JSON Lines, worst first within each dataset.")
  Path perPage;

  @Option(names = "--documents",
      description = "Also write <id>.document.json beside each prediction: the whole extraction (blocks with "
          + "types, removals with reasons), to see why a page scored as it did.")
  boolean documents;

  @Option(names = "--metrics", paramLabel = "LIST",
      description = "Metrics to compute: some of aeb,rouge,lev,words,snippets,meta (default: all the gold supports).",
      defaultValue = "aeb,rouge,lev,words,snippets,meta")
  String metrics;

  @Option(names = "--text-field", paramLabel = "FIELD", defaultValue = "text",
      description = "Gold field with the reference text; records without it use 'text' (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(names = "--sentences", paramLabel = "MODE", defaultValue = "punkt-approx",
      description = "ROUGE-LSum sentence splitting: punkt-approx or lines (default: ${DEFAULT-VALUE}).")
  String sentences;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
      description = "Bootstrap resamples for standard deviations, 0 for none (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Bootstrap seed (default: 0).")
  long seed;

  @Option(names = "--comments", description = "Keep reader comments.")
  boolean comments;

  @Option(names = "--no-tables", description = "Leave tables out of the content.")
  boolean noTables;

  @Option(names = "--no-figures", description = "Leave figure captions and credits out of the content.")
  boolean noFigures;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Option(names = "--progress", description = "Show the progress bar even when stderr is not a terminal.")
  boolean forceProgress;

  private final Main main;

  EvalExtractCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    PrintStream out = main.out();
    PrintStream err = main.err();
    ScoreOptions options;
    try {
      Set<Metric> metricSet = Metric.parseList(metrics);
      if (metricSet.isEmpty()) {
        throw new IllegalArgumentException("--metrics names no metric");
      }
      options = new ScoreOptions(metricSet, textField, Sentences.parse(sentences), bootstrap, seed);
      if (threads != null && threads < 1) {
        throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
      }
      if (limit != null && limit < 0) {
        throw new IllegalArgumentException("--limit must be >= 0, was " + limit);
      }
      if (only != null && !only.contains("=")) {
        throw new IllegalArgumentException("--only must be FIELD=VALUE, was " + only);
      }
      if (scoreOnly && predDir == null) {
        throw new IllegalArgumentException("--score-only needs --pred DIR with the predictions to score");
      }
      if (scoreOnly && inputs != null) {
        throw new IllegalArgumentException("--score-only and --inputs exclude each other");
      }
      if (inputs != null && !Files.isDirectory(inputs)) {
        throw new IllegalArgumentException("--inputs must be a directory: " + inputs);
      }
      if (withInput != null && !Files.isDirectory(withInput)) {
        throw new IllegalArgumentException("--with-input must be a directory: " + withInput);
      }
    } catch (IllegalArgumentException e) {
      err.println("pith eval extract: " + e.getMessage());
      return Main.USAGE;
    }
    List<Dataset> sets = new ArrayList<>();
    for (Path path : datasets) {
      try {
        Dataset d = Dataset.open(path);
        if (only != null) {
          int eq = only.indexOf('=');
          d = d.only(only.substring(0, eq), only.substring(eq + 1));
        }
        if (withInput != null) {
          Path dir = ExtractionRunner.inputDir(withInput, d.name());
          d = d.filter(r -> ExtractionRunner.hasInput(dir, r.id()));
        }
        if (limit != null) {
          d = d.limit(limit);
        }
        sets.add(d);
      } catch (IOException | IllegalArgumentException e) {
        err.println("pith eval extract: " + e.getMessage());
        return Main.USAGE;
      }
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ExtractorOptions extractorOptions = ExtractorOptions.defaults().withComments(comments).withTables(!noTables)
        .withFigures(!noFigures);
    Evaluation evaluation = new Evaluation(
        new ExtractionRunner(Extractor.create(extractorOptions), workers, documents), options);
    List<EvalResult> results = new ArrayList<>();
    try {
      Path predRoot = predDir != null ? predDir : Files.createTempDirectory("pith-eval-");
      for (Dataset d : sets) {
        EvalResult r;
        if (scoreOnly) {
          Path p = Files.isDirectory(predRoot.resolve(d.name())) ? predRoot.resolve(d.name()) : predRoot;
          r = evaluation.scoreOnly(d, p);
        } else {
          boolean show = !quiet && (forceProgress || System.console() != null);
          if (show) {
            err.println(d.name() + ": " + d.records().size() + " pages");
          }
          Progress progress = new Progress(err, show, d.records().size(), "pages");
          r = evaluation.run(d, inputs, predRoot.resolve(d.name()), (done, total, bytes) ->
              progress.update(done, bytes));
          progress.finish();
        }
        out.println(Tables.dataset(r));
        out.flush();
        results.add(r);
      }
    } catch (IOException e) {
      err.println("pith eval extract: " + e.getMessage());
      return 1;
    }
    if (results.size() > 1) {
      out.print(Tables.overview(results));
    }
    try {
      writeOutputs(results, options);
    } catch (IOException e) {
      err.println("pith eval extract: cannot write results: " + e.getMessage());
      return 1;
    }
    out.flush();
    return 0;
  }

  private void writeOutputs(List<EvalResult> results, ScoreOptions options) throws IOException {
    if (json != null) {
      ResultFiles.writeJson(json, results, options, inputs);
    }
    if (chart != null) {
      ResultFiles.writeChart(chart, results, "pith extraction accuracy");
    }
    if (perPage != null) {
      ResultFiles.writePerPage(perPage, results, options.textField());
    }
  }
}
