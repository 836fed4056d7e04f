package dev.scenecost.budget.plan;

import dev.scenecost.budget.result.Appearance;
import dev.scenecost.budget.result.CharacterSummary;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.RelatedRange;
import dev.scenecost.budget.result.Severity;
import dev.scenecost.jfountain.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds recurring characters generated on screen at more than one tier: their look may drift
 * between models. One finding per character, on the first scene whose tier differs from the
 * character's first on-screen tier, with the other scenes as related places.
 */
public final class TierConsistency {
  private TierConsistency() {}

  public static List<Finding> check(
      Iterable<CharacterSummary> characters,
      IntFunction<SourceRange> headingOf,
      IntFunction<String> labelOf) {
    List<Finding> findings = new ArrayList<>();
    for (CharacterSummary character : characters) {
      if (character.tiers().size() < 2) {
        continue;
      }
      Map<String, List<String>> scenesByTier = new LinkedHashMap<>();
      String firstTier = null;
      Appearance flagged = null;
      List<RelatedRange> related = new ArrayList<>();
      for (Appearance appearance : character.appearances()) {
        if (!appearance.onScreen()) {
          continue;
        }
        scenesByTier
            .computeIfAbsent(appearance.tier(), t -> new ArrayList<>())
            .add(labelOf.apply(appearance.sceneIndex()));
        if (firstTier == null) {
          firstTier = appearance.tier();
        }
        if (flagged == null && !appearance.tier().equals(firstTier)) {
          flagged = appearance;
        } else {
          related.add(
              new RelatedRange(
                  headingOf.apply(appearance.sceneIndex()),
                  character.name()
                      + " at \""
                      + appearance.tier()
                      + "\" in scene "
                      + labelOf.apply(appearance.sceneIndex())));
        }
      }
      List<String> parts = new ArrayList<>();
      scenesByTier.forEach(
          (tier, scenes) ->
              parts.add(
                  "\""
                      + tier
                      + "\" in "
                      + (scenes.size() == 1 ? "scene " : "scenes ")
                      + String.join(", ", scenes)));
      findings.add(
          new Finding(
              FindingCode.CHARACTER_TIER_INCONSISTENT,
              Severity.INFORMATION,
              character.name()
                  + " is generated at "
                  + String.join(" and at ", parts)
                  + ": the"
                  + " character may look different from one model to the other. Use one tier for"
                  + " these scenes, or accept the risk.",
              flagged.sceneIndex(),
              headingOf.apply(flagged.sceneIndex()),
              related,
              List.of(firstTier)));
    }
    return findings;
  }
}
