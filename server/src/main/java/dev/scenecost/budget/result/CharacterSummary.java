package dev.scenecost.budget.result;

import java.util.List;
import java.util.Set;

/**
 * A character across the film, for hovers.
 *
 * @param name upper-case name
 * @param appearances every scene the character appears in, in order
 * @param dialogueCharacters characters of spoken text across the film
 * @param dialogueShare this character's share of all spoken text, 0 to 1
 * @param referenceCost what the character sheet cost (at the first on-screen appearance)
 * @param tiers tiers the character is generated at on screen, in order of first use
 */
public record CharacterSummary(
    String name,
    List<Appearance> appearances,
    int dialogueCharacters,
    double dialogueShare,
    Cost referenceCost,
    Set<String> tiers) {
  public CharacterSummary {
    appearances = List.copyOf(appearances);
    tiers = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(tiers));
  }
}
