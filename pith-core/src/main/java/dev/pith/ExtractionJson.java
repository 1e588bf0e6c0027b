package dev.pith;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pith.output.JsonDocumentWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Any {@link Extraction} as one JSON object, the record of JSON Lines outputs: {@code source} (and {@code offset}
 * for archive records), {@code status}, then the document's fields for a success or {@code error} and
 * {@code message} otherwise. Thread-safe.
 */
public final class ExtractionJson {
  private ExtractionJson() {}

  /** The extraction as a one-line JSON object. */
  public static String toJson(Extraction extraction) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = JsonDocumentWriter.factory().createGenerator(out)) {
      g.writeStartObject();
      writeFields(extraction, g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the extraction's fields into the object {@code g} is in. */
  public static void writeFields(Extraction extraction, JsonGenerator g) throws IOException {
    g.writeStringField("source", extraction.source().name());
    if (extraction.source().offset() >= 0) {
      g.writeNumberField("offset", extraction.source().offset());
    }
    g.writeStringField("status", extraction.status());
    if (extraction instanceof Extraction.Success s) {
      JsonDocumentWriter.create().writeFields(s.document(), g);
    } else if (extraction instanceof Extraction.Rejected r) {
      g.writeStringField("error", r.kind().jsonName());
      g.writeStringField("message", r.message());
    } else if (extraction instanceof Extraction.Failed f) {
      g.writeStringField("error", f.kind().jsonName());
      g.writeStringField("message", f.message());
    }
  }
}
