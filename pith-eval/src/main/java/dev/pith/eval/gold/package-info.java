/**
 * The shared benchmark data: datasets ({@code data/<name>/gold.jsonl} with their pages) and predictions (a
 * directory of {@code <id>.txt} and {@code <id>.json}, or a JSONL file), read as {@code score.py} reads them.
 */
@NullMarked
package dev.pith.eval.gold;

import org.jspecify.annotations.NullMarked;
