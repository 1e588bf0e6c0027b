package dev.pith.capture;

import java.io.Closeable;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of records from one container (an archive, a file): each record is a {@link SourceRecord.Page} to
 * extract, a {@link SourceRecord.Skipped} record with its reason, or a {@link SourceRecord.Broken} one that could
 * not be read, so that every record the container holds is accounted for. Records are read lazily, in order, and
 * only once: a second iteration throws.
 *
 * <p>Not thread-safe: one thread reads a source, and hands the pages to as many extractor threads as it likes.
 *
 * <pre>{@code
 * try (CaptureSource source = WarcCaptureSource.open(Path.of("crawl.warc.gz"))) {
 *   for (SourceRecord record : source) {
 *     if (record instanceof SourceRecord.Page page) {
 *       Extraction result = extractor.extract(page.capture());
 *     }
 *   }
 * }
 * }</pre>
 */
public interface CaptureSource extends Iterable<SourceRecord>, Closeable {

  /** The container's name as given when it was opened (a path or URL), used in every record's source. */
  String name();

  /** All records in order, lazily; the stream is sequential and must be consumed before the source is closed. */
  default Stream<SourceRecord> records() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Only the captures, dropping skipped and broken records: for quick use. Batch code that must account for every
   * record uses {@link #records()}.
   */
  default Stream<Capture> captures() {
    return records()
        .filter(r -> r instanceof SourceRecord.Page)
        .map(r -> ((SourceRecord.Page) r).capture());
  }
}
