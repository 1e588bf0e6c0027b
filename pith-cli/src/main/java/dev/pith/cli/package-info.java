/** The {@code pith} command line: a thin adapter from arguments and files to the library. */
@NullMarked
package dev.pith.cli;

import org.jspecify.annotations.NullMarked;
