package dev.pith.clean;

import dev.pith.document.RemovalReason;

/** A cleaning rule's decision to remove an element: why, and the evidence. */
public record Verdict(RemovalReason reason, String detail) {}
