package dev.pith.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pith.Extraction;
import dev.pith.capture.RecordInfo;
import dev.pith.capture.SourceRecord;
import dev.pith.document.ExtractedDocument;
import dev.pith.output.JsonDocumentWriter;
import dev.pith.output.OutputFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One JSON object per record, the line of a crawl's JSON Lines output. Every line starts with where the record is
 * and what the archive says about it, then its {@code status}:
 *
 * <pre>
 * {"source":"crawl.warc.gz","offset":1234,"record":5,"warc_type":"response","warc_record_id":"&lt;urn:uuid:…&gt;",
 *  "target_uri":"https://…","warc_date":"2024-03-01T12:00:00Z","http_status":200,
 *  "content_type":"text/html; charset=utf-8","status":"ok","charset":"utf-8", …document fields…}
 * </pre>
 *
 * <ul>
 *   <li>{@code ok}: {@code charset} (as decoded) and the document: {@code metadata} and {@code text} for the text
 *       format, {@code markdown} or {@code html} for those, every field of the document model for json;
 *   <li>{@code skipped}: not a page pith extracts from, {@code error} says why ({@code record_type},
 *       {@code media_type}, {@code http_status}, {@code empty}, {@code not_text}, ...) and {@code message} how;
 *   <li>{@code failed}: {@code error} is the error kind ({@code truncated}, {@code malformed}, {@code too_large},
 *       ...) and {@code message} says what happened; {@code offset} says where.
 * </ul>
 *
 * Fields the archive does not give are left out. Loose page files have no {@code offset} or {@code record}.
 * Thread-safe (no state).
 */
final class RecordLine {
  static final String OK = "ok";
  static final String SKIPPED = "skipped";
  static final String FAILED = "failed";

  private RecordLine() {}

  /** The status a line gets for this extraction: rejections are skips (the input is not a page). */
  static String status(Extraction x) {
    return x instanceof Extraction.Success ? OK : x instanceof Extraction.Rejected ? SKIPPED : FAILED;
  }

  /** The line for a record that was extracted. */
  static String of(RecordInfo info, Extraction extraction, OutputFormat format) {
    return write(g -> {
      envelope(info, g);
      g.writeStringField("status", status(extraction));
      if (extraction instanceof Extraction.Success s) {
        document(s.document(), format, g);
      } else if (extraction instanceof Extraction.Rejected r) {
        g.writeStringField("error", r.kind().jsonName());
        g.writeStringField("message", r.message());
      } else if (extraction instanceof Extraction.Failed f) {
        g.writeStringField("error", f.kind().jsonName());
        g.writeStringField("message", f.message());
      }
    });
  }

  /** The line for a record the source skipped or could not read. */
  static String of(SourceRecord record) {
    return write(g -> {
      envelope(record.info(), g);
      if (record instanceof SourceRecord.Skipped s) {
        g.writeStringField("status", SKIPPED);
        g.writeStringField("error", s.reason().jsonName());
        g.writeStringField("message", s.message());
      } else if (record instanceof SourceRecord.Broken b) {
        g.writeStringField("status", FAILED);
        g.writeStringField("error", b.kind().jsonName());
        g.writeStringField("message", b.message());
      } else {
        throw new IllegalArgumentException("a page is extracted first, was " + record);
      }
    });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = JsonDocumentWriter.factory().createGenerator(out)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void envelope(RecordInfo info, JsonGenerator g) throws IOException {
    g.writeStringField("source", info.source().name());
    if (info.source().offset() >= 0) {
      g.writeNumberField("offset", info.source().offset());
      g.writeNumberField("record", info.ordinal());
    }
    if (!info.warcType().isEmpty()) {
      g.writeStringField("warc_type", info.warcType());
    }
    optional(g, "warc_record_id", info.recordId());
    optional(g, "target_uri", info.targetUri());
    optional(g, "warc_date", info.date() == null ? null : info.date().toString());
    if (info.httpStatus() >= 0) {
      g.writeNumberField("http_status", info.httpStatus());
    }
    optional(g, "content_type", info.contentType());
  }

  private static void document(ExtractedDocument d, OutputFormat format, JsonGenerator g) throws IOException {
    g.writeStringField("charset", d.encoding().charset());
    switch (format) {
      case JSON -> JsonDocumentWriter.create().writeFields(d, g);
      case MARKDOWN -> {
        JsonDocumentWriter.writeMetadata(d.metadata(), g);
        g.writeStringField("markdown", format.writer().write(d));
      }
      case HTML -> {
        JsonDocumentWriter.writeMetadata(d.metadata(), g);
        g.writeStringField("html", format.writer().write(d));
      }
      default -> {
        JsonDocumentWriter.writeMetadata(d.metadata(), g);
        g.writeStringField("text", d.text());
      }
    }
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
