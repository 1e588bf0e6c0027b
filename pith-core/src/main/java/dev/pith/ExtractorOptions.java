package dev.pith;

import java.util.Objects;

/**
 * How an {@link Extractor} works. Immutable: {@code withX} returns a changed copy.
 *
 * @param repairEncoding undo mojibake (text decoded with the wrong charset before it reached pith)
 * @param includeComments keep reader comments as content instead of removing them
 * @param includeTables keep tables in the main content
 * @param includeFigures keep figures (image, caption, credit) as blocks of the document
 * @param limits bounds on what one capture may cost
 */
public record ExtractorOptions(
    boolean repairEncoding,
    boolean includeComments,
    boolean includeTables,
    boolean includeFigures,
    Limits limits) {

  public ExtractorOptions {
    Objects.requireNonNull(limits, "limits");
  }

  /** Repair on, comments off, tables on, figures on, default limits. */
  public static ExtractorOptions defaults() {
    return new ExtractorOptions(true, false, true, true, Limits.defaults());
  }

  public ExtractorOptions withRepairEncoding(boolean value) {
    return new ExtractorOptions(value, includeComments, includeTables, includeFigures, limits);
  }

  public ExtractorOptions withComments(boolean value) {
    return new ExtractorOptions(repairEncoding, value, includeTables, includeFigures, limits);
  }

  public ExtractorOptions withTables(boolean value) {
    return new ExtractorOptions(repairEncoding, includeComments, value, includeFigures, limits);
  }

  public ExtractorOptions withFigures(boolean value) {
    return new ExtractorOptions(repairEncoding, includeComments, includeTables, value, limits);
  }

  public ExtractorOptions withLimits(Limits value) {
    return new ExtractorOptions(repairEncoding, includeComments, includeTables, includeFigures, value);
  }
}
