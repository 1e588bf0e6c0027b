package dev.pith.clean;

import dev.pith.document.RemovalReason;
import dev.pith.html.DomText;
import dev.pith.html.ElementHints;
import dev.pith.html.Tags;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A section whose own heading announces related stories or reader comments ("You may also like", "Lesen Sie
 * auch", "Você pode gostar", "3 Comments"), or whose heading is classed as such: the heading names what the
 * section is, whatever the section's own markup says. Only the section's first child counts as its heading.
 */
final class AnnouncedSectionRule implements CleaningRule {
  private static final Pattern RELATED = Pattern.compile(
      "^(related( articles| stories| posts| content| news| links| reading| coverage)?|more (stories|articles|news|"
          + "from|on this|like this|to read)|you (may|might|will) (also )?(like|enjoy|be interested)|"
          + "recommended( for you| stories| articles| reading)?|read (more|also|next)|most (read|popular|viewed)|"
          + "(also|more) (in|on) .{1,40}|lesen sie (auch|mehr)|mehr zum thema|das könnte sie (auch )?interessieren|"
          + "weitere (artikel|beiträge|themen|nachrichten|meldungen)|ähnliche (artikel|beiträge)|"
          + "(te|le) puede interesar|noticias relacionadas|artículos relacionados|lee también|lea también|"
          + "à lire aussi|lire aussi|sur le même sujet|articles similaires|vous aimerez aussi|"
          + "leggi anche|articoli correlati|potrebbe interessarti|ti potrebbe interessare|"
          + "você (também )?pode gostar|leia também|veja também|posts relacionados|notícias relacionadas|"
          + "zobacz (również|też)|czytaj (także|też)|polecane|lees ook|gerelateerde artikelen)[\\s.:!…»›]*+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COMMENTS = Pattern.compile(
      "^(\\d+ )?(comments?|responses?|replies|kommentare?|comentarios?|commentaires?|commenti|comentários"
          + "|komentarze|reacties|leave a (reply|comment)|join the (discussion|conversation)|"
          + "what do you think\\??|diskutieren sie mit|schreiben sie einen kommentar)( \\(\\d+\\))?[\\s.:!…]*+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Longest heading text read. */
  private static final int MAX_HEADING_CHARS = 80;

  @Override
  public @Nullable Verdict judge(Element element, CleaningContext context) {
    Element first = element.firstElementChild();
    if (first == null || !Tags.isHeading(first.normalName()) || element.nameIs("body")
        || element.nameIs("article") && first.nameIs("h1")) {
      return null;
    }
    if (DomText.exceeds(first, MAX_HEADING_CHARS)) {
      return null;
    }
    String heading = first.text().strip();
    RemovalReason reason = null;
    if (RELATED.matcher(heading).matches() || hintedRelated(context.hints.of(first))) {
      reason = RemovalReason.RELATED;
    } else if (COMMENTS.matcher(heading).matches()) {
      reason = context.keepComments ? null : RemovalReason.COMMENTS;
    }
    // The heading is strong evidence: no share-of-page protection here (a page's related teasers can outweigh a
    // short article), only the article itself and its headline are safe.
    if (reason == null || Protection.holdsMainContent(element, context)
        || Protection.holdsHeadline(element, context)) {
      return null;
    }
    return new Verdict(reason, "section headed \"" + heading + "\"");
  }

  private static boolean hintedRelated(ElementHints hints) {
    HintVocabulary.Hint hint = HintVocabulary.negative(hints.words(), hints.joined());
    return hint != null && hint.reason() == RemovalReason.RELATED;
  }
}
