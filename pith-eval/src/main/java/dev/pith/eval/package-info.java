/**
 * Extraction accuracy on the shared benchmarks: runs an {@link dev.pith.Extractor} over a dataset's pages, writes
 * the predictions as {@code score.py} reads them, and scores them with the same metrics.
 */
@NullMarked
package dev.pith.eval;

import org.jspecify.annotations.NullMarked;
