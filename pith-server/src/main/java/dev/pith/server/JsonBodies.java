package dev.pith.server;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pith.Extraction;
import dev.pith.ExtractionJson;
import dev.pith.Inspection;
import dev.pith.document.RepairStep;
import dev.pith.output.JsonDocumentWriter;
import dev.pith.repair.RepairedText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The JSON bodies the service answers with, written with jackson-core's streaming generator. */
final class JsonBodies {
  private JsonBodies() {}

  @FunctionalInterface
  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static String object(Fields fields) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = JsonDocumentWriter.factory().createGenerator(out)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** {@code {"error": code, "message": message}}. */
  static String error(String code, String message) {
    return object(g -> {
      g.writeStringField("error", code);
      g.writeStringField("message", message);
    });
  }

  /** The extraction's own JSON (source, status, then the document), as {@code pith extract -f json} writes it. */
  static String extraction(Extraction extraction) {
    return ExtractionJson.toJson(extraction);
  }

  /** The extraction's JSON with the marked original page added as {@code marked_page}. */
  static String inspection(Inspection inspection) {
    return object(g -> {
      ExtractionJson.writeFields(inspection.extraction(), g);
      g.writeStringField("marked_page", inspection.markedPage());
    });
  }

  /** {@code {"text": ..., "changed": bool, "steps": [{action, detail, start, end}]}}. */
  static String repair(RepairedText repaired) {
    return object(g -> {
      g.writeStringField("text", repaired.text());
      g.writeBooleanField("changed", repaired.changed());
      g.writeArrayFieldStart("steps");
      for (RepairStep s : repaired.steps()) {
        g.writeStartObject();
        g.writeStringField("action", s.action());
        g.writeStringField("detail", s.detail());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /** A flat object of string and number fields, in the given order. */
  static String flat(Map<String, ?> fields) {
    return object(g -> {
      for (Map.Entry<String, ?> e : fields.entrySet()) {
        if (e.getValue() instanceof Number n) {
          g.writeNumberField(e.getKey(), n.longValue());
        } else {
          g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
        }
      }
    });
  }
}
