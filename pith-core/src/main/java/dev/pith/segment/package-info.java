/** Cuts a cleaned DOM into typed blocks in reading order, each tied to the element it came from. */
@NullMarked
package dev.pith.segment;

import org.jspecify.annotations.NullMarked;
