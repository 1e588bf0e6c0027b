package dev.pith.capture;

import dev.pith.document.ErrorKind;
import java.util.Objects;

/**
 * What a {@link CaptureSource} yields for one record: exactly one of a {@link Page} to extract, a {@link Skipped}
 * record (not a page pith extracts from, with the reason), or a {@link Broken} record (one that could not be read,
 * with the error's kind and where it is). A batch's counts therefore always add up.
 */
public sealed interface SourceRecord permits SourceRecord.Page, SourceRecord.Skipped, SourceRecord.Broken {

  /** What the archive says about the record: where it is, its id, target, date, HTTP status. */
  RecordInfo info();

  /** A record holding a page: its payload, ready for extraction. */
  record Page(RecordInfo info, Capture capture) implements SourceRecord {
    public Page {
      Objects.requireNonNull(info, "info");
      Objects.requireNonNull(capture, "capture");
    }
  }

  /**
   * A record that holds no page pith extracts from: a request, metadata or warcinfo record, an image, a redirect.
   *
   * @param reason why, as a stable code
   * @param message the detail, e.g. {@code "payload type image/png is not HTML"}
   */
  record Skipped(RecordInfo info, SkipReason reason, String message) implements SourceRecord {
    public Skipped {
      Objects.requireNonNull(info, "info");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * A record that could not be read: cut short, with a wrong length, corrupt compression, an unparseable header, or
   * over a size limit. Its {@link RecordInfo#source()} says where it starts ("offset N in file"); reading goes on
   * with the next good record.
   *
   * @param kind the kind of error
   * @param message what went wrong, for an operator
   */
  record Broken(RecordInfo info, ErrorKind kind, String message) implements SourceRecord {
    public Broken {
      Objects.requireNonNull(info, "info");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }
}
