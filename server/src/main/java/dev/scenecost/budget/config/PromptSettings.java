package dev.scenecost.budget.config;

/**
 * Prompt text and speech rates.
 *
 * @param descriptionTokens tokens of each recurring character or location description sent with
 *     every shot prompt (full price on first use, cached price after)
 * @param speechCharactersPerSecond characters of dialogue spoken per second, for voice models
 *     billed per second
 */
public record PromptSettings(int descriptionTokens, double speechCharactersPerSecond) {}
