package dev.pith.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An extractor's output for one dataset: text by page id and, where given, metadata ({@code title},
 * {@code author}, {@code date}) by page id. Read as {@code score.py} reads it. Immutable.
 *
 * @param texts text by id (a page without one scores as an empty extraction)
 * @param metas metadata by id; metadata is scored only when at least one page has some
 */
public record Predictions(Map<String, String> texts, Map<String, Map<String, @Nullable Object>> metas) {
  /** The metadata fields that are scored. */
  public static final List<String> META_FIELDS = List.of("title", "author", "date");

  private static final ObjectMapper JSON = new ObjectMapper();

  public Predictions {
    texts = Map.copyOf(texts);
    Map<String, Map<String, @Nullable Object>> copy = new HashMap<>();
    metas.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new HashMap<>(v))));
    metas = java.util.Collections.unmodifiableMap(copy);
  }

  /** The text for a page, "" when there is none. */
  public String text(String id) {
    return texts.getOrDefault(id, "");
  }

  /**
   * The metadata to score for a page: null when no page has metadata (then metadata is not scored at all), else
   * the page's (empty when it has none, so that each field counts as a miss).
   */
  public @Nullable Map<String, @Nullable Object> metaFor(String id) {
    if (metas.isEmpty()) {
      return null;
    }
    return metas.getOrDefault(id, Map.of());
  }

  /** How many of {@code ids} have no text. */
  public int missing(Collection<String> ids) {
    return (int) ids.stream().filter(id -> !texts.containsKey(id)).count();
  }

  /**
   * Reads predictions: a directory of {@code <id>.txt} (UTF-8; undecodable bytes replaced) and optional
   * {@code <id>.json} metadata, or a {@code .jsonl} file of {@code {"id", "text", "title", "author", "date"}}.
   *
   * @param ids the pages to look for in a directory
   * @throws IOException when a file cannot be read or a JSON file is malformed
   */
  public static Predictions read(Path path, Collection<String> ids) throws IOException {
    Map<String, String> texts = new HashMap<>();
    Map<String, Map<String, @Nullable Object>> metas = new HashMap<>();
    if (Files.isDirectory(path)) {
      for (String id : ids) {
        Path txt = path.resolve(id + ".txt");
        if (Files.isRegularFile(txt)) {
          texts.put(id, decodeUtf8(Files.readAllBytes(txt)));
        }
        Path json = path.resolve(id + ".json");
        if (Files.isRegularFile(json)) {
          metas.put(id, asMap(JSON.readTree(json.toFile()), json));
        }
      }
    } else {
      try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode obj = JSON.readTree(line);
          String id = obj.path("id").asText();
          JsonNode text = obj.get("text");
          texts.put(id, text != null && text.isTextual() ? text.asText() : "");
          if (META_FIELDS.stream().anyMatch(obj::has)) {
            metas.put(id, asMap(obj, path));
          }
        }
      }
    }
    return new Predictions(texts, metas);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> asMap(JsonNode node, Path where) throws IOException {
    Object plain = GoldRecord.plain(node);
    if (!(plain instanceof Map<?, ?> map)) {
      throw new IOException(where + ": metadata must be a JSON object");
    }
    return (Map<String, @Nullable Object>) map;
  }

  /** UTF-8 text; invalid sequences become U+FFFD (Python's {@code errors="replace"}). */
  public static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Predictions built in memory. */
  public static Predictions of(Map<String, String> texts, Map<String, Map<String, @Nullable Object>> metas) {
    return new Predictions(Objects.requireNonNull(texts), Objects.requireNonNull(metas));
  }
}
