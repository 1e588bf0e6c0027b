package dev.pith.eval;

import org.jspecify.annotations.Nullable;

/**
 * What the extractor did with one benchmark page. Immutable.
 *
 * @param id the page id
 * @param status {@code ok}, {@code rejected}, {@code failed}, or {@code missing} (no input file)
 * @param message why it was rejected or failed, or null
 * @param text the extracted text as written to {@code <id>.txt} ("" when there is none)
 * @param title the extracted title, or null
 * @param author the extracted authors joined with "; ", or null
 * @param date the extracted publication date, or null
 * @param millis time inside the extractor, in milliseconds
 * @param bytes input size in bytes (as stored, possibly gzipped)
 */
public record PageRun(String id, String status, @Nullable String message, String text, @Nullable String title,
    @Nullable String author, @Nullable String date, double millis, long bytes) {}
