package dev.pith.eval.score;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * All metrics of one page; a metric is null when it was not asked for or the gold does not support it.
 *
 * @param id the page id
 * @param aeb ScrapingHub shingle counts
 * @param rouge ROUGE-LSum precision, recall, F1
 * @param lev Levenshtein (InDel) similarity
 * @param words bag-of-words precision, recall, F1
 * @param snippets snippet counts
 * @param meta metadata matches by field, for the fields the gold has (null when predictions carry no metadata)
 */
public record PageScore(
    String id,
    @Nullable AebPage aeb,
    @Nullable Prf rouge,
    @Nullable Double lev,
    @Nullable Prf words,
    @Nullable SnippetCounts snippets,
    @Nullable Map<String, MetaMatch> meta) {

  public PageScore {
    meta = meta == null ? null : Map.copyOf(meta);
  }

  /** The page's figure in {@code metric} for ranking pages (F1 or similarity), or null when not scored. */
  public @Nullable Double f1(Metric metric) {
    switch (metric) {
      case AEB:
        return aeb == null ? null : aeb.f1();
      case ROUGE:
        return rouge == null ? null : rouge.f1();
      case LEV:
        return lev;
      case WORDS:
        return words == null ? null : words.f1();
      case SNIPPETS:
        return snippets == null ? null : snippets.f1();
      default:
        return null;
    }
  }
}
