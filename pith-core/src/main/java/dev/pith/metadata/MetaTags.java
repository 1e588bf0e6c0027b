package dev.pith.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The page's {@code <meta>} tags by lower-cased {@code property}, {@code name}, {@code itemprop} or
 * {@code http-equiv}: OpenGraph ({@code og:title}), Twitter ({@code twitter:title}), Dublin Core ({@code dc.title},
 * {@code dcterms.created}), article ({@code article:published_time}) and the rest. The first occurrence wins.
 */
final class MetaTags {
  private final Map<String, String> values;

  private MetaTags(Map<String, String> values) {
    this.values = values;
  }

  static MetaTags of(PageIndex index) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : index.metas) {
      String content = meta.attr("content").strip();
      if (content.isEmpty() || isCutAtAQuote(meta)) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          // "og:title twitter:title" is one tag for two names
          if (key.indexOf(' ') < 0) {
            values.putIfAbsent(key, content);
          } else {
            for (String k : key.split(" ")) {
              if (!k.isEmpty()) {
                values.putIfAbsent(k, content);
              }
            }
          }
        }
      }
    }
    return new MetaTags(values);
  }

  /**
   * True when an unescaped quote inside the content ended the attribute early: {@code content="Biden de
   * "incapacitado""} leaves the content "Biden de " and a stray attribute named {@code incapacitado""}. The rest
   * of the words are lost, so the tag is not to be trusted.
   */
  private static boolean isCutAtAQuote(Element meta) {
    for (org.jsoup.nodes.Attribute a : meta.attributes()) {
      String key = a.getKey();
      if (!key.isEmpty() && Character.isLetterOrDigit(key.codePointAt(0))
          && (key.indexOf('"') > 0 || key.indexOf('\'') > 0)) {
        return true;
      }
    }
    return false;
  }

  /** The first present of {@code keys}, as a {key, value} pair, or null. */
  @Nullable String[] first(String... keys) {
    for (String key : keys) {
      String v = values.get(key);
      if (v != null && !v.isBlank()) {
        return new String[] {key, v};
      }
    }
    return null;
  }

  @Nullable String get(String key) {
    return values.get(key);
  }
}
