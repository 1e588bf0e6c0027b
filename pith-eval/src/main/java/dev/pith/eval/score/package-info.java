/**
 * The benchmark metrics of {@code shared/bench/score.py}, re-implemented to give the same figures: ScrapingHub
 * shingles, WCEB ROUGE-LSum and Levenshtein, WCXB word F1, trafilatura snippets, metadata matches; per page and
 * aggregated with the same bootstrap.
 */
@NullMarked
package dev.pith.eval.score;

import org.jspecify.annotations.NullMarked;
