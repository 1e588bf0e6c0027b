/**
 * The front door: {@link dev.pith.Extractor} turns one {@link dev.pith.capture.Capture} into one
 * {@link dev.pith.Extraction}. This package alone knows the order of the stages.
 */
@NullMarked
package dev.pith;

import org.jspecify.annotations.NullMarked;
