package dev.pith.metadata;

import dev.pith.document.Metadata;
import dev.pith.document.Sourced;
import dev.pith.internal.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's metadata from its raw DOM (before cleaning, which removes bylines and dates with the page chrome)
 * and its URL. For each field, sources are tried from the most deliberate to the most incidental: JSON-LD, then
 * meta tags (article, OpenGraph, Dublin Core, Twitter, others), then markup ({@code <time>}, bylines,
 * {@code <title>}, {@code h1}), then the URL path. Immutable and thread-safe.
 */
public final class MetadataExtractor {
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
    MetaTags meta = MetaTags.of(doc);
    List<String> scripts = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      scripts.add(script.data());
    }
    List<Map<String, Object>> objects = JsonLd.objects(scripts);
    Map<String, Object> ld = JsonLd.primary(objects);

    Sourced siteName = siteName(meta, objects);
    Sourced canonical = canonical(doc, meta, url);
    UrlPath path = UrlPath.of(canonical != null ? canonical.value() : url);
    if (path.date() == null && url != null && canonical != null && !url.equals(canonical.value())) {
      path = UrlPath.of(url);
    }
    String h1 = headline(doc);
    Sourced title = title(doc, meta, ld, siteName, h1);
    List<Sourced> authors = authors(doc, meta, ld);
    Sourced published = published(doc, meta, ld, path);
    Sourced modified = firstDate(
        ld == null ? null : field(ld, "dateModified"), "json-ld",
        meta.first("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified",
            "datemodified"));
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

  private static @Nullable Sourced canonical(Document doc, MetaTags meta, @Nullable String url) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
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

  /** The page's main heading: the first {@code h1} inside an article or main, else the first {@code h1}. */
  private static @Nullable String headline(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline]");
    if (h1 == null) {
      h1 = doc.selectFirst("h1");
    }
    if (h1 == null) {
      return null;
    }
    String text = TextNormalizer.collapseSpaces(h1.text());
    return text.isEmpty() || text.length() > 300 ? null : text;
  }

  private static @Nullable Sourced title(
      Document doc, MetaTags meta, @Nullable Map<String, Object> ld, @Nullable Sourced siteName,
      @Nullable String h1) {
    String site = siteName == null ? null : siteName.value();
    if (ld != null) {
      String headline = JsonLd.string(ld.get("headline"));
      if (headline != null && headline.length() <= 300) {
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
    Element titleElement = doc.selectFirst("title");
    String title = titleElement == null ? "" : TextNormalizer.collapseSpaces(titleElement.text());
    if (!title.isEmpty()) {
      return new Sourced(Titles.clean(title, site, h1), "<title>");
    }
    return h1 == null ? null : new Sourced(h1, "<h1>");
  }

  private static List<Sourced> authors(Document doc, MetaTags meta, @Nullable Map<String, Object> ld) {
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
    for (Element e : doc.select("[itemprop=author], [rel=author], .byline, .author, .byline-author, "
        + ".article-author, address.author")) {
      Element name = e.selectFirst("[itemprop=name]");
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
      Document doc, MetaTags meta, @Nullable Map<String, Object> ld, UrlPath path) {
    Sourced fromMeta = firstDate(
        ld == null ? null : ld.get("datePublished"), "json-ld",
        meta.first("article:published_time", "og:published_time", "article:published", "published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
            "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dcterms.date", "dc.date.created",
            "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "article.published",
            "originalpublicationdate", "datecreated", "created", "og:article:published_time",
            "bt:pubdate", "displaydate", "timestamp"));
    if (fromMeta != null) {
      return fromMeta;
    }
    for (Element time : doc.select("time[datetime], [itemprop=datePublished], .published, .pubdate, "
        + ".post-date, .entry-date, .date, .article-date, .dateline, time")) {
      String value = time.hasAttr("datetime") ? time.attr("datetime")
          : time.hasAttr("content") ? time.attr("content") : time.text();
      String date = Dates.parse(value);
      if (date != null) {
        return new Sourced(date, time.nameIs("time") ? "<time>" : "markup");
      }
    }
    if (path.date() != null) {
      return new Sourced(path.date(), "url-path");
    }
    if (ld != null) {
      String modified = Dates.parse(JsonLd.string(ld.get("dateModified")));
      if (modified != null) {
        return new Sourced(modified, "json-ld:dateModified");
      }
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
    Element html = doc.selectFirst("html");
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

  /** {@code en_US} or {@code EN-us} as the BCP-47 tag {@code en-US}; null when it is not a language tag. */
  static @Nullable String languageTag(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().replace('_', '-');
    int comma = v.indexOf(',');
    if (comma > 0) {
      v = v.substring(0, comma).strip();
    }
    if (!v.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
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
