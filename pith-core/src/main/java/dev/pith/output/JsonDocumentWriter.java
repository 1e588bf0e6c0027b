package dev.pith.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pith.document.Aside;
import dev.pith.document.Block;
import dev.pith.document.Code;
import dev.pith.document.Diagnostic;
import dev.pith.document.Encoding;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Figure;
import dev.pith.document.Heading;
import dev.pith.document.ListBlock;
import dev.pith.document.Metadata;
import dev.pith.document.Removal;
import dev.pith.document.RepairStep;
import dev.pith.document.Sourced;
import dev.pith.document.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The whole document model as one JSON object: metadata (each field with its source), the text, the blocks with
 * their types, removals with reasons, diagnostics, and how the bytes were decoded and repaired. Written with
 * jackson-core's streaming generator; {@link #writeFields} lets outer layers wrap the fields in an envelope of
 * their own (status, source).
 */
public final class JsonDocumentWriter implements DocumentWriter {
  static final JsonDocumentWriter INSTANCE = new JsonDocumentWriter();
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonDocumentWriter() {}

  /** The writer (it has no settings). */
  public static JsonDocumentWriter create() {
    return INSTANCE;
  }

  /** The JSON generator factory the writers share (thread-safe). */
  public static JsonFactory factory() {
    return FACTORY;
  }

  @Override
  public String write(ExtractedDocument document) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      writeFields(document, g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes the document's fields into the object {@code g} is in. */
  public void writeFields(ExtractedDocument document, JsonGenerator g) throws IOException {
    writeMetadata(document.metadata(), g);
    g.writeStringField("text", document.text());
    g.writeArrayFieldStart("blocks");
    for (Block block : document.blocks()) {
      writeBlock(block, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("removals");
    for (Removal r : document.removals()) {
      g.writeStartObject();
      g.writeStringField("where", r.where());
      g.writeStringField("reason", r.reason().jsonName());
      g.writeStringField("detail", r.detail());
      g.writeStringField("excerpt", r.excerpt());
      g.writeNumberField("chars", r.chars());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : document.diagnostics()) {
      g.writeStartObject();
      g.writeStringField("code", d.code());
      g.writeStringField("message", d.message());
      if (!d.where().isEmpty()) {
        g.writeStringField("where", d.where());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    writeEncoding(document.encoding(), g);
  }

  /**
   * Writes the {@code "metadata"} field alone, as {@link #writeFields} writes it, for outputs that carry the text
   * without the blocks (JSON Lines of a crawl).
   */
  public static void writeMetadata(Metadata m, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("metadata");
    sourced(g, "title", m.title());
    g.writeArrayFieldStart("authors");
    for (Sourced a : m.authors()) {
      sourcedValue(g, a);
    }
    g.writeEndArray();
    sourced(g, "published", m.published());
    sourced(g, "modified", m.modified());
    sourced(g, "site_name", m.siteName());
    sourced(g, "url", m.url());
    sourced(g, "language", m.language());
    sourced(g, "description", m.description());
    sourced(g, "section", m.section());
    sourced(g, "image", m.image());
    g.writeEndObject();
  }

  private static void sourced(JsonGenerator g, String name, Sourced value) throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else {
      sourcedValue(g, value);
    }
  }

  private static void sourcedValue(JsonGenerator g, Sourced value) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", value.value());
    g.writeStringField("source", value.source());
    g.writeEndObject();
  }

  private static void writeBlock(Block block, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", block.type().jsonName());
    if (block instanceof Heading h) {
      g.writeNumberField("level", h.level());
    }
    if (block instanceof ListBlock l) {
      g.writeBooleanField("ordered", l.ordered());
      g.writeArrayFieldStart("items");
      for (String item : l.items()) {
        g.writeString(item);
      }
      g.writeEndArray();
    } else if (block instanceof Table t) {
      g.writeBooleanField("header", t.header());
      g.writeArrayFieldStart("rows");
      for (List<String> row : t.rows()) {
        g.writeStartArray();
        for (String cell : row) {
          g.writeString(cell);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    } else if (block instanceof Figure f) {
      nullable(g, "caption", f.caption());
      nullable(g, "credit", f.credit());
      nullable(g, "image", f.imageUrl());
    } else if (block instanceof Aside a) {
      nullable(g, "label", a.label());
      g.writeStringField("body", a.body());
    } else if (block instanceof Code c) {
      g.writeStringField("text", c.text());
    }
    if (!(block instanceof Code)) {
      g.writeStringField("text", block.text());
    }
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, String name, String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }

  private static void writeEncoding(Encoding e, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("encoding");
    g.writeStringField("charset", e.charset());
    g.writeStringField("evidence", e.evidence());
    g.writeArrayFieldStart("repairs");
    for (RepairStep s : e.repairs()) {
      g.writeStartObject();
      g.writeStringField("action", s.action());
      g.writeStringField("detail", s.detail());
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
