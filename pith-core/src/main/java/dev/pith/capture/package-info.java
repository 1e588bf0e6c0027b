/** Where the bytes come from: one {@link dev.pith.capture.Capture} per page, from files, stdin or archives. */
@NullMarked
package dev.pith.capture;

import org.jspecify.annotations.NullMarked;
