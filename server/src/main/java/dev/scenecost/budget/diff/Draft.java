package dev.scenecost.budget.diff;

import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.Screenplay;

/**
 * One side of a comparison: a screenplay and its estimate (made with the same settings as the other
 * side's, so that only the writing differs).
 *
 * @param name how the draft is named to the reader ({@code git:main:film.fountain}, a file path)
 */
public record Draft(String name, Screenplay screenplay, FilmEstimate estimate) {}
