package dev.pith.eval.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One benchmark dataset: a folder with {@code gold.jsonl} (one {@link GoldRecord} per page, sorted by id) and the
 * pages under {@code html/}. Immutable.
 *
 * @param name the dataset's name (its folder's name, e.g. {@code scrapinghub-aeb})
 * @param dir the dataset folder; page paths in the gold are relative to it
 * @param gold the gold file
 * @param records the gold records, in file order
 */
public record Dataset(String name, Path dir, Path gold, List<GoldRecord> records) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Dataset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(gold, "gold");
    records = List.copyOf(records);
  }

  /**
   * Opens a dataset from its folder (holding {@code gold.jsonl}) or from its gold file.
   *
   * @throws IOException when the gold cannot be read
   * @throws IllegalArgumentException when the path is neither, or a gold line is not a JSON object with an id, or
   *     ids repeat (the message names the file and line)
   */
  public static Dataset open(Path path) throws IOException {
    Path gold = Files.isDirectory(path) ? path.resolve("gold.jsonl") : path;
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(Files.isDirectory(path)
          ? path + " has no gold.jsonl: give a dataset folder such as ../shared/bench/data/scrapinghub-aeb"
          : "no such gold file or dataset folder: " + path);
    }
    Path dir = gold.toAbsolutePath().normalize().getParent();
    List<GoldRecord> records = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(gold + ":" + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(node instanceof ObjectNode object)) {
          throw new IllegalArgumentException(gold + ":" + lineNo + ": not a JSON object");
        }
        GoldRecord record;
        try {
          record = new GoldRecord(object);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(gold + ":" + lineNo + ": " + e.getMessage(), e);
        }
        if (!ids.add(record.id())) {
          throw new IllegalArgumentException(gold + ":" + lineNo + ": duplicate id " + record.id());
        }
        records.add(record);
      }
    }
    return new Dataset(dir.getFileName().toString(), dir, gold, records);
  }

  /** This dataset restricted to the records that pass {@code filter} (order kept). */
  public Dataset filter(Predicate<GoldRecord> filter) {
    return new Dataset(name, dir, gold, records.stream().filter(filter).toList());
  }

  /** This dataset restricted to records whose {@code str(field) == value} ({@code score.py --only}). */
  public Dataset only(String field, String value) {
    return filter(r -> r.pyString(field).equals(value));
  }

  /** The first {@code n} records. */
  public Dataset limit(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + n);
    }
    return new Dataset(name, dir, gold, records.subList(0, Math.min(n, records.size())));
  }

  /**
   * Every {@code k}-th record in id order, starting with the first: a subset chosen by position alone, never by
   * how well anything does on the pages.
   */
  public Dataset everyKth(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, was " + k);
    }
    List<GoldRecord> sorted = new ArrayList<>(records);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    List<GoldRecord> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i += k) {
      out.add(sorted.get(i));
    }
    return new Dataset(name, dir, gold, out);
  }

  /** The page file of a record: its {@code html} path, else {@code html/<id>.html.gz}. */
  public Path page(GoldRecord record) {
    String html = record.html();
    return dir.resolve(html != null ? html : "html/" + record.id() + ".html.gz");
  }

  /** The ids, in record order. */
  public List<String> ids() {
    return records.stream().map(GoldRecord::id).toList();
  }

  /** Whether any record has gold text (for the text metrics). */
  public boolean hasText(String textField) {
    return records.stream().anyMatch(r -> r.text(textField) != null);
  }

  /** Whether any record has snippet gold. */
  public boolean hasSnippets() {
    return records.stream().anyMatch(r -> !r.with().isEmpty() || !r.without().isEmpty());
  }

  /** Whether any record has gold for a metadata field. */
  public boolean hasMeta(String field) {
    return records.stream().anyMatch(r -> dev.pith.eval.score.Metrics.truthy(r.value(field)));
  }
}
