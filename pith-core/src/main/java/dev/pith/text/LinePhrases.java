package dev.pith.text;

import dev.pith.document.RemovalReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lines that are page furniture on any site, whatever their neighbours: share and follow buttons, subscription
 * pitches and paywall meters, ad labels, cookie notices, navigation, copyright lines, comment and related-article
 * headings, QR-code and language-picker labels. A line matches when its folded text (lower case, letters and digits,
 * counters dropped) is one of the phrases, or starts with one of the prefixes. Only short lines are looked at, so
 * that an article about subscriptions keeps its paragraphs; lookups are hash-based, linear in the line's length.
 * Immutable.
 */
final class LinePhrases {
  /** Lines longer than this (in characters) are never judged by phrase. */
  static final int MAX_CHARS = 140;

  /** What a phrase says about its line. */
  record Match(RemovalReason reason, String phrase, boolean endsArticle, String label) {
    Match(RemovalReason reason, String phrase, boolean endsArticle) {
      this(reason, phrase, endsArticle, phrase);
    }
  }

  private static final Map<String, Match> WHOLE = new HashMap<>();
  /** First word of a prefix → the prefixes starting with it. */
  private static final Map<String, List<Match>> PREFIXES = new HashMap<>();

  static {
    whole(RemovalReason.SHARE, false, "share", "shares", "share this", "share this article", "share this story",
        "share this post", "share this page", "share article", "share story", "share page", "facebook", "twitter",
        "linkedin", "pinterest", "whatsapp", "reddit", "tumblr", "telegram", "email", "e mail", "mail", "print",
        "tweet", "pin", "pin it", "copy link", "copy url", "link copied", "flipboard", "messenger", "sms", "x",
        "instagram", "youtube", "tiktok", "rss", "rss feed", "teilen", "partager", "compartir", "condividi",
        "compartilhar", "delen", "udostępnij", "drucken", "imprimer", "imprimir", "stampa", "artikel teilen",
        "artikel drucken", "seite drucken", "email this", "tweet this", "print this page", "print article",
        "email article", "save", "save article", "save for later", "bookmark", "gift article",
        "gift this article", "follow", "follow us", "social", "facebook icon", "twitter icon", "instagram icon",
        "youtube icon", "google plus icon", "linkedin icon", "email icon", "print icon", "share icon", "comment icon",
        "share via", "share on", "share with", "shareshare", "copy", "embed", "permalink", "tweet share",
        "share tweet", "facebook twitter", "facebook twitter email", "facebook twitter linkedin");
    prefix(RemovalReason.SHARE, false, "sharing is caring", "share on", "share via", "share to", "share with", "share this",
        "tweet about this", "pin on pinterest", "email this to", "follow us", "like us on", "find us on",
        "connect with us", "follow on", "click to share", "click to email", "click to print", "opens in new window",
        "opens in a new window", "share the article", "send this", "email to a friend");
    whole(RemovalReason.SUBSCRIPTION, false, "subscribe", "subscribe now", "subscribe today", "sign up",
        "sign up now", "newsletter", "newsletters", "sign up for our newsletter", "get the newsletter",
        "subscription", "subscriptions", "become a member", "join now", "support us", "donate", "donate now",
        "register for free", "start free trial", "free trial", "try it free", "get access", "abonnieren",
        "jetzt abonnieren", "s abonner", "abonnez vous", "suscríbete", "suscribirse", "iscriviti", "assine",
        "subscribe for free", "already a subscriber", "subscriber login", "unlock this article", "upgrade",
        "subscribe to newsletter", "subscribe to our newsletter", "join our newsletter", "get our newsletter");
    prefix(RemovalReason.SUBSCRIPTION, true, "you've read", "you have read", "you have reached", "you've reached", "to continue reading", "to read the full story",
        "to read this article", "subscribe to continue", "subscribe to read", "this article is for subscribers",
        "this content is for subscribers", "this article is only available", "get unlimited access",
        "for unlimited access", "already a subscriber", "already have an account", "you have 1 free article",
        "you have one free article", "free articles remaining", "register to continue", "log in to continue",
        "sign in to continue", "create a free account to", "subscribe now to");
    prefix(RemovalReason.SUBSCRIPTION, false, "subscribe to", "subscribe for", "sign up for", "sign up to",
        "get our", "become a member", "support our journalism", "support independent", "start your subscription",
        "subscribe now", "enter your email", "join our mailing list", "get the latest", "get breaking news",
        "sign up and get", "start your free trial", "support the guardian", "join us in this mission",
        "want more stories like this", "never miss a story", "stay up to date", "stay informed",
        "get updates", "receive our", "join our");
    whole(RemovalReason.ADVERTISEMENT, false, "advertisement", "advertisements", "ad", "ads", "sponsored",
        "sponsored content", "paid content", "promoted", "promoted content", "partner content", "anzeige",
        "werbung", "advert", "adverts", "publicité", "publicidad", "pubblicità", "reklama", "реклама", "advertise",
        "advertise with us", "advertising", "ad feedback", "report this ad", "report ad", "ad choices",
        "adchoices", "your ad choices", "sponsored links", "sponsored stories");
    prefix(RemovalReason.ADVERTISEMENT, false, "story continues below", "article continues below",
        "continue reading below", "scroll to continue", "sponsored by", "advertisement", "paid post",
        "presented by", "content continues below");
    whole(RemovalReason.CONSENT, false, "accept", "accept all", "accept cookies", "reject all", "got it",
        "i agree", "i accept", "agree", "manage preferences", "cookie settings", "privacy settings",
        "cookie preferences", "manage cookies", "do not sell my personal information",
        "do not sell or share my personal information", "cookies");
    prefix(RemovalReason.CONSENT, false, "we use cookies", "this website uses cookies", "this site uses cookies",
        "by using this site", "by using our site", "by continuing to", "by clicking", "accept cookies",
        "diese website verwendet", "wir verwenden cookies", "nous utilisons des cookies", "utilizamos cookies",
        "usiamo i cookie", "questo sito utilizza", "this website uses", "we value your privacy",
        "we and our partners", "your privacy");
    whole(RemovalReason.NAVIGATION, false, "skip to content", "skip to main content", "skip to navigation",
        "skip navigation", "skip to footer", "home", "homepage", "home page", "menu", "main menu", "open menu",
        "close menu", "toggle navigation", "navigation", "back to top", "top", "go to top", "scroll to top", "next",
        "previous", "prev", "next article", "previous article", "next post", "previous post", "older posts",
        "newer posts", "next story", "previous story", "all news", "all stories", "all articles", "more", "see more", "view more", "show more", "load more",
        "see all", "view all", "show all", "back", "close", "open", "expand", "collapse", "breadcrumb",
        "you are here", "sections", "nav", "zurück", "weiter", "startseite", "accueil", "inicio", "retour",
        "suivant", "précédent", "siguiente", "anterior", "all sections", "more sections", "main navigation",
        "primary navigation", "site navigation", "toggle menu", "mobile menu", "hamburger menu", "categories",
        "archives", "browse", "explore", "index", "edition", "select edition", "language", "languages",
        "english", "english edition", "us edition", "uk edition", "international edition", "change language",
        "select language", "read this article in", "translate", "next page", "previous page", "page", "首页",
        "主页", "返回顶部", "ホーム", "トップ", "홈");
    prefix(RemovalReason.NAVIGATION, false, "skip to", "jump to", "back to", "go to", "return to", "you are here",
        "read this article in", "read in", "this article is also available in", "page 1 of", "showing page");
    whole(RemovalReason.FORM, false, "search", "search for", "log in", "login", "sign in", "sign out", "log out",
        "logout", "register", "create account", "create an account", "my account", "account", "password",
        "forgot password", "forgot your password", "username", "email address", "submit", "send", "go", "cancel",
        "reset", "remember me", "search this site", "search the site", "search site", "type and press enter",
        "enter keywords", "sign in register", "log in register", "login register", "register login",
        "sign in sign up", "sign up sign in", "subscribe sign in", "subscribesign in", "sign in subscribe",
        "my profile", "profile", "settings", "was this page helpful", "was this article helpful",
        "did you find this article helpful", "did you find this page helpful", "is this page useful",
        "how helpful was this page", "rate this page", "rate this article", "sign in to comment", "log in to comment", "ok", "anmelden",
        "connexion", "iniciar sesión", "accedi", "suche", "rechercher", "buscar", "cerca", "search results", "登录",
        "注册", "搜索", "ログイン", "検索", "로그인", "회원가입", "검색");
    whole(RemovalReason.PAGE_CHROME, false, "privacy policy", "privacy", "privacy notice", "privacy statement",
        "terms of use", "terms of service", "terms and conditions", "terms", "cookie policy", "cookies policy",
        "contact", "contact us", "about", "about us", "imprint", "impressum", "datenschutz",
        "datenschutzerklärung", "sitemap", "site map", "careers", "jobs", "help", "help center", "faq", "faqs",
        "accessibility", "feedback", "press", "corrections", "mentions légales", "aviso legal",
        "all rights reserved", "legal", "legal notice", "disclaimer", "our team", "masthead", "staff",
        "work with us", "customer service", "support", "contact form", "store", "shop", "events", "podcasts",
        "video", "videos", "newsroom", "archive", "ethics policy", "editorial standards", "code of conduct",
        "terms privacy", "privacy terms");
    prefix(RemovalReason.PAGE_CHROME, false, "版权所有", "著作権", "copyright", "©", "c 19", "c 20", "all rights reserved",
        "alle rechte vorbehalten", "tous droits réservés", "todos los derechos", "tutti i diritti",
        "powered by", "designed by", "site by", "theme by", "website by", "proudly powered", "built with",
        "was founded in", "registered in england", "registered office");
    whole(RemovalReason.RELATED, true, "related", "related articles", "related stories", "related posts",
        "related content", "related news", "related topics", "related reading", "related coverage",
        "more stories", "more news", "you may also like", "you might also like", "you may be interested in",
        "recommended", "we recommend", "related questions", "linked questions", "hot network questions", "recommended for you", "recommended stories", "recommended articles", "recommended reading",
        "most popular", "most read", "most viewed", "most shared", "most commented", "trending", "trending now",
        "top stories", "popular posts", "popular stories", "popular articles", "recent posts", "recent articles",
        "latest news", "latest stories", "latest articles", "latest posts", "also read", "don't miss",
        "editor's picks", "lesen sie auch", "mehr zum thema", "weitere artikel",
        "das könnte sie auch interessieren", "à lire aussi", "lire aussi", "a lire aussi", "leggi anche",
        "ver también", "te puede interesar", "what to read next", "read next", "up next", "more from this author",
        "more like this", "around the web", "from our partners", "you may have missed", "in case you missed it",
        "more to explore", "keep reading", "further reading", "related links", "popular", "related videos",
        "more videos", "watch next", "people also read", "trending stories", "more in this category",
        "other articles", "similar articles", "more articles", "other news in this section", "other news",
        "explore further", "more news from", "more headlines", "top headlines", "latest headlines", "continue reading", "read more", "read full article",
        "read the full article", "read full story", "read the full story", "read more stories",
        "você pode gostar", "voce pode gostar", "você também pode gostar", "também pode gostar", "leia também",
        "veja também", "mais lidas", "notícias relacionadas", "artigos relacionados", "posts relacionados",
        "lo más leído", "más leídas", "relacionados", "noticias relacionadas", "artículos relacionados",
        "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati", "articoli più letti",
        "vous aimerez aussi", "vous aimerez aussi", "articles similaires", "articles liés", "sur le même sujet",
        "les plus lus", "das könnte dich auch interessieren", "auch interessant", "ähnliche artikel",
        "verwandte artikel", "meistgelesen", "meistgelesene artikel", "zum thema", "czytaj także", "czytaj też",
        "zobacz też", "zobacz także", "powiązane artykuły", "související články", "čtěte také", "похожие статьи",
        "читайте также", "lees ook", "meer nieuws", "gerelateerde artikelen", "läs också", "relaterade artiklar",
        "相关新闻", "相关文章", "相关阅读", "推荐阅读", "热门文章", "热门新闻", "猜你喜欢", "関連記事", "関連ニュース",
        "人気記事", "おすすめ記事", "관련기사", "관련 기사", "많이 본 뉴스");
    prefix(RemovalReason.RELATED, true, "você pode gostar", "voce pode gostar", "leia também", "veja também",
        "te puede interesar", "ti potrebbe", "vous aimerez", "das könnte sie", "das könnte dich",
        "related:", "related coverage", "related reading", "related content", "related links", "related news",
        "related posts", "related stories", "related articles", "related topics", "related videos",
        "related guides", "related products", "more from", "more stories", "more news",
        "recommended for", "you may also", "you might also", "don't miss", "read more from", "more on this",
        "more in ", "more about", "also on", "lesen sie auch", "mehr zum thema", "mehr aus", "à lire aussi",
        "lire aussi", "leggi anche", "see also", "more articles", "trending in");
    prefix(RemovalReason.RELATED, false, "read more", "read also", "also read", "read next", "continue reading",
        "see more", "view more", "click here", "read the full", "read full");
    whole(RemovalReason.COMMENTS, true, "comments", "comment", "leave a comment", "leave a reply",
        "post a comment", "add a comment", "add comment", "write a comment", "join the conversation",
        "join the discussion", "show comments", "view comments", "no comments", "be the first to comment",
        "kommentare", "commentaires", "comentarios", "commenti", "nessun commento", "discussion",
        "reader comments", "comments closed", "comments are closed", "responses", "reactions", "what do you think",
        "have your say", "conversation", "leave a reply cancel reply", "lascia un commento annulla risposta");
    prefix(RemovalReason.COMMENTS, true, "leave a reply", "leave a comment", "comments are closed",
        "you must be logged in to post", "devi essere connesso", "log in to leave", "log in to comment",
        "sign in to comment", "to comment", "comments for this", "comment policy", "we welcome comments",
        "post a comment", "join the conversation", "show comments", "view comments", "view all comments",
        "load comments", "write a comment", "your email address will not be published", "lascia un commento");
    whole(RemovalReason.COMMENTS, false, "reply", "replies", "report", "reply report", "cancel reply",
        "annulla risposta", "like", "likes", "upvote", "downvote", "quote", "flag", "report abuse",
        "report comment", "helpful", "was this helpful", "yes", "no", "votes");
    whole(RemovalReason.BOILERPLATE_TEXT, false, "loading", "please wait", "image", "photo", "photos", "picture",
        "gallery", "view gallery", "click here", "listen", "listen to this article", "listen to article",
        "watch", "play", "pause", "audio", "play video", "watch video", "view image", "enlarge", "zoom",
        "caption", "tags", "topics", "filed under", "posted in", "categories", "category", "topic",
        "download", "pdf", "print friendly", "text size", "font size", "a a a", "aa", "min read", "read",
        "minute read", "minutes read", "views", "view", "reading time", "estimated reading time", "advertisement",
        "more info", "learn more", "details", "info", "icon", "logo", "banner", "thumbnail", "placeholder",
        "expand image", "hide caption", "toggle caption", "show caption", "source", "credit", "enlarge this image",
        "open image in gallery", "click to enlarge", "getty images", "qr code", "keywords", "tags:", "themen",
        "schlagwörter", "etiquetas", "tag", "letture", "visualizzazioni");
    prefix(RemovalReason.BOILERPLATE_TEXT, false, "qr code", "loading", "please enable javascript",
        "enable javascript", "javascript is disabled", "javascript must be enabled", "your browser does not",
        "this video", "this browser does not", "tags ", "topics ", "filed under", "posted in", "categories ",
        "keywords ", "estimated reading time", "reading time", "last updated", "min read", "image ", "photo ",
        "view image", "listen to", "watch ", "hide caption", "toggle caption", "expand image", "image source",
        "image caption", "media caption", "click to enlarge", "print this", "scroll down");
  }

  /**
   * Openings that make a line furniture at any length: cookie notices and paywall texts are long, but no article
   * paragraph starts like them.
   */
  private static final List<Match> LONG = List.of(
      new Match(RemovalReason.CONSENT, "this website uses cookies", false),
      new Match(RemovalReason.CONSENT, "this site uses cookies", false),
      new Match(RemovalReason.CONSENT, "we use cookies", false),
      new Match(RemovalReason.CONSENT, "our website uses cookies", false),
      new Match(RemovalReason.CONSENT, "this website stores cookies", false),
      new Match(RemovalReason.CONSENT, "by continuing to use this site", false),
      new Match(RemovalReason.CONSENT, "by continuing to browse", false),
      new Match(RemovalReason.CONSENT, "by using this website you agree", false),
      new Match(RemovalReason.CONSENT, "we and our partners", false),
      new Match(RemovalReason.CONSENT, "diese website verwendet cookies", false),
      new Match(RemovalReason.CONSENT, "wir verwenden cookies", false),
      new Match(RemovalReason.CONSENT, "nous utilisons des cookies", false),
      new Match(RemovalReason.CONSENT, "ce site utilise des cookies", false),
      new Match(RemovalReason.CONSENT, "utilizamos cookies", false),
      new Match(RemovalReason.CONSENT, "este sitio web utiliza cookies", false),
      new Match(RemovalReason.CONSENT, "questo sito utilizza cookie", false),
      new Match(RemovalReason.CONSENT, "questo sito utilizza i cookie", false),
      new Match(RemovalReason.PAGE_CHROME, "copyright ©", false),
      new Match(RemovalReason.PAGE_CHROME, "©", false));

  private LinePhrases() {}

  /** Rights notices anywhere in a line: "… ©2019 FOX News Network, LLC. All rights reserved." */
  private static final String[] RIGHTS = {
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
    "tutti i diritti riservati", "todos os direitos reservados", "subject to copyright", "wszelkie prawa zastrzeżone",
  };

  /** A line of up to 400 characters with a rights notice in it, or null. */
  static @Nullable Match matchRights(Line line) {
    String text = line.text;
    if (text.length() > 400) {
      return null;
    }
    // cheap gate on the raw text: every notice has one of these
    if (text.contains("eserv") || text.contains("opyright") || text.contains("ESERV") || text.contains("zastrze")) {
      String key = line.key();
      for (String r : RIGHTS) {
        if (key.contains(r)) {
          return new Match(RemovalReason.PAGE_CHROME, r, false);
        }
      }
    }
    int copyright = text.indexOf('©');
    if (copyright >= 0) {
      // "©2019 Company", "© Company 2019": the sign with a year next to it
      String around = text.substring(copyright, Math.min(text.length(), copyright + 40));
      for (int i = 0; i + 3 < around.length(); i++) {
        if (Character.isDigit(around.charAt(i)) && Character.isDigit(around.charAt(i + 1))
            && Character.isDigit(around.charAt(i + 2)) && Character.isDigit(around.charAt(i + 3))) {
          return new Match(RemovalReason.PAGE_CHROME, "©", false);
        }
      }
    }
    return null;
  }

  /** The first characters of the {@link #LONG} openings. */
  private static final String LONG_FIRST = LONG.stream().map(m -> m.phrase().substring(0, 1)).distinct()
      .collect(java.util.stream.Collectors.joining());

  /** The opening of a line of any length that only furniture has ("This website uses cookies ..."), or null. */
  static @Nullable Match matchLong(String text) {
    if (text.length() <= MAX_CHARS) {
      return null;
    }
    // a line whose folded text cannot start like any opening (most paragraphs) is done without folding its head
    if (LONG_FIRST.indexOf(firstKeyChar(text)) < 0) {
      return null;
    }
    String head = key(text.length() > 60 ? text.substring(0, 60) : text);
    for (Match m : LONG) {
      if (head.startsWith(m.phrase())) {
        return m;
      }
    }
    return null;
  }

  private static void whole(RemovalReason reason, boolean endsArticle, String... phrases) {
    for (String p : phrases) {
      String key = key(p);
      WHOLE.putIfAbsent(key, new Match(reason, key, endsArticle, p));
    }
  }

  private static void prefix(RemovalReason reason, boolean endsArticle, String... phrases) {
    for (String p : phrases) {
      String key = key(p);
      boolean open = p.endsWith(" ") || p.endsWith(":");
      String stored = open ? key + " " : key;
      int space = key.indexOf(' ');
      String first = space < 0 ? key : key.substring(0, space);
      PREFIXES.computeIfAbsent(first, k -> new ArrayList<>())
          .add(new Match(reason, stored, endsArticle, p.strip()));
    }
  }

  /**
   * The phrase that {@code text} is (or starts with), or null. Counters are ignored: "Share 12", "0 Comments",
   * "16" after "Comments".
   */
  static @Nullable Match match(String text) {
    return match(text, key(text));
  }

  /** {@link #match(String)} with the text's key already folded. */
  static @Nullable Match match(String text, String key) {
    if (text.length() > MAX_CHARS) {
      return null;
    }
    if (key.isEmpty()) {
      return null;
    }
    Match m = WHOLE.get(key);
    if (m != null) {
      return m;
    }
    String bare = withoutNumbers(key);
    if (!bare.equals(key)) {
      if (bare.isEmpty()) {
        return null;
      }
      m = WHOLE.get(bare);
      if (m != null) {
        return m;
      }
    }
    int space = bare.indexOf(' ');
    String first = space < 0 ? bare : bare.substring(0, space);
    List<Match> candidates = PREFIXES.get(first);
    if (candidates != null) {
      // a sentence that merely starts like furniture ("Read more about the study in the journal.") is prose,
      // unless the opening is one no prose has (pitches, notices, copyright)
      boolean sentence = LineMeasures.endsSentence(text) && words(bare) >= PROSE_WORDS;
      for (Match p : candidates) {
        String phrase = p.phrase();
        if (bare.startsWith(phrase) && (bare.length() == phrase.length() || phrase.endsWith(" ")
            || bare.charAt(phrase.length()) == ' ')
            && (!p.label().endsWith(":") || text.regionMatches(true, 0, p.label(), 0, p.label().length()))
            && (!sentence || isStrong(p.reason()))) {
          return p;
        }
      }
    }
    return null;
  }

  /** A line of this many words ending a sentence is prose that a prefix alone does not make furniture. */
  private static final int PROSE_WORDS = 8;

  private static boolean isStrong(RemovalReason reason) {
    return reason == RemovalReason.SUBSCRIPTION || reason == RemovalReason.CONSENT
        || reason == RemovalReason.PAGE_CHROME;
  }

  private static int words(String key) {
    int words = key.isEmpty() ? 0 : 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /** Share and social-network words: a short line made only of them is a share bar. */
  private static final java.util.Set<String> SOCIAL = java.util.Set.of(
      "facebook", "twitter", "whatsapp", "pinterest", "pint", "pin", "linkedin", "email", "e", "mail", "print",
      "share", "tweet", "reddit", "telegram", "baixar", "download", "copy", "link", "messenger", "sms",
      "instagram", "youtube", "tumblr", "pocket", "flipboard", "xing", "vk", "google", "plus", "fb", "x", "gmail",
      "teilen", "partager", "compartir", "condividi", "compartilhar", "drucken", "imprimir", "stampa", "on",
      "via", "this", "icon", "threads", "bluesky", "mastodon", "snapchat", "tiktok", "rss", "feed", "line",
      "viber", "wechat", "weibo", "skype", "save", "comment", "comments", "sharethis", "addthis");

  /**
   * How many social words {@code key[start, end)} is made of when they are glued together
   * ("facebooktwitterpinterestemail" is four: text browsers write adjacent links without a space); 0 when it is
   * not made of them. Dynamic programming over the word's positions, linear for a bounded word length.
   */
  static int gluedSocialWords(String key, int start, int end) {
    int n = end - start;
    if (n > 80 || n < MIN_GLUED_LENGTH) {
      return 0;
    }
    int[] parts = new int[n + 1];
    java.util.Arrays.fill(parts, -1);
    parts[0] = 0;
    for (int i = 0; i < n; i++) {
      if (parts[i] < 0) {
        continue;
      }
      for (int length = MIN_GLUED_LENGTH; length <= MAX_GLUED_LENGTH && i + length <= n; length++) {
        if (GLUED.contains(key.substring(start + i, start + i + length))
            && (parts[i + length] < 0 || parts[i + length] > parts[i] + 1)) {
          parts[i + length] = parts[i] + 1;
        }
      }
    }
    return Math.max(parts[n], 0);
  }

  /** The social words distinctive enough to be found glued together (not "on", "line", "pin", "e"...). */
  static final java.util.Set<String> GLUED = java.util.Set.of(
      "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "email", "print", "share", "tweet", "reddit",
      "telegram", "instagram", "youtube", "tumblr", "pocket", "flipboard", "google", "gmail", "messenger",
      "snapchat", "tiktok", "mastodon", "bluesky", "teilen", "drucken", "partager", "compartir", "condividi");

  /** Longest word in {@link #GLUED}. */
  static final int MAX_GLUED_LENGTH = 9;
  /** Shortest word in {@link #GLUED} (a test checks both against the set). */
  static final int MIN_GLUED_LENGTH = 5;

  /** A short line, given by its key, made only of share and social-network words ("Whatsapp Facebook Pint Baixar"). */
  static boolean isSocialBar(String key) {
    if (key.length() > 100) {
      return false;
    }
    if (key.isEmpty()) {
      return false;
    }
    int words = 0;
    int start = 0;
    while (start < key.length()) {
      int end = key.indexOf(' ', start);
      if (end < 0) {
        end = key.length();
      }
      if (!Character.isDigit(key.charAt(start))) {
        if (SOCIAL.contains(key.substring(start, end))) {
          words++;
        } else {
          // a word shorter than two glued ones cannot be a glued pair ("facebooktwitter"): no need to search it
          int glued = end - start < 2 * MIN_GLUED_LENGTH ? 0 : gluedSocialWords(key, start, end);
          if (glued < 2) {
            return false;
          }
          words += glued;
        }
      }
      start = end + 1;
    }
    return words >= 2;
  }

  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** 64-bit FNV-1a hash of a string (of a key, see {@link #key}). */
  static long hash(String key) {
    long h = FNV_OFFSET;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= FNV_PRIME;
    }
    return h == 0 ? 1 : h;
  }

  /**
   * Sets the line's {@code keyHash} to {@code hash(key(text))} and its {@code shapeHash} to
   * {@code hash(Records.shapeOfKey(key(text)))}, in one pass and without building the key.
   */
  static void hashes(Line line) {
    String text = line.text;
    long h = FNV_OFFSET;
    long shape = FNV_OFFSET;
    boolean space = false;
    boolean started = false;
    boolean digitRun = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '’') {
        continue;
      }
      boolean keep = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          : Character.isLetterOrDigit(c) || c == '©';
      if (!keep) {
        space = true;
        continue;
      }
      if (space && started) {
        h = (h ^ ' ') * FNV_PRIME;
        shape = (shape ^ ' ') * FNV_PRIME;
        digitRun = false;
      }
      space = false;
      started = true;
      char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      h = (h ^ lower) * FNV_PRIME;
      if (lower >= '0' && lower <= '9') {
        if (!digitRun) {
          shape = (shape ^ '#') * FNV_PRIME;
        }
        digitRun = true;
      } else {
        shape = (shape ^ lower) * FNV_PRIME;
        digitRun = false;
      }
    }
    if (started) {
      line.keyHash = h == 0 ? 1 : h;
      line.shapeHash = shape == 0 ? 1 : shape;
    }
  }

  /** The first character of {@code key(text)}, without folding the rest; 0 when the key is empty. */
  static char firstKeyChar(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          : Character.isLetterOrDigit(c) || c == '©') {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      }
    }
    return 0;
  }

  /**
   * The folded form of {@code text}: lower case, letters and digits, apostrophes dropped ("you've" is "youve"),
   * anything else a single space.
   */
  static String key(String text) {
    // most keys are Latin-1 (what Java stores a byte per character): folded straight into bytes, they become a
    // string with one copy, where chars need a copy in and a compressing copy out
    int n = text.length();
    byte[] out = new byte[n];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '’') {
        continue;
      }
      boolean keep = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          : Character.isLetterOrDigit(c) || c == '©';
      if (keep) {
        char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        if (lower > 0xff) {
          return wideKey(text);
        }
        if (space && length > 0) {
          out[length++] = ' ';
        }
        space = false;
        out[length++] = (byte) lower;
      } else {
        space = true;
      }
    }
    return new String(out, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** {@link #key} of a text whose key has characters above Latin-1. */
  private static String wideKey(String text) {
    int n = text.length();
    char[] out = new char[n];
    // folded in place: what is written never gets ahead of what is read
    text.getChars(0, n, out, 0);
    int length = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if (c == '\'' || c == '’') {
        continue;
      }
      boolean keep = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          : Character.isLetterOrDigit(c) || c == '©';
      if (keep) {
        if (space && length > 0) {
          out[length++] = ' ';
        }
        space = false;
        out[length++] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      } else {
        space = true;
      }
    }
    return new String(out, 0, length);
  }

  /** The key without its number tokens, and without digits glued to the front of its first word ("0tweet"). */
  private static String withoutNumbers(String key) {
    boolean hasDigit = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9') {
        hasDigit = true;
        break;
      }
    }
    if (!hasDigit) {
      return key;
    }
    StringBuilder out = new StringBuilder(key.length());
    int i = 0;
    int n = key.length();
    boolean firstWord = true;
    while (i < n) {
      int start = i;
      while (i < n && key.charAt(i) != ' ') {
        i++;
      }
      int s = start;
      if (firstWord) {
        while (s < i && Character.isDigit(key.charAt(s))) {
          s++;
        }
      }
      boolean number = s < i && Character.isDigit(key.charAt(s));
      for (int k = s; number && k < i; k++) {
        if (!Character.isDigit(key.charAt(k)) && key.charAt(k) != 'k' && key.charAt(k) != 'm') {
          number = false;
          break;
        }
      }
      if (s < i && !number) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(key, s, i);
        firstWord = false;
      }
      i++;
    }
    return out.toString();
  }
}
