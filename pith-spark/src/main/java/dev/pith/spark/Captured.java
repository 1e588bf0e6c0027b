package dev.pith.spark;

import dev.pith.capture.Capture;
import dev.pith.capture.InputType;
import dev.pith.capture.RecordInfo;
import dev.pith.capture.SourceRecord;
import dev.pith.capture.SourceRef;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One record between reading and extraction, in a form Spark can move between partitions: what the archive says
 * about it, and either its payload (a page) or its outcome (skipped or failed). Immutable; the payload array is
 * not copied and must not be changed.
 */
final class Captured implements Serializable {
  private static final long serialVersionUID = 1L;

  final String source;
  final long offset;
  final long record;
  final String warcType;
  final @Nullable String recordId;
  final @Nullable String targetUri;
  final @Nullable Instant date;
  final int httpStatus;
  final @Nullable String contentType;
  /** The payload of a page; null for a skipped or failed record. */
  final byte @Nullable [] payload;
  final @Nullable String inputType;
  /** {@code skipped} or {@code failed} when there is no payload. */
  final @Nullable String status;
  final @Nullable String errorKind;
  final @Nullable String errorMessage;

  private Captured(RecordInfo info, byte @Nullable [] payload, @Nullable String inputType, @Nullable String status,
      @Nullable String errorKind, @Nullable String errorMessage) {
    this.source = info.source().name();
    this.offset = info.source().offset();
    this.record = info.ordinal();
    this.warcType = info.warcType();
    this.recordId = info.recordId();
    this.targetUri = info.targetUri();
    this.date = info.date();
    this.httpStatus = info.httpStatus();
    this.contentType = info.contentType();
    this.payload = payload;
    this.inputType = inputType;
    this.status = status;
    this.errorKind = errorKind;
    this.errorMessage = errorMessage;
  }

  static Captured of(SourceRecord record) {
    if (record instanceof SourceRecord.Page page) {
      Capture c = page.capture();
      return new Captured(page.info(), c.body(), c.type().name(), null, null, null);
    }
    if (record instanceof SourceRecord.Skipped s) {
      return new Captured(s.info(), null, null, Rows.SKIPPED, s.reason().jsonName(), s.message());
    }
    SourceRecord.Broken b = (SourceRecord.Broken) record;
    return new Captured(b.info(), null, null, Rows.FAILED, b.kind().jsonName(), b.message());
  }

  boolean isPage() {
    return payload != null;
  }

  SourceRef where() {
    return SourceRef.at(source, Math.max(offset, 0));
  }

  /** The capture to extract (a page only). */
  Capture capture() {
    if (payload == null) {
      throw new IllegalStateException("not a page: " + status + " " + errorKind);
    }
    return new Capture(payload, targetUri, contentType, date, where(),
        InputType.valueOf(inputType == null ? "AUTO" : inputType));
  }
}
