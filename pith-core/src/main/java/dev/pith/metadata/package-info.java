/**
 * Metadata from the raw DOM and the URL, each field with its source: JSON-LD, OpenGraph, Twitter and Dublin Core
 * meta tags, {@code <time>}, bylines, {@code <title>}, and the URL path.
 */
@NullMarked
package dev.pith.metadata;

import org.jspecify.annotations.NullMarked;
