/**
 * The accuracy gate: F1 floors on a small fixed subset of the shared benchmarks, pinned with the subset's SHA-256,
 * so that a regression fails the build. Floors rise in reviewed diffs and fall only with an explicit flag.
 */
@NullMarked
package dev.pith.eval.gate;

import org.jspecify.annotations.NullMarked;
