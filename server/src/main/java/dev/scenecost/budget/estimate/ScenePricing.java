package dev.scenecost.budget.estimate;

import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.LocationUse;
import dev.scenecost.budget.result.ModalityCosts;
import java.util.List;

/**
 * A scene priced at one tier. The lists are immutable, so an estimate that takes them keeps these
 * very lists (the savings memo knows a remembered pricing by its chunk list).
 */
public record ScenePricing(
    String tier,
    ModalityCosts modalities,
    Cost cacheSavings,
    List<ChunkEstimate> chunks,
    List<CharacterUse> characters,
    LocationUse location) {
  public ScenePricing {
    chunks = List.copyOf(chunks);
    characters = List.copyOf(characters);
  }
}
