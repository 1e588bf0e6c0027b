package dev.pith.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.document.Aside;
import dev.pith.document.BlockType;
import dev.pith.document.Encoding;
import dev.pith.document.ExtractedDocument;
import dev.pith.document.Metadata;
import dev.pith.document.Paragraph;
import dev.pith.output.OutputFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The box block in the model and every writer. */
class AsideRenderingTest {
  private static final ExtractedDocument DOC = new ExtractedDocument(Metadata.empty(),
      List.of(new Paragraph("Before the box."), new Aside("Why We Wrote This", "The box's summary."),
          new Paragraph("After the box.")),
      List.of(), List.of(), new Encoding("utf-8", "declared", List.of()));

  @Test
  void theModel() {
    Aside aside = new Aside("Why We Wrote This", "The box's summary.");
    assertEquals(BlockType.ASIDE, aside.type());
    assertEquals("aside", aside.type().jsonName());
    assertEquals("Why We Wrote This\nThe box's summary.", aside.text());
    assertEquals("Only the body.", new Aside(null, "Only the body.").text());
    assertThrows(NullPointerException.class, () -> new Aside("label", null));
  }

  @Test
  void plainTextKeepsTheBoxOutOfTheRunningText() {
    assertEquals("Before the box.\n\nAfter the box.\n", OutputFormat.TEXT.writer().write(DOC));
    assertEquals("Before the box.\n\nWhy We Wrote This\nThe box's summary.\n\nAfter the box.", DOC.text(true));
  }

  @Test
  void json() {
    String json = OutputFormat.JSON.writer().write(DOC);
    assertTrue(json.contains("{\"type\":\"aside\",\"label\":\"Why We Wrote This\",\"body\":\"The box's summary.\","
        + "\"text\":\"Why We Wrote This\\nThe box's summary.\"}"), json);
  }

  @Test
  void markdownAndHtml() {
    assertTrue(OutputFormat.MARKDOWN.writer().write(DOC).contains("> **Why We Wrote This**\n>\n> The box's summary."));
    assertTrue(OutputFormat.HTML.writer().write(DOC)
        .contains("<aside><h2>Why We Wrote This</h2><p>The box's summary.</p></aside>"));
  }
}
