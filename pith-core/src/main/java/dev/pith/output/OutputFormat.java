package dev.pith.output;

import java.util.Locale;

/** The formats a document can be written in, with their file extensions. */
public enum OutputFormat {
  TEXT("txt"),
  MARKDOWN("md"),
  JSON("json"),
  HTML("html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** File extension without the dot. */
  public String extension() {
    return extension;
  }

  /** The writer for this format. */
  public DocumentWriter writer() {
    return switch (this) {
      case TEXT -> PlainTextWriter.INSTANCE;
      case MARKDOWN -> MarkdownWriter.INSTANCE;
      case JSON -> JsonDocumentWriter.INSTANCE;
      case HTML -> HtmlWriter.INSTANCE;
    };
  }

  /** Parses {@code text}, {@code txt}, {@code markdown}, {@code md}, {@code json} or {@code html}. */
  public static OutputFormat parse(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "text", "txt", "plain" -> TEXT;
      case "markdown", "md" -> MARKDOWN;
      case "json" -> JSON;
      case "html" -> HTML;
      default -> throw new IllegalArgumentException(
          "format must be text, markdown, json or html, was \"" + name + "\"");
    };
  }
}
