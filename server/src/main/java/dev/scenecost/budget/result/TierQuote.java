package dev.scenecost.budget.result;

/**
 * What a scene would cost at one tier, everything else (cache, notes) unchanged.
 *
 * @param tier tier name
 * @param modalities tokens and money per modality at that tier
 * @param cost the total ({@code modalities.total()})
 * @param fits true when the cost fits the scene's allocation (false when it has none)
 */
public record TierQuote(String tier, ModalityCosts modalities, Cost cost, boolean fits) {}
