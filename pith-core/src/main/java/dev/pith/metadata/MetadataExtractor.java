package dev.pith.metadata;

import dev.pith.document.Metadata;
import dev.pith.document.Sourced;
import dev.pith.internal.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's metadata from its raw DOM (before cleaning, which removes bylines and dates with the page chrome)
 * and its URL. For each field, sources are tried from the most deliberate to the most incidental: JSON-LD, then
 * meta tags (article, OpenGraph, Dublin Core, Twitter, others), then markup ({@code <time>}, bylines,
 * {@code <title>}, {@code h1}), then the URL path. Immutable and thread-safe.
 */
public final class MetadataExtractor {
  // selectors parsed once: jsoup parses a query string on every call (Evaluators are thread-safe)
  private static final Evaluator LD_JSON_SCRIPTS = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final MetadataExtractor INSTANCE = new MetadataExtractor();

  private MetadataExtractor() {}

  public static MetadataExtractor create() {
    return INSTANCE;
  }

  /**
   * Reads the metadata of {@code doc}.
   *
   * @param url the page's URL, if known (for the canonical URL fallback and the URL path)
   */
  public Metadata extract(Document doc, @Nullable String url) {
    return extract(doc, PageIndex.of(doc), url);
  }

  /** Reads the metadata of {@code doc}, whose elements {@code index} has collected. */
  public Metadata extract(Document doc, PageIndex index, @Nullable String url) {
    MetaTags meta = MetaTags.of(index);
    List<Map<String, Object>> objects = JsonLd.objects(index.jsonLd);
    Map<String, Object> ld = JsonLd.primary(objects);

    Sourced siteName = siteName(meta, objects);
    Sourced canonical = canonical(index, meta, url);
    UrlPath path = UrlPath.of(canonical != null ? canonical.value() : url);
    if (path.date() == null && url != null && canonical != null && !url.equals(canonical.value())) {
      path = UrlPath.of(url);
    }
    Headlines headline = Headlines.of(index, canonical != null ? canonical.value() : url,
        siteName == null ? null : siteName.value());
    Sourced title = title(index, meta, ld, siteName, headline, url);
    List<Sourced> authors = authors(index, meta, ld);
    Sourced modified = firstDate(
        ld == null ? null : field(ld, "dateModified"), "json-ld",
        meta.first("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified",
            "datemodified", "modified-date", "modified_date", "modified-time"));
    Sourced published = published(doc, index, meta, ld, path, modified);
    Sourced language = language(doc, meta, ld);
    Sourced description = fromLdOrMeta(ld, "description", meta, "description", "og:description",
        "twitter:description", "dc.description", "dcterms.abstract");
    Sourced section = fromLdOrMeta(ld, "articleSection", meta, "article:section", "section",
        "parsely-section", "sailthru.section");
    if (section == null && path.section() != null) {
      section = new Sourced(path.section(), "url-path");
    }
    Sourced image = fromLdOrMeta(ld, "image", meta, "og:image", "og:image:url", "twitter:image",
        "twitter:image:src");
    return new Metadata(title, authors, published, modified, siteName, canonical, language, description,
        section, image);
  }

  private static @Nullable Object field(Map<String, Object> ld, String key) {
    return ld.get(key);
  }

  private static @Nullable Sourced siteName(MetaTags meta, List<Map<String, Object>> objects) {
    String[] og = meta.first("og:site_name", "application-name", "publisher", "dc.publisher",
        "dcterms.publisher");
    if (og != null) {
      return new Sourced(TextNormalizer.collapseSpaces(og[1]), "meta:" + og[0]);
    }
    for (Map<String, Object> o : objects) {
      Object publisher = o.get("publisher");
      String name = publisher instanceof Map<?, ?> m ? JsonLd.string(m.get("name")) : null;
      if (name != null) {
        return new Sourced(name, "json-ld");
      }
      if (JsonLd.hasType(o, "website") || JsonLd.hasType(o, "organization")
          || JsonLd.hasType(o, "newsmediaorganization")) {
        String n = JsonLd.string(o.get("name"));
        if (n != null) {
          return new Sourced(n, "json-ld");
        }
      }
    }
    return null;
  }

  private static @Nullable Sourced canonical(PageIndex index, MetaTags meta, @Nullable String url) {
    Element link = index.canonical;
    if (link != null) {
      String href = link.absUrl("href");
      if (href.isEmpty()) {
        href = link.attr("href").strip();
      }
      if (!href.isEmpty()) {
        return new Sourced(href, "link:canonical");
      }
    }
    String[] og = meta.first("og:url");
    if (og != null && og[1].startsWith("http")) {
      return new Sourced(og[1], "meta:og:url");
    }
    return url == null || url.isBlank() ? null : new Sourced(url, "capture");
  }

  /**
   * The headline. Readers see the {@code h1}, so when the page has a clear one that agrees with the declared title
   * (shares most of its words), the {@code h1} wins: declared titles carry SEO additions ("Top 11 SEO Strategies
   * for 2025" over the page's "11 SEO Strategies for 2025 to Boost Rankings"), kickers and site names. Otherwise
   * the declared title (JSON-LD, OpenGraph, Twitter, Dublin Core, {@code <title>}) with its site suffix removed.
   */
  private static @Nullable Sourced title(
      PageIndex index, MetaTags meta, @Nullable Map<String, Object> ld, @Nullable Sourced siteName,
      @Nullable Headlines headline, @Nullable String url) {
    String site = siteName != null ? siteName.value() : hostName(url);
    // some templates print the document title, site suffix and all, as the page's heading
    String h1 = headline == null ? null : Titles.withoutSite(headline.text(), site);
    Sourced declared = declaredTitle(index, meta, ld, siteName, h1, url);
    if (h1 == null) {
      return declared;
    }
    String banner = headline.bannerHeading();
    // an h1 in a page header that the declared title repeats is the page's title, not the site's name
    if (banner != null && declared != null
        && TextNormalizer.forComparison(declared.value()).equals(TextNormalizer.forComparison(banner))
        && !isSiteName(banner, siteName) && !namesHomeOrHost(banner, url)) {
      return new Sourced(banner, "<h1>");
    }
    if (declared != null && !declared.source().equals("<title>") && words(h1) >= 3
        && !sharesContentWord(h1, declared.value())) {
      // a meta title about something else than the page's h1 (its section, a share prompt) loses to a <title>
      // that agrees with the h1: two sources against one. Not for a label h1 ("News", "Navigation"), which a
      // "News - Site" title repeats while the meta title is the article's.
      Sourced element = titleElement(index, site, h1);
      if (element != null && agrees(h1, element.value())) {
        declared = element;
      }
    }
    if (declared == null || isSiteName(declared.value(), siteName) || namesHomeOrHost(declared.value(), url)
        || headline.siteHeading() != null && TextNormalizer.forComparison(declared.value())
            .equals(TextNormalizer.forComparison(headline.siteHeading()))) {
      return new Sourced(h1, headline.source());
    }
    String d = TextNormalizer.forComparison(declared.value());
    String h = TextNormalizer.forComparison(h1);
    if (h.length() > d.length() && h.endsWith(d) && d.length() * 2 >= h.length()) {
      return declared; // the h1 is a kicker plus the declared title
    }
    if (h.length() > d.length() && h.startsWith(d) && d.length() * 2 >= h.length()
        && startsWithSeparator(h1, declared.value())) {
      return declared; // the h1 is the declared title plus a tail (" | Site" in a visually hidden span)
    }
    if (agrees(h1, declared.value()) || headline.marked() && sharesContentWord(h1, declared.value())) {
      return new Sourced(h1, headline.source());
    }
    return declared;
  }

  /** True when the two titles share a word of four letters or more: they are about the same thing. */
  static boolean sharesContentWord(String a, String b) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String w : TextNormalizer.forComparison(a).split(" ")) {
      if (w.codePointCount(0, w.length()) >= 4 || w.codePoints().anyMatch(Character::isIdeographic)) {
        words.add(w);
      }
    }
    for (String w : TextNormalizer.forComparison(b).split(" ")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} goes on after {@code prefix} with a bar or dash between spaces. */
  private static boolean startsWithSeparator(String text, String prefix) {
    String t = TextNormalizer.collapseSpaces(text);
    String p = TextNormalizer.collapseSpaces(prefix);
    if (!t.regionMatches(true, 0, p, 0, p.length())) {
      return false;
    }
    String rest = t.substring(p.length());
    return rest.startsWith(" | ") || rest.startsWith(" – ") || rest.startsWith(" — ") || rest.startsWith(" - ")
        || rest.startsWith(" · ");
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** True when the h1 and the declared title share most of the h1's words. */
  static boolean agrees(String h1, String declared) {
    String[] h = TextNormalizer.forComparison(h1).split(" ");
    java.util.Set<String> d = new java.util.HashSet<>(List.of(TextNormalizer.forComparison(declared).split(" ")));
    int shared = 0;
    for (String w : h) {
      if (d.contains(w)) {
        shared++;
      }
    }
    return h.length > 0 && shared * 2 >= h.length && shared >= Math.min(2, h.length);
  }

  /** The URL's host without "www." and the top-level domain ({@code anarc.at} → {@code anarc}), as a stand-in
   * for an undeclared site name. */
  private static @Nullable String hostName(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(java.util.Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      int dot = host.lastIndexOf('.');
      return dot > 0 ? host.substring(0, dot) : host;
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
  }

  /** Words that title a home page, not an article. */
  private static final java.util.Set<String> HOME_WORDS = java.util.Set.of(
      "home", "homepage", "home page", "startseite", "start", "accueil", "inicio", "página inicial", "index");

  /**
   * True when a declared title is the home page's ("Home") or the host's name spelled out ("Anwalt Niemeyer" on
   * anwaltniemeyer.de): it names the site, and the page's own heading says what the page is.
   */
  static boolean namesHomeOrHost(String title, @Nullable String url) {
    String t = TextNormalizer.forComparison(title);
    if (HOME_WORDS.contains(t)) {
      return true;
    }
    String host = hostName(url);
    if (host == null) {
      return false;
    }
    String compact = t.replace(" ", "").replace("-", "");
    String h = host.replace("-", "");
    int dot = h.lastIndexOf('.');
    return compact.length() >= 4 && (compact.equals(h) || dot > 0 && compact.equals(h.substring(dot + 1)));
  }

  private static boolean isSiteName(String title, @Nullable Sourced siteName) {
    return siteName != null
        && TextNormalizer.forComparison(title).equals(TextNormalizer.forComparison(siteName.value()));
  }

  private static @Nullable Sourced declaredTitle(
      PageIndex index, MetaTags meta, @Nullable Map<String, Object> ld, @Nullable Sourced siteName,
      @Nullable String h1, @Nullable String url) {
    String site = siteName != null ? siteName.value() : hostName(url);
    Element titleElement = index.title;
    String title = titleElement == null ? "" : TextNormalizer.collapseSpaces(titleElement.text());
    if (ld != null) {
      String headline = JsonLd.string(ld.get("headline"));
      // a structured-data "headline" about something else than the <title> is a description (an encyclopedia's
      // short description of the subject), not the page's title
      if (headline != null && headline.length() <= 300
          && (title.isEmpty() || sharesContentWord(headline, title))) {
        return new Sourced(Titles.clean(unescape(headline), site, h1), "json-ld");
      }
    }
    String[] m = meta.first("og:title", "twitter:title", "dc.title", "dcterms.title", "title",
        "parsely-title", "sailthru.title", "headline");
    if (m != null) {
      return new Sourced(Titles.clean(m[1], site, h1), "meta:" + m[0]);
    }
    if (ld != null) {
      String name = JsonLd.string(ld.get("name"));
      if (name != null && name.length() <= 300) {
        return new Sourced(Titles.clean(unescape(name), site, h1), "json-ld");
      }
    }
    return titleElement(index, site, h1);
  }

  /** The {@code <title>} element's text without the site's name, or null when there is none. */
  private static @Nullable Sourced titleElement(PageIndex index, @Nullable String site, @Nullable String h1) {
    Element titleElement = index.title;
    String title = titleElement == null ? "" : TextNormalizer.collapseSpaces(titleElement.text());
    if (title.isEmpty()) {
      return null;
    }
    return new Sourced(Titles.clean(title, site, h1, () -> headings(index)), "<title>");
  }

  /** The texts of the page's {@code h1}, {@code h2} and {@code h3} headings (the first few of each). */
  private static List<String> headings(PageIndex index) {
    List<String> out = new ArrayList<>();
    for (Element e : index.headlines) {
      if (out.size() >= MAX_H1S) {
        break;
      }
      out.add(e.text());
    }
    for (Element e : index.subheadings) {
      out.add(e.text());
    }
    return out;
  }

  /** At most this many {@code h1}s are matched against title parts (some pages make every heading one). */
  private static final int MAX_H1S = 8;

  /**
   * The article's text as the page declares it in JSON-LD ({@code articleBody}, else the steps of a
   * {@code HowTo}), for pages whose markup holds (almost) none of it; empty when there is none.
   */
  public List<String> declaredBody(Document doc) {
    List<String> scripts = new ArrayList<>();
    for (Element script : doc.select(LD_JSON_SCRIPTS)) {
      scripts.add(script.data());
    }
    List<String> paragraphs = new ArrayList<>();
    for (Map<String, Object> o : JsonLd.objects(scripts)) {
      String body = JsonLd.string(o.get("articleBody"));
      if (body == null) {
        body = JsonLd.string(o.get("text"));
      }
      if (body != null && body.length() > 200) {
        for (String p : body.split("\\n\\s*\\n|\\r?\\n")) {
          String t = TextNormalizer.collapseSpaces(unescape(p));
          if (!t.isEmpty()) {
            paragraphs.add(t);
          }
        }
        return paragraphs;
      }
      if (o.get("step") instanceof List<?> steps) {
        for (Object step : steps) {
          String t = step instanceof Map<?, ?> m ? JsonLd.string(m.get("text")) : JsonLd.string(step);
          if (t != null) {
            paragraphs.add(TextNormalizer.collapseSpaces(unescape(t)));
          }
        }
        if (!paragraphs.isEmpty()) {
          return paragraphs;
        }
      }
    }
    return paragraphs;
  }

  private static List<Sourced> authors(PageIndex index, MetaTags meta, @Nullable Map<String, Object> ld) {
    List<Sourced> out = new ArrayList<>();
    if (ld != null) {
      Object author = ld.get("author");
      if (author == null) {
        author = ld.get("creator");
      }
      for (String name : JsonLd.names(author)) {
        for (String n : Bylines.names(name)) {
          out.add(new Sourced(n, "json-ld"));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    String[] m = meta.first("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
        "sailthru.author", "byl", "citation_author", "twitter:creator");
    if (m != null && !m[1].startsWith("http") && !m[1].startsWith("@")) {
      for (String n : Bylines.names(m[1])) {
        out.add(new Sourced(n, "meta:" + m[0]));
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    for (Element e : index.bylines) {
      Element name = e.selectFirst(ITEMPROP_NAME);
      String text = TextNormalizer.collapseSpaces((name != null ? name : e).text());
      if (text.isEmpty() || text.length() > 120) {
        continue;
      }
      for (String n : Bylines.names(text)) {
        out.add(new Sourced(n, "byline"));
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  private static @Nullable Sourced published(
      Document doc, PageIndex index, MetaTags meta, @Nullable Map<String, Object> ld, UrlPath path,
      @Nullable Sourced modified) {
    Sourced fromMeta = firstDate(
        ld == null ? null : ld.get("datePublished"), "json-ld",
        meta.first("article:published_time", "og:published_time", "article:published", "published_time",
            "datepublished", "published-date", "published_date", "date-published", "date_published",
            "pubdate", "publishdate", "publish-date", "publish_date", "date",
            "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dcterms.date", "dc.date.created",
            "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "article.published",
            "publication_date", "publication-date", "publicationdate", "article_date_original", "date.created",
            "originalpublicationdate", "datecreated", "created", "og:article:published_time",
            "bt:pubdate", "displaydate", "timestamp"));
    if (fromMeta != null) {
      return fromMeta;
    }
    Sourced marked = DateMarkup.find(doc, index);
    if (marked != null) {
      return marked;
    }
    if (path.date() != null) {
      return new Sourced(path.date(), "url-path");
    }
    // A page that states only when it was last changed: that is the best estimate of when it came out.
    if (modified != null) {
      return modified.source().equals("json-ld") ? new Sourced(modified.value(), "json-ld:dateModified") : modified;
    }
    return null;
  }

  private static @Nullable Sourced firstDate(@Nullable Object ldValue, String ldSource, @Nullable String[] meta) {
    String fromLd = Dates.parse(JsonLd.string(ldValue));
    if (fromLd != null) {
      return new Sourced(fromLd, ldSource);
    }
    if (meta != null) {
      String d = Dates.parse(meta[1]);
      if (d != null) {
        return new Sourced(d, "meta:" + meta[0]);
      }
    }
    return null;
  }

  private static @Nullable Sourced language(Document doc, MetaTags meta, @Nullable Map<String, Object> ld) {
    Element html = doc.selectFirst(HTML);
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty() && html != null) {
      lang = html.attr("xml:lang").strip();
    }
    if (!lang.isEmpty()) {
      String tag = languageTag(lang);
      if (tag != null) {
        return new Sourced(tag, "html:lang");
      }
    }
    String[] m = meta.first("content-language", "language", "dc.language", "og:locale");
    if (m != null) {
      String tag = languageTag(m[1]);
      if (tag != null) {
        return new Sourced(tag, "meta:" + m[0]);
      }
    }
    if (ld != null) {
      String tag = languageTag(JsonLd.string(ld.get("inLanguage")));
      if (tag != null) {
        return new Sourced(tag, "json-ld");
      }
    }
    return null;
  }

  /**
   * Fills in the publication date from the article's own date lines (found by the block stage: "Posted on 16.
   * Oktober 2019", a press release's dateline) when the markup gave none.
   */
  public Metadata withDateFromLines(Metadata metadata, List<String> lines) {
    if (metadata.published() != null) {
      return metadata;
    }
    for (String line : lines) {
      String date = Dates.parse(line);
      if (date != null) {
        Sourced published = new Sourced(date, "date-line");
        return new Metadata(metadata.title(), metadata.authors(), published, metadata.modified(),
            metadata.siteName(), metadata.url(), metadata.language(), metadata.description(),
            metadata.section(), metadata.image());
      }
    }
    return metadata;
  }

  /** {@code en_US} or {@code EN-us} as the BCP-47 tag {@code en-US}; null when it is not a language tag. */
  /** The shape of a language tag; compiled once ({@code String.matches} compiles its regex on every call). */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  static @Nullable String languageTag(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().replace('_', '-');
    int comma = v.indexOf(',');
    if (comma > 0) {
      v = v.substring(0, comma).strip();
    }
    if (!LANGUAGE_TAG.matcher(v).matches()) {
      return null;
    }
    Locale locale = Locale.forLanguageTag(v);
    String tag = locale.toLanguageTag();
    return tag.equals("und") ? null : tag;
  }

  private static @Nullable Sourced fromLdOrMeta(
      @Nullable Map<String, Object> ld, String ldKey, MetaTags meta, String... keys) {
    if (ld != null) {
      String v = JsonLd.string(ld.get(ldKey));
      if (v != null && v.length() <= 2000) {
        return new Sourced(unescape(v), "json-ld");
      }
    }
    String[] m = meta.first(keys);
    return m == null ? null : new Sourced(TextNormalizer.collapseSpaces(m[1]), "meta:" + m[0]);
  }

  /** JSON-LD values are sometimes HTML-escaped twice; decode entities once. */
  private static String unescape(String s) {
    return s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, false);
  }
}
