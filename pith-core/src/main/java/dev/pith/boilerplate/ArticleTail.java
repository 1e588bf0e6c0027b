package dev.pith.boilerplate;

import dev.pith.document.Block;
import dev.pith.document.Heading;
import dev.pith.document.RemovalReason;
import dev.pith.internal.TextNormalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The material templates put after an article's last paragraph: author bios ("Meg James is a corporate media
 * reporter..."), credit lines ("Reporting by ...", "Source: ..."), legal and copyright notices, follow and
 * newsletter prompts, and "related" headings with whatever follows them. Walking back from the end of the kept
 * blocks, such blocks go until the first block that continues the article's prose.
 */
final class ArticleTail {
  /** Tail blocks are read at most this far back from the end. */
  private static final int MAX_TAIL_BLOCKS = 12;

  private static final Pattern BIO = Pattern.compile(
      "^\\p{Lu}[\\p{L}.'’\\- ]{1,50} (is|was|ist|war|es|est|è|é|jest) (a|an|the|ein|eine|un|une|uno|una|um|uma)?"
          + "[^.]{0,120}(reporter|editor|writer|correspondent|journalist|columnist|contributor|author|founder"
          + "|producer|freelance|redakteur|redakteurin|journalistin|autor|autorin|korrespondent|periodista"
          + "|redactor|journaliste|rédacteur|giornalista|jornalista|dziennikar)",
      Pattern.UNICODE_CASE);
  private static final Pattern CREDIT = Pattern.compile(
      "^(\\(?(additional )?(reporting|writing|editing|research|contributing) by\\b|(source|quelle|fuente|źródło"
          + "|fonte|bron|kilde|källa)s?\\s*:|\\(?(ap|afp|reuters|dpa|apa|ansa|efe|pap|sda|kna|epd)\\)?[\\s.]*$"
          + "|(mit material von|mit agenturmaterial|con información de|avec afp)\\b|\\(?[a-z]{2,6}/[a-z]{2,6}\\)?$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NOTICE = Pattern.compile(
      "^(the views expressed|opinions expressed|die (meinung|ansichten)|les opinions exprimées|this (article|story|post)"
          + " (was|has been|is) (originally |first )?(published|updated|corrected|produced|written)|"
          + "(this|the) (article|post|page) (contains|may contain) (affiliate|sponsored)|"
          + "(we|this site) may (earn|receive) (a )?(commission|compensation)|advertising disclosure|"
          + "dieser (beitrag|artikel) (enthält|erschien)|written permission|reproduction (in whole or in part )?"
          + "(is )?prohibited|vervielfältigung|all rights reserved|alle rechte|tous droits|todos los derechos)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ArticleTail() {}

  /**
   * How many blocks at the end of {@code kept} are tail material (0 when none), and the reason for each is
   * {@link #reason}. {@code authors} are the normalized author names from the metadata.
   */
  static int length(List<? extends Block> kept, List<String> authors) {
    int n = kept.size();
    int cut = n;
    int relatedHeading = -1;
    for (int i = n - 1; i >= Math.max(1, n - MAX_TAIL_BLOCKS); i--) {
      Block b = kept.get(i);
      String text = b.text().strip();
      if (b instanceof Heading && BoilerplatePhrases.matches(text)) {
        relatedHeading = i; // a "Related" / "About the author" heading: it and all after it go
        cut = i;
        continue;
      }
      if (isTailMaterial(text, authors)) {
        cut = i;
        continue;
      }
      break;
    }
    return relatedHeading >= 0 ? n - Math.min(cut, relatedHeading) : n - cut;
  }

  /** True when one block is a bio, a credit line, a notice or a template phrase. */
  static boolean isTailMaterial(String text, List<String> authors) {
    if (text.length() > 600) {
      return false;
    }
    if (CREDIT.matcher(text).lookingAt() || NOTICE.matcher(text).lookingAt()
        || BoilerplatePhrases.matches(text)) {
      return true;
    }
    if (BIO.matcher(text).lookingAt()) {
      return true;
    }
    String normalized = TextNormalizer.forComparison(text);
    for (String author : authors) {
      if (!author.isEmpty() && normalized.startsWith(author + " ") && text.length() < 400) {
        return true; // "Jane Doe covers energy for the paper since 2012."
      }
    }
    return false;
  }

  static RemovalReason reason() {
    return RemovalReason.PAGE_CHROME;
  }
}
