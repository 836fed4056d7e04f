package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * The estimate and budget plan of one scene. Amounts are in the project's currency, before the
 * film's contingency.
 *
 * @param index position among the screenplay's scenes, from 0
 * @param number the scene number written as {@code #12#}, or null
 * @param label how reports and messages name the scene: its number; else its position from 1, in
 *     parentheses when other scenes of the film are numbered ({@code (6)})
 * @param heading the heading text ({@code INT. KITCHEN - NIGHT})
 * @param headingRange the heading line (where scene diagnostics and lenses go)
 * @param range the whole scene
 * @param pagesEighths page length in eighths from the line count, at least 1
 * @param screenSeconds screen time: eighths x seconds per page / 8, or the duration note
 * @param durationFromNote true when a {@code [[duration: ...]]} note set the screen time
 * @param chunks action beats and dialogue exchanges, in order
 * @param characters characters present, in order of first appearance in the scene
 * @param location the location from the heading
 * @param effects lexicon words found, in order
 * @param complexityFactor multiplier on generations per usable second (1 = simple)
 * @param tier the tier the scene is estimated at
 * @param tierSource whether the tier came from a note or is the film's default
 * @param notes the scene's budget annotations, valid or not
 * @param modalities tokens and money per modality at the scene's tier
 * @param cost total tokens and money ({@code modalities.total()})
 * @param cacheSavings what reusing cached reference images and prompt prefixes saved
 * @param explicitBudget the scene's own {@code [[budget: ...]]}, or null
 * @param importance 1 (lowest) to 5 (highest); 3 unless a note says otherwise
 * @param allocation the scene's share of the budget, or null when unbudgeted
 * @param status fits, over, exhausted (the running total runs out here) or unbudgeted
 * @param overBy how much the cost exceeds the allocation (0 when it fits)
 * @param runningCost the film's cost from the first scene to this one, inclusive
 * @param quotes the scene at every tier (including its own), in the catalog's tier order
 * @param alternatives tiers cheaper than the scene's own, most expensive first
 */
public record SceneEstimate(
    int index,
    String number,
    String label,
    String heading,
    SourceRange headingRange,
    SourceRange range,
    int pagesEighths,
    double screenSeconds,
    boolean durationFromNote,
    List<ChunkEstimate> chunks,
    List<CharacterUse> characters,
    LocationUse location,
    List<EffectHit> effects,
    double complexityFactor,
    String tier,
    TierSource tierSource,
    List<SceneNote> notes,
    ModalityCosts modalities,
    Cost cost,
    Cost cacheSavings,
    Double explicitBudget,
    int importance,
    Double allocation,
    SceneStatus status,
    double overBy,
    double runningCost,
    List<TierQuote> quotes,
    List<TierQuote> alternatives) {
  public SceneEstimate {
    chunks = List.copyOf(chunks);
    characters = List.copyOf(characters);
    effects = List.copyOf(effects);
    notes = List.copyOf(notes);
    quotes = List.copyOf(quotes);
    alternatives = List.copyOf(alternatives);
  }

  /** What this scene would cost at {@code tier}, or empty for a tier the project does not have. */
  public Optional<TierQuote> quote(String tier) {
    return quotes.stream().filter(q -> q.tier().equalsIgnoreCase(tier)).findFirst();
  }

  /** The first valid-or-not note with that key ({@link SceneNote#TIER} ...), if any. */
  public Optional<SceneNote> note(String key) {
    return notes.stream().filter(n -> n.key().equals(key)).findFirst();
  }

  public int clips() {
    return chunks.stream().mapToInt(ChunkEstimate::clips).sum();
  }

  public double generatedSeconds() {
    return chunks.stream().mapToDouble(ChunkEstimate::generatedSeconds).sum();
  }

  /** True when the scene is over its allocation or exhausts the budget. */
  public boolean overBudget() {
    return status == SceneStatus.OVER || (status == SceneStatus.EXHAUSTED && overBy > 0);
  }
}
