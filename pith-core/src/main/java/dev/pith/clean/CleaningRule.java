package dev.pith.clean;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** One reason to remove an element before extraction. Implementations are stateless and thread-safe. */
interface CleaningRule {
  /** A verdict to remove {@code element} (with its subtree), or null to keep it. */
  @Nullable Verdict judge(Element element, CleaningContext context);
}
