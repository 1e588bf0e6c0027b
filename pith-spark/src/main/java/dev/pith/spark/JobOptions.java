package dev.pith.spark;

import dev.pith.ExtractorOptions;
import dev.pith.Limits;
import dev.pith.capture.WarcCaptureSource;
import java.io.Serializable;
import java.time.Duration;

/**
 * What the job does, in a form Spark can ship to executors: every task builds its {@link ExtractorOptions} and
 * {@link WarcCaptureSource.Options} from these (the core's records are not serializable, and need not be).
 *
 * @param repairEncoding undo mojibake
 * @param comments keep reader comments
 * @param tables keep tables
 * @param figures keep figures
 * @param maxBytes largest payload in bytes
 * @param timeBudgetMillis time budget per record
 * @param successOnly skip HTTP responses that are not 2xx
 * @param documentJson fill the {@code document_json} column with the whole document
 * @param partitions extraction partitions after reading: 0 to extract where each file is read (no shuffle), -1 to
 *     decide (spread records over all cores when there are fewer files than cores)
 */
public record JobOptions(
    boolean repairEncoding,
    boolean comments,
    boolean tables,
    boolean figures,
    long maxBytes,
    long timeBudgetMillis,
    boolean successOnly,
    boolean documentJson,
    int partitions) implements Serializable {
  private static final long serialVersionUID = 1L;

  public JobOptions {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, was " + maxBytes);
    }
    if (timeBudgetMillis < 1) {
      throw new IllegalArgumentException("timeBudgetMillis must be >= 1, was " + timeBudgetMillis);
    }
    if (partitions < -1) {
      throw new IllegalArgumentException("partitions must be >= -1, was " + partitions);
    }
  }

  /** The defaults of {@code pith extract}. */
  public static JobOptions defaults() {
    ExtractorOptions d = ExtractorOptions.defaults();
    return new JobOptions(d.repairEncoding(), d.includeComments(), d.includeTables(), d.includeFigures(),
        d.limits().maxBytes(), d.limits().timeBudget().toMillis(), true, false, -1);
  }

  /** The extractor options these stand for. */
  public ExtractorOptions extractorOptions() {
    Limits limits = Limits.defaults().withMaxBytes(maxBytes).withTimeBudget(Duration.ofMillis(timeBudgetMillis));
    return ExtractorOptions.defaults().withRepairEncoding(repairEncoding).withComments(comments)
        .withTables(tables).withFigures(figures).withLimits(limits);
  }

  /** How archives are read. */
  public WarcCaptureSource.Options readOptions() {
    return WarcCaptureSource.Options.defaults().withMaxPayloadBytes(maxBytes).withSuccessOnly(successOnly);
  }

  public JobOptions withDocumentJson(boolean value) {
    return new JobOptions(repairEncoding, comments, tables, figures, maxBytes, timeBudgetMillis, successOnly, value,
        partitions);
  }

  public JobOptions withPartitions(int value) {
    return new JobOptions(repairEncoding, comments, tables, figures, maxBytes, timeBudgetMillis, successOnly,
        documentJson, value);
  }

  public JobOptions withSuccessOnly(boolean value) {
    return new JobOptions(repairEncoding, comments, tables, figures, maxBytes, timeBudgetMillis, value,
        documentJson, partitions);
  }
}
