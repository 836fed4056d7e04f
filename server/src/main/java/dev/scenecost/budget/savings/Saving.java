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
    String message) {

  /** As a finding of severity hint, on the beat. */
  public dev.scenecost.budget.result.Finding toFinding() {
    return new dev.scenecost.budget.result.Finding(
        rule.findingCode(),
        dev.scenecost.budget.result.Severity.HINT,
        message,
        sceneIndex,
        range,
        java.util.List.of(),
        java.util.List.of());
  }
}
