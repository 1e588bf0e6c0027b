package dev.pith.clean;

import dev.pith.document.RemovalReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the words of {@code class} and {@code id} attributes say about an element, across the web's CMSs and
 * languages of markup. Whole words (from {@link dev.pith.html.ElementHints}) are matched exactly; a few distinctive
 * stems are also matched inside compounds such as {@code sharebar} or {@code socialicons}.
 *
 */
public final class HintVocabulary {
  private HintVocabulary() {}

  record Hint(RemovalReason reason, Set<String> words, List<String> stems) {}

  /** In order of precedence: the first hint that matches names the reason. */
  static final List<Hint> NEGATIVE = List.of(
      new Hint(RemovalReason.COMMENTS,
          Set.of("comment", "comments", "commentlist", "commentform", "disqus", "respond", "replies",
              "reply", "talkback", "reactions", "discussion"),
          List.of("comment", "disqus")),
      new Hint(RemovalReason.CONSENT,
          Set.of("cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebot", "didomi", "truste",
              "cookiebanner", "cookienotice"),
          List.of("cookie", "consent", "gdpr", "onetrust", "didomi")),
      new Hint(RemovalReason.SHARE,
          Set.of("share", "shares", "sharing", "sharer", "social", "socials", "sociable", "addthis",
              "addtoany", "sharethis", "sharebar", "sharetools", "tweet", "facebook", "twitter", "whatsapp",
              "linkedin", "pinterest", "follow", "likes"),
          List.of("share", "social", "addthis", "addtoany")),
      new Hint(RemovalReason.ADVERTISEMENT,
          Set.of("ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense",
              "adslot", "adunit", "adbox", "adzone", "adblock", "dfp", "gpt", "sponsor", "sponsored",
              "sponsors", "promo", "promos", "promoted", "promotion", "commercial", "taboola", "outbrain",
              "affiliate", "anzeige", "werbung", "publicidad", "publicite", "pub"),
          List.of("advert", "adsense", "adsbygoogle", "sponsor", "taboola", "outbrain", "doubleclick")),
      new Hint(RemovalReason.SUBSCRIPTION,
          Set.of("subscribe", "subscription", "subscriptions", "newsletter", "newsletters", "paywall",
              "meter", "metered", "regwall", "signup", "registration", "membership", "piano"),
          List.of("subscri", "newsletter", "paywall", "signup", "regwall")),
      new Hint(RemovalReason.RELATED,
          Set.of("related", "recommended", "recommendation", "recommendations", "recirc", "recirculation",
              "popular", "trending", "mostread", "morestories", "suggested", "suggestions", "yarpp",
              "relatedposts", "readnext", "upnext", "teasers", "outbrain"),
          List.of("related", "recommend", "mostpopular", "mostread", "trending", "recirc", "morestories",
              "youmaylike", "yarpp")),
      new Hint(RemovalReason.NAVIGATION,
          Set.of("nav", "navbar", "navigation", "navi", "menu", "menus", "megamenu", "submenu", "breadcrumb",
              "breadcrumbs", "crumbs", "pagination", "pager", "paging", "skiplink", "skiplinks", "sitemap",
              "topnav", "subnav", "mainnav", "sitenav", "jumplinks"),
          List.of("breadcrumb", "navbar", "pagination", "skiplink", "navigation")),
      new Hint(RemovalReason.PAGE_CHROME,
          Set.of("header", "footer", "sidebar", "sidebars", "masthead", "topbar",
              "toolbar", "copyright", "colophon", "legal", "disclaimer", "modal", "popup", "overlay",
              "lightbox", "tooltip", "dropdown", "flyout", "drawer", "login", "signin", "search", "noprint",
              "tags", "tagcloud", "taglist", "bio", "authorbio", "author-bio", "banner", "alert", "toast",
              "skip", "offcanvas", "hamburger"),
          List.of("footer", "sidebar", "masthead", "copyright", "tagcloud", "authorbio", "aboutauthor")));

  /**
   * Words that mark the main content. A container with one of these is never removed for a weak hint, and it
   * scores higher as a content candidate.
   */
  public static final Set<String> POSITIVE = Set.of(
      "article", "articlebody", "articletext", "articlecontent", "content", "entry", "entrycontent", "post",
      "postcontent", "postbody", "posttext", "story", "storybody", "storycontent", "storytext", "body",
      "bodytext", "text", "main", "maincontent", "prose", "richtext", "blog", "hentry", "markdown", "page",
      "column", "single", "news", "detail", "artikel", "inhalt", "contenido", "contenu", "texto", "testo",
      "paragraph", "paragraphs");

  /** Words that turn the next word around: {@code non-paywall}, {@code no-ads}, {@code not-related}. */
  static final Set<String> NEGATIONS = Set.of("non", "no", "not", "without", "ohne", "sans", "sin");

  /** Class names of embedded posts (tweets, Instagram, TikTok...): quotations in the article, not share bars. */
  private static final List<String> EMBEDS = List.of("twitter-tweet", "twitter-video", "instagram-media",
      "tiktok-embed", "fb-post", "bluesky-embed", "mastodon-embed", "reddit-embed");

  /** True when the class names an embedded post. */
  static boolean isEmbed(String joined) {
    for (String e : EMBEDS) {
      if (joined.contains(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each word of a negative hint, the hints that hold it: bit {@code h} stands for {@code NEGATIVE.get(h)}. One
   * look-up per word instead of one per word and hint.
   */
  private static final Map<String, Integer> HINTS_OF_WORD = hintsOfWord();

  private static Map<String, Integer> hintsOfWord() {
    Map<String, Integer> hints = new HashMap<>();
    for (int h = 0; h < NEGATIVE.size(); h++) {
      for (String w : NEGATIVE.get(h).words()) {
        hints.merge(w, 1 << h, (a, b) -> a | b);
      }
    }
    return Map.copyOf(hints);
  }

  /** A stem of {@code NEGATIVE.get(hint)}. */
  private record Stem(int hint, String text) {}

  /**
   * The stems by their first two characters ({@code first << 7 | second}, all stems are ASCII), in order of
   * precedence: one scan of a joined string finds every stem in it, instead of a search for each stem.
   */
  private static final Stem[][] STEMS_BY_START = stemsByStart();

  private static Stem[][] stemsByStart() {
    List<List<Stem>> byStart = new ArrayList<>(Collections.nCopies(128 * 128, null));
    for (int h = 0; h < NEGATIVE.size(); h++) {
      for (String stem : NEGATIVE.get(h).stems()) {
        int key = stem.charAt(0) << 7 | stem.charAt(1);
        if (byStart.get(key) == null) {
          byStart.set(key, new ArrayList<>());
        }
        byStart.get(key).add(new Stem(h, stem));
      }
    }
    Stem[][] table = new Stem[128 * 128][];
    for (int key = 0; key < table.length; key++) {
      table[key] = byStart.get(key) == null ? null : byStart.get(key).toArray(new Stem[0]);
    }
    return table;
  }

  /**
   * The first negative hint matching these words or this joined class/id string, or null: the first hint, in
   * order of precedence, that a word names (not turned around by the word before it) or one of its stems shows.
   */
  static @Nullable Hint negative(List<String> words, String joined) {
    // the hints that some word not turned around by the word before it names
    int named = 0;
    for (int i = 0; i < words.size(); i++) {
      int hints = HINTS_OF_WORD.getOrDefault(words.get(i), 0);
      if (hints != 0 && (i == 0 || !NEGATIONS.contains(words.get(i - 1)))) {
        named |= hints;
      }
    }
    int first = named == 0 ? NEGATIVE.size() : Integer.numberOfTrailingZeros(named);
    // only a stem of an earlier hint than the first found can change the answer
    for (int at = 0, last = joined.length() - 2; at <= last && first > 0; at++) {
      char c1 = joined.charAt(at);
      char c2 = joined.charAt(at + 1);
      Stem[] stems = c1 < 128 && c2 < 128 ? STEMS_BY_START[c1 << 7 | c2] : null;
      if (stems == null) {
        continue;
      }
      for (Stem stem : stems) {
        if (stem.hint() < first && joined.startsWith(stem.text(), at)
            && !(stem.text().equals("comment") && joined.startsWith("commentar", at)) && !negated(joined, at)) {
          first = stem.hint();
        }
      }
    }
    return first < NEGATIVE.size() ? NEGATIVE.get(first) : null;
  }

  /** True when the stem at {@code at} of {@code joined} is turned around by a negation word before it. */
  static boolean negated(String joined, int at) {
    for (String n : NEGATIONS) {
      int start = at - n.length() - 1;
      if (start >= 0 && joined.startsWith(n, start) && "-_ ".indexOf(joined.charAt(at - 1)) >= 0
          && (start == 0 || !Character.isLetterOrDigit(joined.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** True when any word marks main content. */
  public static boolean isPositive(List<String> words) {
    for (String word : words) {
      if (POSITIVE.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
