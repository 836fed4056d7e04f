package dev.scenecost.budget.result;

import java.util.List;

/**
 * A location across the film.
 *
 * @param name upper-case location
 * @param appearances every scene set there, in order
 * @param referenceCost what the location plate cost (at the first appearance)
 */
public record LocationSummary(String name, List<Appearance> appearances, Cost referenceCost) {
  public LocationSummary {
    appearances = List.copyOf(appearances);
  }
}
