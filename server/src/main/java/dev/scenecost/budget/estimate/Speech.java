package dev.scenecost.budget.estimate;

import dev.scenecost.jfountain.SourceRange;

/**
 * One speech: who speaks, whether they are seen, and how much they say.
 *
 * @param name upper-case name from the cue
 * @param onScreen false when the cue says V.O., O.S., O.C. or similar
 * @param directions the unspoken part of its prompt: {@code NAME:} and its parentheticals
 * @param spokenText dialogue and lyrics lines as printed, joined by line breaks
 * @param cueRange the cue line
 */
record Speech(
    String name, boolean onScreen, String directions, String spokenText, SourceRange cueRange) {}
