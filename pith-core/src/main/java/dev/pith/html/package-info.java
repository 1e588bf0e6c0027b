/** Text to a jsoup DOM within limits (depth, node count), and measures on the DOM. */
@NullMarked
package dev.pith.html;

import org.jspecify.annotations.NullMarked;
