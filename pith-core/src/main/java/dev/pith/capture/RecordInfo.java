package dev.pith.capture;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an archive says about one record, whatever became of it.
 *
 * @param source where the record starts: the container and the byte offset (of the gzip member for
 *     {@code .warc.gz}, as in CDX indexes)
 * @param ordinal the record's position among the container's records, from 0; unique within the container even
 *     where offsets are not (several records in one gzip member), and the key that {@code --resume} uses
 * @param warcType the {@code WARC-Type} ({@code response}, {@code resource}, {@code conversion}, ...), or empty
 *     when the record could not be parsed that far
 * @param recordId the {@code WARC-Record-ID}, e.g. {@code <urn:uuid:...>}
 * @param targetUri the {@code WARC-Target-URI}
 * @param date the {@code WARC-Date}: when the capture began
 * @param httpStatus the HTTP status code, or -1 when the record is not an HTTP response or was not parsed
 * @param contentType the payload's declared type: the HTTP {@code Content-Type} of a response, else the record's
 */
public record RecordInfo(
    SourceRef source,
    long ordinal,
    String warcType,
    @Nullable String recordId,
    @Nullable String targetUri,
    @Nullable Instant date,
    int httpStatus,
    @Nullable String contentType) {

  public RecordInfo {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(warcType, "warcType");
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
    }
    if (httpStatus < -1) {
      throw new IllegalArgumentException("httpStatus must be >= -1, was " + httpStatus);
    }
  }

  /** A record known only by where it is (it could not be parsed). */
  public static RecordInfo at(SourceRef source, long ordinal) {
    return new RecordInfo(source, ordinal, "", null, null, null, -1, null);
  }

  RecordInfo withHttp(int status, @Nullable String type) {
    return new RecordInfo(source, ordinal, warcType, recordId, targetUri, date, status, type);
  }

  RecordInfo withContentType(@Nullable String type) {
    return new RecordInfo(source, ordinal, warcType, recordId, targetUri, date, httpStatus, type);
  }
}
