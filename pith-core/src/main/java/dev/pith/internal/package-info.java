/** Helpers shared by the stages: text normalization, budgets, problems. Not part of the public API. */
@NullMarked
package dev.pith.internal;

import org.jspecify.annotations.NullMarked;
