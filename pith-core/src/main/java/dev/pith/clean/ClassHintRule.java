package dev.pith.clean;

import dev.pith.document.RemovalReason;
import dev.pith.html.ElementHints;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Elements whose class or id names a role that is never main content: comments, consent banners, share bars, ads,
 * subscription prompts, related lists, navigation, page chrome. See {@link HintVocabulary}.
 *
 * <p>Inline elements are left to the block stage: a {@code <span class="share">} inside a paragraph is rarely a
 * widget. Comments are kept when the caller asks for them.
 */
final class ClassHintRule implements CleaningRule {
  // selectors parsed once: jsoup parses a query string on every call (Evaluators are thread-safe)
  private static final Evaluator H1 = QueryParser.parse("h1");
  @Override
  public @Nullable Verdict judge(Element element, CleaningContext context) {
    // the tag first: it is cheaper than the hints, and most classed elements are links and spans
    String tag = element.normalName();
    if (tag.equals("a") || tag.equals("span") || tag.equals("em") || tag.equals("strong")
        || tag.equals("b") || tag.equals("i") || tag.equals("p") || tag.equals("article")) {
      return null;
    }
    ElementHints hints = context.hints.of(element);
    if (hints.words().isEmpty()) {
      return null;
    }
    HintVocabulary.Hint hint = HintVocabulary.negative(hints.words(), hints.joined());
    if (hint == null || HintVocabulary.isEmbed(hints.joined())) {
      return null;
    }
    // A paywall class on the article itself marks a paywalled article: its prompt goes, not its headline and lead.
    if (hint.reason() == RemovalReason.SUBSCRIPTION && element.selectFirst(H1) != null) {
      return null;
    }
    if (hint.reason() == RemovalReason.COMMENTS && context.keepComments) {
      return null;
    }
    if (Protection.holdsMainContent(element, context)) {
      return null;
    }
    boolean weak = hint.reason() != RemovalReason.COMMENTS;
    if (weak && context.textShare(element) > Protection.MOST_OF_PAGE) {
      return null;
    }
    // Layout words combine with content words in wrappers ("content-with-sidebar", "widget blog",
    // "box article modal-enabled"): the content word wins, as in Readability.
    if (hint.reason() == RemovalReason.PAGE_CHROME && HintVocabulary.isPositive(hints.words())) {
      return null;
    }
    if (weak && (Protection.holdsHeadline(element, context) || Protection.holdsProse(element, context))) {
      return null;
    }
    return new Verdict(hint.reason(), "class/id \"" + hints.joined().trim() + "\"");
  }
}
