package dev.scenecost.budget.estimate;

import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.LocationUse;
import dev.scenecost.budget.result.ModalityCosts;
import java.util.List;

/** A scene priced at one tier. */
public record ScenePricing(
    String tier,
    ModalityCosts modalities,
    Cost cacheSavings,
    List<ChunkEstimate> chunks,
    List<CharacterUse> characters,
    LocationUse location) {}
