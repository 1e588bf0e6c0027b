/** Bytes to text, with the evidence that decided the charset: BOM, HTTP header, meta, XML declaration, detection. */
@NullMarked
package dev.pith.decode;

import org.jspecify.annotations.NullMarked;
