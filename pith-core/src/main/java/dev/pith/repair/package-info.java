/**
 * Repairs text that was decoded with the wrong charset before it reached pith (mojibake), usable on its own:
 * String in, {@link dev.pith.repair.RepairedText} (text and the steps taken) out.
 */
@NullMarked
package dev.pith.repair;

import org.jspecify.annotations.NullMarked;
