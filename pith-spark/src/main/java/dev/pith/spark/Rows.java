package dev.pith.spark;

import dev.pith.Extraction;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Metadata;
import dev.pith.document.Sourced;
import dev.pith.output.JsonDocumentWriter;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The job's output: one row per record, whatever became of it. The columns follow the JSON Lines of
 * {@code pith extract} (same names, same values), flattened: the envelope (where the record is and what the
 * archive says about it), {@code status} ({@code ok}, {@code skipped}, {@code failed}) with {@code error_kind} and
 * {@code error_message}, the charset, the metadata fields, the text, and optionally the whole document as JSON.
 */
final class Rows {
  static final String OK = "ok";
  static final String SKIPPED = "skipped";
  static final String FAILED = "failed";

  /** Metadata columns, in order. */
  static final List<String> METADATA = List.of("title", "authors", "published", "modified", "site_name", "url",
      "language", "description", "section", "image");

  static final StructType SCHEMA = new StructType(new StructField[] {
    field("source", DataTypes.StringType, false),
    field("offset", DataTypes.LongType, true),
    field("record", DataTypes.LongType, true),
    field("warc_type", DataTypes.StringType, true),
    field("warc_record_id", DataTypes.StringType, true),
    field("target_uri", DataTypes.StringType, true),
    field("warc_date", DataTypes.TimestampType, true),
    field("http_status", DataTypes.IntegerType, true),
    field("content_type", DataTypes.StringType, true),
    field("status", DataTypes.StringType, false),
    field("error_kind", DataTypes.StringType, true),
    field("error_message", DataTypes.StringType, true),
    field("charset", DataTypes.StringType, true),
    field("charset_evidence", DataTypes.StringType, true),
    field("title", DataTypes.StringType, true),
    field("authors", DataTypes.createArrayType(DataTypes.StringType, false), true),
    field("published", DataTypes.StringType, true),
    field("modified", DataTypes.StringType, true),
    field("site_name", DataTypes.StringType, true),
    field("url", DataTypes.StringType, true),
    field("language", DataTypes.StringType, true),
    field("description", DataTypes.StringType, true),
    field("section", DataTypes.StringType, true),
    field("image", DataTypes.StringType, true),
    field("text", DataTypes.StringType, true),
    field("document_json", DataTypes.StringType, true),
  });

  private Rows() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /** The row of a record the reader skipped or could not read. */
  static Row of(Captured c) {
    return row(c, c.status, c.errorKind, c.errorMessage, null, false);
  }

  /** The row of an extracted record. */
  static Row of(Captured c, Extraction x, boolean documentJson) {
    if (x instanceof Extraction.Success s) {
      return row(c, OK, null, null, s.document(), documentJson);
    }
    if (x instanceof Extraction.Rejected r) {
      return row(c, SKIPPED, r.kind().jsonName(), r.message(), null, false);
    }
    Extraction.Failed f = (Extraction.Failed) x;
    return row(c, FAILED, f.kind().jsonName(), f.message(), null, false);
  }

  private static Row row(Captured c, @Nullable String status, @Nullable String errorKind,
      @Nullable String errorMessage, @Nullable ExtractedDocument d, boolean documentJson) {
    Object[] v = new Object[SCHEMA.size()];
    int i = 0;
    v[i++] = c.source;
    v[i++] = c.offset >= 0 ? c.offset : null;
    v[i++] = c.offset >= 0 ? c.record : null;
    v[i++] = c.warcType.isEmpty() ? null : c.warcType;
    v[i++] = c.recordId;
    v[i++] = c.targetUri;
    v[i++] = c.date == null ? null : Timestamp.from(c.date);
    v[i++] = c.httpStatus >= 0 ? c.httpStatus : null;
    v[i++] = c.contentType;
    v[i++] = status;
    v[i++] = errorKind;
    v[i++] = errorMessage;
    if (d != null) {
      Metadata m = d.metadata();
      v[i++] = d.encoding().charset();
      v[i++] = d.encoding().evidence();
      v[i++] = value(m.title());
      v[i++] = m.authors().stream().map(Sourced::value).toArray(String[]::new);
      v[i++] = value(m.published());
      v[i++] = value(m.modified());
      v[i++] = value(m.siteName());
      v[i++] = value(m.url());
      v[i++] = value(m.language());
      v[i++] = value(m.description());
      v[i++] = value(m.section());
      v[i++] = value(m.image());
      v[i++] = d.text();
      v[i++] = documentJson ? JsonDocumentWriter.create().write(d) : null;
    }
    return RowFactory.create(v);
  }

  private static @Nullable String value(@Nullable Sourced s) {
    return s == null ? null : s.value();
  }
}
