package dev.pith.cli;

import dev.pith.eval.repair.RepairCase;
import dev.pith.eval.repair.RepairCases;
import dev.pith.eval.repair.RepairScore;
import dev.pith.repair.TextRepair;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pith eval repair}: repairs every case of a mojibake set and scores the result as
 * {@code shared/mojibake/score.py} does. Predictions go to {@code --pred} (standard output with {@code --pred -});
 * the report goes to standard output, or to standard error when standard output carries the predictions.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
    description = "Repairs the cases of a mojibake set (JSONL: id, broken, original, wrong_encoding, mode, kind) and "
        + "scores the repairs: exact match, CER before and after, share made worse, harm on negatives.")
final class EvalRepairCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CASES.jsonl", description = "The cases.")
  Path cases;

  @Option(names = "--pred", paramLabel = "OUT.jsonl",
      description = "Write {\"id\",\"repaired\"} lines here ('-' for standard output).")
  String pred;

  @Option(names = "--by", paramLabel = "DIMS", split = ",",
      description = "Breakdowns: kind, mode, wrong_encoding (every kind and mode of one wrong decoding), "
          + "wrong_encoding/mode, partial wrong_encoding/mode, legacy true>wrong/mode, src_lang, script_family "
          + "(default: kind,wrong_encoding/mode,legacy true>wrong/mode,src_lang).")
  List<String> by;

  @Option(names = "--min-n", paramLabel = "N", description = "Leave out groups smaller than N (default 1).")
  int minN = 1;

  @Option(names = "--threads", paramLabel = "N", description = "Repair on N threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Main main;

  EvalRepairCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(cases)) {
      main.err().println("pith eval repair: cannot read " + cases);
      return Main.USAGE;
    }
    if (threads < 1) {
      main.err().println("pith eval repair: --threads must be >= 1, was " + threads);
      return Main.USAGE;
    }
    for (String dim : by == null ? List.<String>of() : by) {
      if (!RepairScore.DIMENSIONS.contains(dim)) {
        main.err().println("pith eval repair: unknown breakdown '" + dim + "'; one of "
            + String.join(", ", RepairScore.DIMENSIONS));
        return Main.USAGE;
      }
    }
    List<RepairCase> gold;
    try {
      gold = RepairCases.read(cases);
    } catch (IllegalArgumentException e) {
      main.err().println("pith eval repair: " + e.getMessage());
      return 1;
    }
    TextRepair repair = TextRepair.create();
    String[] repaired = new String[gold.size()];
    long started = System.nanoTime();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    java.util.concurrent.ConcurrentLinkedQueue<String> crashes = new java.util.concurrent.ConcurrentLinkedQueue<>();
    try {
      pool.submit(() -> IntStream.range(0, gold.size()).parallel().forEach(i -> {
        try {
          repaired[i] = repair.repair(gold.get(i).broken()).text();
        } catch (RuntimeException e) {
          // one bad case never stops the run: it counts as left unchanged and is reported
          repaired[i] = gold.get(i).broken();
          java.io.StringWriter trace = new java.io.StringWriter();
          e.printStackTrace(new java.io.PrintWriter(trace));
          crashes.add(gold.get(i).id() + ": " + trace);
        }
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (java.util.concurrent.ExecutionException e) {
      main.err().println("pith eval repair: repair failed: " + e.getCause());
      return 1;
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    for (String crash : crashes) {
      main.err().println("pith eval repair: repair failed on " + crash);
    }
    Map<String, String> predictions = new LinkedHashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      predictions.put(gold.get(i).id(), repaired[i]);
    }
    boolean predToStdout = "-".equals(pred);
    if (pred != null) {
      if (predToStdout) {
        Writer w = new BufferedWriter(new OutputStreamWriter(main.out(), StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : predictions.entrySet()) {
          RepairCases.writePrediction(w, e.getKey(), e.getValue());
        }
        w.flush();
      } else {
        RepairCases.writePredictions(Path.of(pred), predictions);
      }
    }
    RepairScore.Result result = RepairScore.score(gold, predictions);
    PrintStream report = predToStdout ? main.err() : main.out();
    report.print(RepairScore.report(result, cases.toString(), pred == null ? "(not written)" : pred,
        by == null ? RepairScore.DEFAULT_BY : by, minN));
    main.err().printf(java.util.Locale.ROOT, "repaired %d cases in %.1f s (%d threads)%n", gold.size(), seconds,
        threads);
    report.flush();
    return crashes.isEmpty() ? 0 : 1;
  }

}
