package dev.pith.spark;

import dev.pith.Extraction;
import dev.pith.Extractor;
import dev.pith.capture.RecordInfo;
import dev.pith.capture.SourceRecord;
import dev.pith.capture.SourceRef;
import dev.pith.capture.WarcCaptureSource;
import dev.pith.document.ErrorKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.jspecify.annotations.Nullable;

/**
 * The Spark job: archive paths in, one Parquet row per record out ({@link Rows}).
 *
 * <ol>
 *   <li>each file is its own partition, read as a stream by {@link WarcCaptureSource} (through a seekable Hadoop
 *       channel, so that reading recovers after a broken record as on one machine);
 *   <li>when there are fewer files than cores, records are spread over all cores (a shuffle of the payloads), so
 *       that one big file is not extracted by one core; otherwise extraction runs where the file is read;
 *   <li>each partition builds one {@link Extractor} and turns every record into a row; accumulators count records
 *       in, ok, skipped and failed.
 * </ol>
 *
 * The rows match {@code pith extract}'s JSON Lines record for record: same reader, same extractor, same options.
 */
public final class ExtractJob {
  private static final String[] ARCHIVE_SUFFIXES = {".warc", ".warc.gz", ".wet", ".wet.gz"};

  /** The accumulators' totals: {@code in = ok + skipped + failed}. */
  public record Counts(long in, long ok, long skipped, long failed) {}

  private ExtractJob() {}

  /**
   * Runs the job on {@code paths} and writes Parquet to {@code output}.
   *
   * @throws org.apache.spark.sql.AnalysisException (unchecked in Scala) when the output exists and
   *     {@code overwrite} is false
   */
  public static Counts run(SparkSession spark, List<String> paths, String output, JobOptions options,
      boolean overwrite) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("paths must not be empty");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Accumulators counts = new Accumulators(jsc);
    HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
    JavaRDD<Captured> records = jsc.parallelize(paths, paths.size())
        .mapPartitions(files -> new ArchiveIterator(files, conf.get(), options), true);
    int partitions = options.partitions();
    if (partitions < 0) {
      int cores = jsc.defaultParallelism();
      partitions = paths.size() < cores ? cores * 4 : 0;
    }
    if (partitions > 0) {
      records = records.repartition(partitions);
    }
    JavaRDD<Row> rows = records.mapPartitions(captured -> extract(captured, options, counts), true);
    spark.createDataFrame(rows, Rows.SCHEMA).write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .parquet(output);
    return counts.totals();
  }

  /** One extractor per partition; every record becomes a row, counted once. */
  private static Iterator<Row> extract(Iterator<Captured> captured, JobOptions options, Accumulators counts) {
    Extractor extractor = Extractor.create(options.extractorOptions());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return captured.hasNext();
      }

      @Override
      public Row next() {
        Captured c = captured.next();
        Row row = c.isPage()
            ? Rows.of(c, extractor.extract(c.capture()), options.documentJson())
            : Rows.of(c);
        counts.count(row.getString(Rows.SCHEMA.fieldIndex("status")));
        return row;
      }
    };
  }

  /** The four counters. */
  private static final class Accumulators implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final LongAccumulator in;
    final LongAccumulator ok;
    final LongAccumulator skipped;
    final LongAccumulator failed;

    Accumulators(JavaSparkContext jsc) {
      in = jsc.sc().longAccumulator("pith records in");
      ok = jsc.sc().longAccumulator("pith ok");
      skipped = jsc.sc().longAccumulator("pith skipped");
      failed = jsc.sc().longAccumulator("pith failed");
    }

    void count(String status) {
      in.add(1);
      switch (status) {
        case Rows.OK -> ok.add(1);
        case Rows.SKIPPED -> skipped.add(1);
        default -> failed.add(1);
      }
    }

    Counts totals() {
      return new Counts(in.value(), ok.value(), skipped.value(), failed.value());
    }
  }

  /** Reads the files of a partition in turn, record by record; a file that cannot be opened is one failed record. */
  private static final class ArchiveIterator implements Iterator<Captured> {
    private final Iterator<String> files;
    private final Configuration conf;
    private final JobOptions options;
    private @Nullable WarcCaptureSource source;
    private @Nullable Iterator<SourceRecord> records;
    private @Nullable Captured next;

    ArchiveIterator(Iterator<String> files, Configuration conf, JobOptions options) {
      this.files = files;
      this.conf = conf;
      this.options = options;
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> closeSource());
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (records != null && records.hasNext()) {
          next = Captured.of(records.next());
        } else {
          closeSource();
          if (!files.hasNext()) {
            return false;
          }
          open(files.next());
        }
      }
      return true;
    }

    @Override
    public Captured next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Captured c = next;
      next = null;
      return c;
    }

    private void open(String file) {
      try {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(conf);
        source = WarcCaptureSource.open(HadoopChannel.open(fs, path), file, options.readOptions());
        records = source.iterator();
      } catch (IOException | RuntimeException e) {
        // worded as pith extract words it, so that the two outputs match
        String message = e instanceof java.io.FileNotFoundException || e instanceof java.nio.file.NoSuchFileException
            ? "cannot open: no such file"
            : "cannot open: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        next = Captured.of(new SourceRecord.Broken(RecordInfo.at(SourceRef.of(file), 0), ErrorKind.UNREADABLE,
            message));
      }
    }

    private void closeSource() {
      records = null;
      if (source != null) {
        try {
          source.close();
        } catch (IOException e) {
          // the file was read to its end; a failure to close it loses nothing
        }
        source = null;
      }
    }
  }

  // -----------------------------------------------------------------------------------------------------------------
  // Inputs

  /**
   * The archive files that {@code inputs} and {@code manifests} stand for, on any Hadoop file system: a file stands
   * for itself (a missing one too: it gives a failed row), a directory for the archives under it (sorted), a glob
   * for its matches, a manifest ({@code *.paths[.gz]} or given with {@code --manifest}) for the paths it lists
   * (relative to its folder). Paths are kept as given, so that rows name their source as {@code pith extract}
   * does.
   */
  static List<String> expand(Configuration conf, List<String> inputs, List<String> manifests) throws IOException {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      if (isManifest(input)) {
        out.addAll(manifest(conf, input));
        continue;
      }
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        out.add(input);
        continue;
      }
      boolean glob = matches.length > 1 || !matches[0].getPath().getName().equals(path.getName());
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          List<String> found = new ArrayList<>();
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (isArchive(f.getPath().getName())) {
              found.add(f.getPath().toString());
            }
          }
          found.sort(null);
          out.addAll(found);
        } else {
          out.add(glob ? match.getPath().toString() : input);
        }
      }
    }
    for (String manifest : manifests) {
      out.addAll(manifest(conf, manifest));
    }
    return out;
  }

  private static List<String> manifest(Configuration conf, String manifest) throws IOException {
    Path path = new Path(manifest);
    FileSystem fs = path.getFileSystem(conf);
    List<String> out = new ArrayList<>();
    try (InputStream raw = fs.open(path);
        InputStream in = manifest.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        Path p = new Path(entry);
        out.add(p.isAbsoluteAndSchemeAuthorityNull() || p.toUri().getScheme() != null || path.getParent() == null
            ? entry : new Path(path.getParent(), entry).toString());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("the manifest " + manifest + " lists no files");
    }
    return out;
  }

  static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : ARCHIVE_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  static boolean isManifest(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".paths") || lower.endsWith(".paths.gz");
  }
}
