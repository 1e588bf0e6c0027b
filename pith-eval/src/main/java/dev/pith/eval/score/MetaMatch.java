package dev.pith.eval.score;

/** One metadata field of one page: exact match (0 or 1) and word F1 (for dates, the same as exact). */
public record MetaMatch(double exact, double wordF1) {}
