package dev.pith.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page's gold: one line of a dataset's {@code gold.jsonl}. Field access follows {@code score.py}, which reads
 * the record as a Python dict. Immutable (the JSON tree is private and never changed).
 */
public final class GoldRecord {
  private final String id;
  private final ObjectNode node;

  /**
   * Wraps one parsed gold line.
   *
   * @throws IllegalArgumentException when the record has no string {@code id}
   */
  public GoldRecord(ObjectNode node) {
    this.node = Objects.requireNonNull(node, "node").deepCopy();
    JsonNode id = node.get("id");
    if (id == null || !id.isValueNode() || id.isNull()) {
      throw new IllegalArgumentException("record without 'id'");
    }
    this.id = id.asText();
  }

  /** The page id (file-name safe). */
  public String id() {
    return id;
  }

  /** The relative path of the page's HTML in the dataset folder ({@code html/<id>.html.gz}), if given. */
  public @Nullable String html() {
    return string("html");
  }

  /** The page's URL, if known. */
  public @Nullable String url() {
    return string("url");
  }

  /** A string field, or null when absent, null or not a string. */
  public @Nullable String string(String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /**
   * The gold text for text metrics as {@code score.py} picks it: {@code rec.get(field, rec.get("text"))}, so a
   * record without the field falls back to {@code text}; null when that value is not a string.
   */
  public @Nullable String text(String field) {
    JsonNode v = node.has(field) ? node.get(field) : node.get("text");
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /** The must-have snippets ({@code with}), empty when there are none. */
  public List<String> with() {
    return strings("with");
  }

  /** The must-not snippets ({@code without}), empty when there are none. */
  public List<String> without() {
    return strings("without");
  }

  private List<String> strings(String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode x : v) {
      out.add(x.asText());
    }
    return Collections.unmodifiableList(out);
  }

  /** A field as a plain Java value (String, Boolean, Number, List, Map) or null, as Python's {@code rec.get}. */
  public @Nullable Object value(String field) {
    return plain(node.get(field));
  }

  /** Python's {@code str(rec.get(field))}: what {@code --by} and {@code --only} compare ("None" when absent). */
  public String pyString(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "None";
    }
    if (v.isBoolean()) {
      return v.asBoolean() ? "True" : "False";
    }
    if (v.isTextual()) {
      return v.asText();
    }
    return v.toString();
  }

  /** Whether the record has this field (even when it is null). */
  public boolean has(String field) {
    return node.has(field);
  }

  /** Converts a JSON tree to plain Java values. */
  public static @Nullable Object plain(@Nullable JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isArray()) {
      List<@Nullable Object> out = new ArrayList<>();
      v.forEach(x -> out.add(plain(x)));
      return Collections.unmodifiableList(out);
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    v.properties().forEach(e -> out.put(e.getKey(), plain(e.getValue())));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "GoldRecord[" + id + "]";
  }
}
