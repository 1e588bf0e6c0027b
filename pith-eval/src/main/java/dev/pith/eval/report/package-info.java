/** Evaluation results as people and scripts read them: text tables, JSON, per-page rows (worst first), SVG charts. */
@NullMarked
package dev.pith.eval.report;

import org.jspecify.annotations.NullMarked;
