package dev.pith.clean;

import dev.pith.document.RemovalReason;
import java.util.List;
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

  /** The first negative hint matching these words or this joined class/id string, or null. */
  static @Nullable Hint negative(List<String> words, String joined) {
    for (Hint hint : NEGATIVE) {
      for (String word : words) {
        if (hint.words().contains(word)) {
          return hint;
        }
      }
      for (String stem : hint.stems()) {
        int at = joined.indexOf(stem);
        if (at >= 0 && !(stem.equals("comment") && joined.startsWith("commentar", at))) {
          return hint;
        }
      }
    }
    return null;
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
