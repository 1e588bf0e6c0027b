/**
 * Decides, block by block, what is main content and what is boilerplate: finds the region of the page that holds
 * the content, then judges each block from features that hold across the web (text and link density, position,
 * neighbours, semantic markup), giving every removal a reason.
 */
@NullMarked
package dev.pith.boilerplate;

import org.jspecify.annotations.NullMarked;
