package dev.scenecost.budget.edit;

import dev.scenecost.jfountain.SourceRange;

/**
 * Replace the text in {@code range} (lines and UTF-16 columns, as the parser counts) with new text.
 */
public record TextChange(SourceRange range, String replacement) {}
