package dev.scenecost.budget.usage.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the usage ledger: money actually spent generating part of a scene.
 *
 * @param date the day of the spend
 * @param scene the scene as the ledger names it: its number ({@code 12}, {@code 4A}) when it has
 *     one, otherwise its heading text
 * @param modality what was generated
 * @param model the model or service used, free text ("" when not known)
 * @param units how many units were billed, or null when not known
 * @param unitKind what the units count: seconds, images, characters, tokens, credits... ("" when
 *     not known)
 * @param cost the money spent, in the film's currency
 * @param note free text ("" when none)
 * @param importId identifies the provider-export row this entry came from, or null for a row
 *     written by hand or recorded from the editor
 * @param line the 1-based line of the ledger the row starts on, or 0 for a row not yet written
 */
public record UsageEntry(
    LocalDate date,
    String scene,
    Modality modality,
    String model,
    Double units,
    String unitKind,
    double cost,
    String note,
    String importId,
    int line) {

  public UsageEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(modality, "modality");
    model = model == null ? "" : model;
    unitKind = unitKind == null ? "" : unitKind;
    note = note == null ? "" : note;
  }

  /** A new entry, not yet in any ledger, for recording usage by hand or from the editor. */
  public static UsageEntry of(
      LocalDate date,
      String scene,
      Modality modality,
      String model,
      Double units,
      String unitKind,
      double cost,
      String note) {
    return new UsageEntry(date, scene, modality, model, units, unitKind, cost, note, null, 0);
  }

  /** The same entry at another ledger line. */
  public UsageEntry withLine(int newLine) {
    return new UsageEntry(
        date, scene, modality, model, units, unitKind, cost, note, importId, newLine);
  }

  public UsageEntry withImportId(String id) {
    return new UsageEntry(date, scene, modality, model, units, unitKind, cost, note, id, line);
  }
}
