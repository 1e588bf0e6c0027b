/**
 * The result model: immutable records with no jsoup types, so a document can cross threads, processes and
 * serialization boundaries. Nothing here imports another pith package.
 */
@NullMarked
package dev.pith.document;

import org.jspecify.annotations.NullMarked;
