package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;

/**
 * A word of the effects lexicon found in the scene.
 *
 * @param category breakdown category ({@code stunts}, {@code crowd}, {@code fire} ...)
 * @param term the word as written in the script
 * @param range where it is written (approximate when the line holds an inline note before it)
 */
public record EffectHit(String category, String term, SourceRange range) {}
