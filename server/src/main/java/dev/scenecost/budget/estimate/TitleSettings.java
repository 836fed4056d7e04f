package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.SettingRanges;
import dev.scenecost.budget.config.ValueParsers;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.Finding;
import dev.scenecost.budget.result.FindingCode;
import dev.scenecost.budget.result.Severity;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.TitleEntry;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The title page's budget settings: {@code Budget:} and {@code Contingency:}. The title page wins
 * over scenecost.json; a budget given on the command line wins over both.
 *
 * @param budget the film's budget, or null
 * @param budgetRange the {@code Budget:} entry when the budget comes from it, else null
 * @param contingencyPercent the contingency in percent
 */
public record TitleSettings(
    String title,
    Double budget,
    SourceRange budgetRange,
    double contingencyPercent,
    List<Finding> findings) {

  public static TitleSettings read(Screenplay screenplay, ProjectConfig config) {
    List<Finding> findings = new java.util.ArrayList<>();
    String title =
        screenplay
            .titleEntry("Title")
            .map(e -> PlainText.of(e.text()).replace('\n', ' ').trim())
            .orElse(null);

    Double budget = config.budget();
    SourceRange budgetRange = null;
    Optional<TitleEntry> budgetEntry = screenplay.titleEntry("Budget");
    if (budgetEntry.isPresent()) {
      OptionalDouble amount = ValueParsers.money(PlainText.of(budgetEntry.get().text()));
      if (amount.isEmpty()) {
        findings.add(
            new Finding(
                FindingCode.MALFORMED_TITLE_ENTRY,
                Severity.WARNING,
                "Can't read the budget \""
                    + SceneNotes.shown(budgetEntry.get().text())
                    + "\"; write an amount like"
                    + " Budget: $12,000."
                    + (budget != null ? " Using the config's budget." : ""),
                null,
                budgetEntry.get().range(),
                List.of(),
                List.of()));
      } else if (amount.getAsDouble() > SettingRanges.MAX_MONEY) {
        findings.add(
            new Finding(
                FindingCode.MALFORMED_TITLE_ENTRY,
                Severity.WARNING,
                "The budget \""
                    + SceneNotes.shown(budgetEntry.get().text())
                    + "\" is more than "
                    + config.currencySymbol()
                    + Amounts.count((long) SettingRanges.MAX_MONEY)
                    + ", the most Scenecost reads."
                    + (budget != null ? " Using the config's budget." : ""),
                null,
                budgetEntry.get().range(),
                List.of(),
                List.of()));
      } else if (!config.budgetOverridesTitlePage()) {
        budget = amount.getAsDouble();
        budgetRange = budgetEntry.get().range();
      }
    }

    double contingency = config.contingencyPercent();
    Optional<TitleEntry> contingencyEntry = screenplay.titleEntry("Contingency");
    if (contingencyEntry.isPresent()) {
      OptionalDouble percent = ValueParsers.percent(PlainText.of(contingencyEntry.get().text()));
      if (percent.isEmpty()) {
        findings.add(
            new Finding(
                FindingCode.MALFORMED_TITLE_ENTRY,
                Severity.WARNING,
                "Can't read the contingency \""
                    + SceneNotes.shown(contingencyEntry.get().text())
                    + "\"; write a"
                    + " percentage from 0 to 1000 like Contingency: 25%. Using "
                    + contingency
                    + "%.",
                null,
                contingencyEntry.get().range(),
                List.of(),
                List.of()));
      } else {
        contingency = percent.getAsDouble();
      }
    }
    return new TitleSettings(title, budget, budgetRange, contingency, findings);
  }
}
