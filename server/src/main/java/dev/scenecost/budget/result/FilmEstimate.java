package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The estimate and budget plan of a whole screenplay. Immutable; amounts are in {@link
 * #currency()}.
 *
 * @param title the title page's Title, or null
 * @param currency ISO code of the amounts ({@code USD}, {@code EUR} ...)
 * @param currencySymbol the symbol amounts print with ({@code $}, {@code €} ...)
 * @param defaultTier the tier scenes without a tier note use
 * @param tierNames every tier of the project, most expensive first as configured
 * @param screenSeconds total screen time
 * @param pagesEighths total page count in eighths (sum of the scenes')
 * @param modalities tokens and money per modality for the film
 * @param cost total before contingency
 * @param contingencyPercent the contingency, in percent (25 = 25%)
 * @param contingency the contingency amount: cost x percent / 100
 * @param costWithContingency cost + contingency, what is compared with the budget
 * @param cacheSavings what caching reference images and prompt prefixes saved
 * @param budget the film's budget, or null when it has none
 * @param budgetRange the title page's {@code Budget:} entry, or null (config or command line)
 * @param budgetUsedPercent costWithContingency / budget x 100, or null without a budget
 * @param fits true when there is no budget or the cost with contingency is within it
 * @param exhaustedAtScene index of the scene where the running total (with contingency) first
 *     exceeds the budget, or null
 * @param scenes every scene, in order
 * @param characters every character by name, in order of first appearance
 * @param locations every location by name, in order of first appearance
 * @param findings what the plan found, in order of scene (film-wide ones first)
 */
public record FilmEstimate(
    String title,
    String currency,
    String currencySymbol,
    String defaultTier,
    List<String> tierNames,
    double screenSeconds,
    int pagesEighths,
    ModalityCosts modalities,
    Cost cost,
    double contingencyPercent,
    double contingency,
    double costWithContingency,
    Cost cacheSavings,
    Double budget,
    SourceRange budgetRange,
    Double budgetUsedPercent,
    boolean fits,
    Integer exhaustedAtScene,
    List<SceneEstimate> scenes,
    Map<String, CharacterSummary> characters,
    Map<String, LocationSummary> locations,
    List<Finding> findings) {
  public FilmEstimate {
    tierNames = List.copyOf(tierNames);
    scenes = List.copyOf(scenes);
    characters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(characters));
    locations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(locations));
    findings = List.copyOf(findings);
  }

  /** The scene whose range contains the line, if any. */
  public Optional<SceneEstimate> sceneAtLine(int line) {
    for (SceneEstimate scene : scenes) {
      if (scene.range().containsLine(line)) {
        return Optional.of(scene);
      }
    }
    return Optional.empty();
  }

  public Optional<CharacterSummary> character(String name) {
    return Optional.ofNullable(characters.get(name.trim().toUpperCase(java.util.Locale.ROOT)));
  }

  /** Scenes over their allocation or exhausting the budget, in order. */
  public List<SceneEstimate> scenesOverBudget() {
    return scenes.stream().filter(SceneEstimate::overBudget).toList();
  }
}
