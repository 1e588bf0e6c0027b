package dev.pith.document;

import java.text.Normalizer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the capture says about itself. Every field records its source; a field the capture does not give is null
 * (or, for authors, an empty list). Text fields are in Unicode NFC; URLs are as the page spelled them.
 *
 * @param title the headline, without a " | Site" suffix
 * @param authors the authors, in the order given
 * @param published publication date, ISO-8601 ({@code 2025-02-20} or a full date-time)
 * @param modified last modification date, ISO-8601
 * @param siteName the publication or site
 * @param url canonical URL of the page
 * @param language BCP-47 language tag, e.g. {@code en} or {@code pt-BR}
 * @param description summary or standfirst
 * @param section section of the site, e.g. {@code World/Europe}
 * @param image lead image URL
 */
public record Metadata(
    @Nullable Sourced title,
    List<Sourced> authors,
    @Nullable Sourced published,
    @Nullable Sourced modified,
    @Nullable Sourced siteName,
    @Nullable Sourced url,
    @Nullable Sourced language,
    @Nullable Sourced description,
    @Nullable Sourced section,
    @Nullable Sourced image) {

  public Metadata {
    // the words in Unicode NFC, as the document's blocks are, whatever form the page used; not the URLs, which
    // name resources as they are spelled (a server's file name in NFD is another name in NFC)
    title = nfc(title);
    authors = List.copyOf(authors.stream().map(Metadata::nfc).toList());
    siteName = nfc(siteName);
    description = nfc(description);
    section = nfc(section);
  }

  private static @Nullable Sourced nfc(@Nullable Sourced field) {
    if (field == null || Normalizer.isNormalized(field.value(), Normalizer.Form.NFC)) {
      return field;
    }
    return new Sourced(Normalizer.normalize(field.value(), Normalizer.Form.NFC), field.source());
  }

  /** Metadata with no field set. */
  public static Metadata empty() {
    return new Metadata(null, List.of(), null, null, null, null, null, null, null, null);
  }

  /** The title's value, or null. */
  public @Nullable String titleText() {
    return title == null ? null : title.value();
  }

  /** Author names joined with "; ", or null when there are none. */
  public @Nullable String authorText() {
    if (authors.isEmpty()) {
      return null;
    }
    return String.join("; ", authors.stream().map(Sourced::value).toList());
  }
}
