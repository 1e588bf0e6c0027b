/**
 * Flattened text captures (WET records, text dumps, copies like the seed): lines in, typed blocks and removals
 * out, through the same document model as HTML.
 */
@NullMarked
package dev.pith.text;

import org.jspecify.annotations.NullMarked;
