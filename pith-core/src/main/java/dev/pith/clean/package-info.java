/**
 * Removes what is never main content (scripts, hidden nodes, forms, navigation, consent banners, share bars, ads,
 * subscription prompts, related-article lists, comments) from a DOM the pipeline owns, recording each removal with
 * its reason.
 */
@NullMarked
package dev.pith.clean;

import org.jspecify.annotations.NullMarked;
