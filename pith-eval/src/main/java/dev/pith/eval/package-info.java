/** Scorers for the shared benchmarks, gold loaders, tables and charts, and the accuracy gate. */
@NullMarked
package dev.pith.eval;

import org.jspecify.annotations.NullMarked;
