package dev.scenecost.budget.savings;

import dev.scenecost.jfountain.SourceRange;

/**
 * Money the writer could save in one place.
 *
 * @param rule the rule that found it
 * @param sceneIndex the scene, from 0
 * @param sceneLabel how the report names the scene
 * @param range the beat concerned
 * @param amount what it would save, before contingency
 * @param message what to do and what it saves, for a line producer
 */
public record Saving(
    SavingRule rule,
    int sceneIndex,
    String sceneLabel,
    SourceRange range,
    double amount,
    String message) {}
