package dev.pith.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * {@code pith spark}: the crawl job from the command line. Embedded in this JVM ({@code local[*]}) unless a master
 * is given or the job runs under {@code spark-submit}, which sets one:
 *
 * <pre>
 * ./pith spark --output out/ crawl/*.warc.gz
 * spark-submit --class dev.pith.spark.PithSpark pith-spark/target/pith-spark.jar --output s3a://bucket/out \
 *     --manifest s3a://bucket/warc.paths.gz
 * </pre>
 *
 * Prints {@code in = ok + skipped + failed} at the end. Exits 0 when the job ran (failed records are rows, not a
 * failed job), 1 when it could not run, 2 on usage errors.
 */
public final class PithSpark {
  static final int USAGE = 2;

  private static final String HELP = String.join("\n",
      "Usage: pith spark --output DIR [OPTIONS] INPUT...",
      "Extracts every record of WARC/WET archives into Parquet, one row per record (status ok, skipped or failed).",
      "INPUT: archives (.warc, .warc.gz, .wet.gz), directories, globs or manifests (*.paths, *.paths.gz), on any",
      "Hadoop file system (file:, hdfs:, s3a:, ...).",
      "  -o, --output DIR       Parquet output directory (required)",
      "      --manifest FILE    a file listing archive paths, one a line (repeatable)",
      "      --master URL       Spark master (default: local[*], or what spark-submit sets)",
      "      --overwrite        replace DIR if it exists",
      "      --document-json    fill the document_json column with the whole document (blocks, removals, ...)",
      "      --partitions N     extraction partitions; 0 extracts where each file is read (default: spread",
      "                         records over all cores when there are fewer files than cores)",
      "      --all-statuses     extract HTTP responses whatever their status (default: 2xx only)",
      "      --comments         keep reader comments",
      "      --no-tables        leave tables out",
      "      --no-figures       leave figure captions out",
      "      --no-repair        do not repair mojibake",
      "      --max-bytes N      largest payload in bytes (default 64 MiB)",
      "      --time-budget MS   time budget per record in ms (default 10000)",
      "  -h, --help             this help",
      "",
      "       pith spark compare --parquet DIR --jsonl FILE",
      "Checks that the job's Parquet holds the same records as pith extract -f json's JSON Lines, ignoring order.");

  /** The parsed command line. */
  record Args(String output, List<String> inputs, List<String> manifests, @Nullable String master, boolean overwrite,
      JobOptions options) {}

  private PithSpark() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line and returns the exit code. */
  static int run(String[] argv, PrintStream out, PrintStream err) {
    if (argv.length > 0 && argv[0].equals("compare")) {
      return CompareOutputs.run(java.util.Arrays.copyOfRange(argv, 1, argv.length), err);
    }
    Args args;
    try {
      args = parse(argv);
    } catch (IllegalArgumentException e) {
      err.println("pith spark: " + e.getMessage());
      err.println("Try 'pith spark --help' for usage.");
      return USAGE;
    }
    if (args == null) {
      out.println(HELP);
      return 0;
    }
    long start = System.nanoTime();
    try (SparkSession spark = session(args.master())) {
      org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(args.output());
      if (!args.overwrite() && target.getFileSystem(conf).exists(target)) {
        // before reading a whole crawl, not after
        err.println("pith spark: " + args.output() + " already exists (use --overwrite to replace it)");
        return USAGE;
      }
      List<String> paths = ExtractJob.expand(conf, args.inputs(), args.manifests());
      ExtractJob.Counts c = ExtractJob.run(spark, paths, args.output(), args.options(), args.overwrite());
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "pith spark: %d records in = %d ok + %d skipped + %d failed  (%d files, %.1f s, "
          + "%.1f records/s) -> %s%n", c.in(), c.ok(), c.skipped(), c.failed(), paths.size(), seconds,
          c.in() / Math.max(1e-9, seconds), args.output());
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("pith spark: " + e.getMessage());
      return USAGE;
    } catch (Exception e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("already exists")) {
        err.println("pith spark: " + args.output() + " already exists (use --overwrite to replace it)");
        return USAGE;
      }
      err.println("pith spark: the job failed: " + e);
      return 1;
    }
  }

  /**
   * The session: on {@code master} when given, else on what spark-submit set, else embedded on all cores
   * ({@code local[*]}, without the web UI).
   */
  static SparkSession session(@Nullable String master) {
    SparkSession.Builder builder = SparkSession.builder().appName("pith extract");
    String chosen = master;
    if (chosen == null && !new SparkConf().contains("spark.master")) {
      chosen = "local[*]";
    }
    if (chosen != null) {
      builder.master(chosen);
      if (chosen.startsWith("local")) {
        // one machine: no web UI, no network address to look up, no warning about the schema's width
        builder.config("spark.ui.enabled", "false")
            .config("spark.driver.host", "localhost")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.debug.maxToStringFields", "100");
      }
    }
    return builder.getOrCreate();
  }

  /** Parses {@code argv}; null means help was asked for. @throws IllegalArgumentException on usage errors */
  static Args parse(String[] argv) {
    String output = null;
    String master = null;
    boolean overwrite = false;
    List<String> inputs = new ArrayList<>();
    List<String> manifests = new ArrayList<>();
    JobOptions defaults = JobOptions.defaults();
    boolean repair = defaults.repairEncoding();
    boolean comments = defaults.comments();
    boolean tables = defaults.tables();
    boolean figures = defaults.figures();
    long maxBytes = defaults.maxBytes();
    long budget = defaults.timeBudgetMillis();
    boolean successOnly = defaults.successOnly();
    boolean documentJson = false;
    int partitions = defaults.partitions();
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      switch (a) {
        case "-h", "--help" -> {
          return null;
        }
        case "-o", "--output" -> output = value(argv, ++i, a);
        case "--manifest" -> manifests.add(value(argv, ++i, a));
        case "--master" -> master = value(argv, ++i, a);
        case "--overwrite" -> overwrite = true;
        case "--document-json" -> documentJson = true;
        case "--partitions" -> partitions = (int) number(value(argv, ++i, a), a, 0);
        case "--all-statuses" -> successOnly = false;
        case "--comments" -> comments = true;
        case "--no-tables" -> tables = false;
        case "--no-figures" -> figures = false;
        case "--no-repair" -> repair = false;
        case "--max-bytes" -> maxBytes = number(value(argv, ++i, a), a, 1);
        case "--time-budget" -> budget = number(value(argv, ++i, a), a, 1);
        default -> {
          if (a.startsWith("-") && a.length() > 1) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          inputs.add(a);
        }
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is required");
    }
    if (inputs.isEmpty() && manifests.isEmpty()) {
      throw new IllegalArgumentException("give at least one INPUT or --manifest");
    }
    JobOptions options = new JobOptions(repair, comments, tables, figures, maxBytes, budget, successOnly,
        documentJson, partitions);
    return new Args(output, List.copyOf(inputs), List.copyOf(manifests), master, overwrite, options);
  }

  private static String value(String[] argv, int i, String option) {
    if (i >= argv.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return argv[i];
  }

  private static long number(String value, String option, long min) {
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a number, was " + value);
    }
    if (n < min) {
      throw new IllegalArgumentException(option + " must be >= " + min + ", was " + n);
    }
    return n;
  }
}
