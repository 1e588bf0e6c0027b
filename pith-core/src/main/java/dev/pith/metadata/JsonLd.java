package dev.pith.metadata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON-LD blocks of a page into plain maps and lists (with jackson-core's streaming parser: no data
 * binding on the core's class path) and finds the objects that describe the page: articles first, then web pages.
 * Invalid JSON is skipped, as browsers and search engines skip it.
 */
final class JsonLd {
  /** Schema.org types that describe an article-like page, most specific first in intent. */
  private static final List<String> ARTICLE_TYPES = List.of(
      "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle", "report", "liveblogposting",
      "socialmediaposting", "discussionforumposting", "review", "howto", "recipe", "blog", "podcastepisode",
      "videoobject", "creativework");
  private static final List<String> PAGE_TYPES =
      List.of("webpage", "itempage", "aboutpage", "faqpage", "qapage", "profilepage", "collectionpage",
          "product");

  /** JSON-LD blocks larger than this are skipped: real ones are a few KB. */
  private static final int MAX_CHARS = 1 << 20;
  /** Nesting deeper than this is not metadata. */
  private static final int MAX_DEPTH = 64;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();

  private JsonLd() {}

  /** Every JSON object in the given script texts (with {@code @graph} and arrays flattened), in document order. */
  static List<Map<String, Object>> objects(List<String> scripts) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String script : scripts) {
      if (script.length() > MAX_CHARS) {
        continue;
      }
      Object root = parse(stripHtmlComment(script));
      if (root != null) {
        flatten(root, out, 0);
      }
    }
    return out;
  }

  /** The best object describing the main content: an article-like type, else a web page, else null. */
  static @Nullable Map<String, Object> primary(List<Map<String, Object>> objects) {
    Map<String, Object> page = null;
    for (String type : ARTICLE_TYPES) {
      for (Map<String, Object> o : objects) {
        if (hasType(o, type)) {
          return o;
        }
      }
    }
    for (String type : PAGE_TYPES) {
      for (Map<String, Object> o : objects) {
        if (hasType(o, type)) {
          page = o;
          break;
        }
      }
      if (page != null) {
        break;
      }
    }
    return page;
  }

  /** True when the object's {@code @type} (a string or a list) names {@code type}, ignoring case. */
  static boolean hasType(Map<String, Object> o, String type) {
    Object t = o.get("@type");
    if (t instanceof String s) {
      return s.equalsIgnoreCase(type) || s.toLowerCase(java.util.Locale.ROOT).endsWith("/" + type);
    }
    if (t instanceof List<?> list) {
      for (Object x : list) {
        if (x instanceof String s && s.equalsIgnoreCase(type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A string value, or the {@code name} (else {@code @value}, {@code url}) of an object value; first of a list. */
  static @Nullable String string(@Nullable Object value) {
    if (value instanceof String s) {
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    if (value instanceof Map<?, ?> m) {
      for (String key : new String[] {"name", "@value", "text", "url", "@id"}) {
        String s = string(m.get(key));
        if (s != null) {
          return s;
        }
      }
    }
    if (value instanceof List<?> list) {
      for (Object x : list) {
        String s = string(x);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /** All names in a value that may be one person, a list of people, or strings. */
  static List<String> names(@Nullable Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object x : list) {
        out.addAll(names(x));
      }
    } else if (value instanceof Map<?, ?> m) {
      String name = string(m.get("name"));
      if (name != null) {
        out.add(name);
      }
    } else if (value instanceof String s && !s.isBlank()) {
      out.add(s.strip());
    }
    return out;
  }

  private static void flatten(Object node, List<Map<String, Object>> out, int depth) {
    if (depth > 4) {
      return;
    }
    if (node instanceof List<?> list) {
      for (Object x : list) {
        flatten(x, out, depth + 1);
      }
    } else if (node instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) map;
      out.add(m);
      Object graph = m.get("@graph");
      if (graph != null) {
        flatten(graph, out, depth + 1);
      }
      Object mainEntity = m.get("mainEntity");
      if (mainEntity instanceof Map<?, ?> || mainEntity instanceof List<?>) {
        flatten(mainEntity, out, depth + 1);
      }
    }
  }

  private static final List<String> CDATA_OPENS = List.of("//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[");
  private static final List<String> CDATA_CLOSES = List.of("//]]>", "/*]]>*/", "]]>");

  private static String stripHtmlComment(String script) {
    String s = script.strip();
    if (s.startsWith("<!--")) {
      s = s.substring(4);
    }
    if (s.endsWith("-->")) {
      s = s.substring(0, s.length() - 3);
    }
    // XHTML habits: "<![CDATA[ ... ]]>", commented out as "//<![CDATA[ ... //]]>" or "/*<![CDATA[*/ ... /*]]>*/"
    for (String open : CDATA_OPENS) {
      if (s.startsWith(open)) {
        s = s.substring(open.length());
        break;
      }
    }
    for (String close : CDATA_CLOSES) {
      if (s.endsWith(close)) {
        s = s.substring(0, s.length() - close.length());
        break;
      }
    }
    return s;
  }

  /** Parses JSON into maps, lists, strings, numbers and booleans, iteratively; null when it is not valid JSON. */
  static @Nullable Object parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      Deque<Object> stack = new ArrayDeque<>();
      Deque<String> keys = new ArrayDeque<>();
      Object root = null;
      String key = null;
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        Object value;
        switch (token) {
          case START_OBJECT -> {
            Map<String, Object> m = new LinkedHashMap<>();
            attach(stack, key, m);
            keys.push(key == null ? "" : key);
            stack.push(m);
            key = null;
            if (root == null) {
              root = m;
            }
            continue;
          }
          case START_ARRAY -> {
            List<Object> l = new ArrayList<>();
            attach(stack, key, l);
            keys.push(key == null ? "" : key);
            stack.push(l);
            key = null;
            if (root == null) {
              root = l;
            }
            continue;
          }
          case END_OBJECT, END_ARRAY -> {
            stack.pop();
            keys.pop();
            key = null;
            if (stack.isEmpty()) {
              return root;
            }
            continue;
          }
          case FIELD_NAME -> {
            key = p.currentName();
            continue;
          }
          case VALUE_STRING -> value = p.getText();
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = p.getNumberValue();
          case VALUE_TRUE -> value = Boolean.TRUE;
          case VALUE_FALSE -> value = Boolean.FALSE;
          default -> value = null;
        }
        if (stack.isEmpty()) {
          return value;
        }
        attach(stack, key, value);
        key = null;
      }
      return root;
    } catch (IOException | RuntimeException invalid) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static void attach(Deque<Object> stack, @Nullable String key, @Nullable Object value) {
    Object top = stack.peek();
    if (top instanceof Map<?, ?> m && key != null) {
      ((Map<String, Object>) m).putIfAbsent(key, value);
    } else if (top instanceof List<?> l) {
      ((List<Object>) l).add(value);
    }
  }
}
