/** One writer per output format: plain text, Markdown, JSON and clean HTML. */
@NullMarked
package dev.pith.output;

import org.jspecify.annotations.NullMarked;
