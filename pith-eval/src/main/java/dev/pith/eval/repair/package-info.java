/**
 * Scores encoding repair on mojibake cases in the format of {@code shared/mojibake/dev.jsonl}, with the same figures
 * as {@code shared/mojibake/score.py}: exact match, character error rate before and after, share made worse, harm on
 * negatives, by kind, encoding and mode.
 */
@NullMarked
package dev.pith.eval.repair;

import org.jspecify.annotations.NullMarked;
