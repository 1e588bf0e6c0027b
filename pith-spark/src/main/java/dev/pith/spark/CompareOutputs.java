package dev.pith.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Checks that the job's Parquet and {@code pith extract -f json}'s JSON Lines hold the same records, row for row,
 * ignoring order: each JSON line becomes a row of the job's schema, sources are compared by file name (the two
 * runs may name the same file differently), and the rows of each side that the other lacks are counted
 * ({@code exceptAll}, which counts duplicates). When the Parquet was written without {@code --document-json}, that
 * column is left out of the comparison; every other column, text and metadata included, is compared exactly.
 *
 * <pre>
 * ./pith spark compare --parquet out/ --jsonl out.jsonl.gz
 * </pre>
 */
public final class CompareOutputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SOURCE = Rows.SCHEMA.fieldIndex("source");
  private static final int DOCUMENT = Rows.SCHEMA.fieldIndex("document_json");

  /** Rows on each side, and rows found on one side only. */
  public record Result(long parquetRows, long jsonRows, long onlyInParquet, long onlyInJson,
      List<String> examples) {
    public boolean same() {
      return onlyInParquet == 0 && onlyInJson == 0 && parquetRows == jsonRows;
    }
  }

  private CompareOutputs() {}

  /** Compares the Parquet under {@code parquet} with the JSON Lines file {@code jsonl} (plain or gzipped). */
  public static Result compare(SparkSession spark, String parquet, String jsonl) {
    Dataset<Row> written = spark.read().parquet(parquet);
    boolean withDocument = written.filter(written.col("document_json").isNotNull()).limit(1).count() > 0;
    Dataset<Row> a = written.map((MapFunction<Row, Row>) r -> normalize(r, withDocument), Encoders.row(Rows.SCHEMA))
        .cache();
    Dataset<Row> b = spark.read().textFile(jsonl).filter((org.apache.spark.api.java.function.FilterFunction<String>)
            line -> !line.isBlank())
        .map((MapFunction<String, Row>) line -> fromLine(line, withDocument), Encoders.row(Rows.SCHEMA)).cache();
    Dataset<Row> onlyA = a.exceptAll(b);
    Dataset<Row> onlyB = b.exceptAll(a);
    List<String> examples = new ArrayList<>();
    for (Row r : onlyA.limit(3).collectAsList()) {
      examples.add("only in Parquet: " + brief(r));
    }
    for (Row r : onlyB.limit(3).collectAsList()) {
      examples.add("only in JSON Lines: " + brief(r));
    }
    Result result = new Result(a.count(), b.count(), onlyA.count(), onlyB.count(), examples);
    a.unpersist();
    b.unpersist();
    return result;
  }

  /** Runs {@code compare --parquet DIR --jsonl FILE}; exit 0 when the outputs are the same, 1 when not. */
  static int run(String[] argv, PrintStream err) {
    String parquet = null;
    String jsonl = null;
    for (int i = 0; i < argv.length; i++) {
      if (argv[i].equals("--parquet") && i + 1 < argv.length) {
        parquet = argv[++i];
      } else if (argv[i].equals("--jsonl") && i + 1 < argv.length) {
        jsonl = argv[++i];
      } else {
        err.println("pith spark compare: unknown argument " + argv[i]);
        return PithSpark.USAGE;
      }
    }
    if (parquet == null || jsonl == null) {
      err.println("usage: pith spark compare --parquet DIR --jsonl FILE.jsonl[.gz]   (from pith extract -f json)");
      return PithSpark.USAGE;
    }
    SparkSession spark = PithSpark.session(null);
    try {
      Result r = compare(spark, parquet, jsonl);
      r.examples().forEach(err::println);
      err.printf("pith spark compare: %d Parquet rows, %d JSON lines; %d only in Parquet, %d only in JSON Lines: "
          + "%s%n", r.parquetRows(), r.jsonRows(), r.onlyInParquet(), r.onlyInJson(),
          r.same() ? "the same records" : "DIFFERENT");
      return r.same() ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  private static String brief(Row r) {
    return r.getAs("source") + " record " + r.getAs("record") + " " + r.getAs("status") + " "
        + r.getAs("target_uri");
  }

  /** A Parquet row with its source reduced to the file name, and its document JSON in canonical form. */
  static Row normalize(Row r, boolean withDocument) throws IOException {
    Object[] v = new Object[Rows.SCHEMA.size()];
    for (int i = 0; i < v.length; i++) {
      Object value = r.get(r.fieldIndex(Rows.SCHEMA.fields()[i].name()));
      v[i] = value instanceof scala.collection.Seq<?> seq
          ? scala.jdk.javaapi.CollectionConverters.asJava(seq).toArray(new String[0]) : value;
    }
    v[SOURCE] = fileName((String) v[SOURCE]);
    v[DOCUMENT] = withDocument && v[DOCUMENT] != null ? JSON.writeValueAsString(JSON.readTree((String) v[DOCUMENT]))
        : null;
    return RowFactory.create(v);
  }

  /** A line of {@code pith extract -f json} as a row of the job's schema. */
  static Row fromLine(String line, boolean withDocument) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON line: " + line, e);
    }
    boolean ok = "ok".equals(text(n, "status"));
    JsonNode meta = n.path("metadata");
    List<String> authors = new ArrayList<>();
    meta.path("authors").forEach(a -> authors.add(a.path("value").asText()));
    String date = text(n, "warc_date");
    Object[] v = {
      fileName(text(n, "source")),
      n.has("offset") ? n.get("offset").asLong() : null,
      n.has("record") ? n.get("record").asLong() : null,
      text(n, "warc_type"),
      text(n, "warc_record_id"),
      text(n, "target_uri"),
      date == null ? null : Timestamp.from(Instant.parse(date)),
      n.has("http_status") ? n.get("http_status").asInt() : null,
      text(n, "content_type"),
      text(n, "status"),
      ok ? null : text(n, "error"),
      ok ? null : text(n, "message"),
      ok ? text(n, "charset") : null,
      ok ? text(n.path("encoding"), "evidence") : null,
      ok ? value(meta, "title") : null,
      ok ? authors.toArray(new String[0]) : null,
      ok ? value(meta, "published") : null,
      ok ? value(meta, "modified") : null,
      ok ? value(meta, "site_name") : null,
      ok ? value(meta, "url") : null,
      ok ? value(meta, "language") : null,
      ok ? value(meta, "description") : null,
      ok ? value(meta, "section") : null,
      ok ? value(meta, "image") : null,
      ok ? text(n, "text") : null,
      ok && withDocument ? document(n) : null,
    };
    return RowFactory.create(v);
  }

  /** The document fields of a line, as {@code JsonDocumentWriter} writes a document alone. */
  private static String document(JsonNode n) {
    ObjectNode d = JSON.createObjectNode();
    for (String field : new String[] {"metadata", "text", "blocks", "removals", "diagnostics", "encoding"}) {
      if (n.has(field)) {
        d.set(field, n.get(field));
      }
    }
    try {
      return JSON.writeValueAsString(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable String value(JsonNode meta, String field) {
    JsonNode v = meta.get(field);
    return v == null || v.isNull() ? null : text(v, "value");
  }

  private static @Nullable String fileName(@Nullable String path) {
    if (path == null) {
      return null;
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
