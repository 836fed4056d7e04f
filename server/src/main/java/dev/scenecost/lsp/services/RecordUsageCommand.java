package dev.scenecost.lsp.services;

import com.google.gson.JsonObject;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.usage.UsageTracker;
import dev.scenecost.budget.usage.ledger.LedgerValues;
import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.SceneMatcher;
import dev.scenecost.budget.usage.ledger.SceneRef;
import dev.scenecost.budget.usage.ledger.UsageEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code scenecost.recordUsage}: appends one row to the screenplay's usage ledger, atomically (see
 * {@link UsageTracker#record}). The code action sends {@code uri}, {@code sceneIndex} and {@code
 * sceneLabel}; the editor adds what the writer typed: {@code cost} (required), {@code modality},
 * {@code model}, {@code units}, {@code unitKind}, {@code note}, {@code date}.
 */
final class RecordUsageCommand {
  static final String ID = "scenecost.recordUsage";
  static final String URI = "uri";
  static final String SCENE_INDEX = "sceneIndex";
  static final String SCENE_LABEL = "sceneLabel";

  /** The kinds of spending the editor may offer: {id, label, description} each. */
  static final String MODALITIES = "modalities";

  private final UsageTracker tracker;
  private final Clock clock;

  RecordUsageCommand(UsageTracker tracker, Clock clock) {
    this.tracker = tracker;
    this.clock = clock;
  }

  CommandOutcome execute(CommandArguments args, Function<String, Optional<Analysis>> open) {
    Path screenplay = args.screenplayFile();
    Path ledger = UsageTracker.ledgerFor(screenplay);
    Optional<Analysis> analysis = open.apply(args.uri());
    Target target = target(args, analysis);
    if (!args.has("cost")) {
      throw CommandArguments.invalid(
          "To record usage for "
              + target.name()
              + ", Scenecost needs what it "
              + "cost. Call "
              + ID
              + " with {\"uri\", \"sceneIndex\", \"sceneLabel\" as the action "
              + "gave them, and \"cost\": the amount spent, such as 6.00}; optionally \"modality\" ("
              + Modality.choices()
              + "), \"model\", \"units\", \"unitKind\" (seconds, images, "
              + "characters...), \"note\" and \"date\" (2026-11-18; today when left out). Or type the "
              + "row into "
              + ledger.getFileName()
              + " yourself.");
    }
    double cost = args.number("cost").orElseThrow();
    Modality modality =
        args.text("modality")
            .map(
                text ->
                    Modality.parse(text)
                        .orElseThrow(
                            () ->
                                CommandArguments.invalid(
                                    "\""
                                        + text
                                        + "\" is not a kind of generation Scenecost knows; use "
                                        + Modality.choices()
                                        + ".")))
            .orElse(Modality.OTHER);
    Double units = args.number("units").orElse(null);
    LocalDate date =
        args.text("date")
            .map(
                text ->
                    LedgerValues.parseDate(text)
                        .orElseThrow(
                            () ->
                                CommandArguments.invalid(
                                    "The date \""
                                        + text
                                        + "\" cannot be read; write it year-month-day, as 2026-11-18.")))
            .orElseGet(() -> LocalDate.now(clock));
    UsageEntry entry =
        UsageEntry.of(
            date,
            target.label(),
            modality,
            args.text("model").orElse(""),
            units,
            args.text("unitKind").orElse(""),
            cost,
            args.text("note").orElse(""));
    List<UsageEntry> written;
    try {
      written = tracker.record(screenplay, List.of(entry));
    } catch (IOException e) {
      throw CommandArguments.failed(
          "Could not add the row to "
              + ledger
              + ": "
              + e.getMessage()
              + " The ledger is as it was; nothing was recorded.");
    }
    int line = written.isEmpty() ? 0 : written.get(0).line();
    String symbol =
        analysis.flatMap(Analysis::estimate).map(FilmEstimate::currencySymbol).orElse("");
    JsonObject answer = new JsonObject();
    answer.addProperty("ledger", ledger.toUri().toString());
    answer.addProperty("line", line);
    answer.addProperty(
        "message",
        "Recorded "
            + Amounts.money(cost, symbol)
            + (modality == Modality.OTHER ? "" : " of " + modality.word())
            + " for "
            + target.name()
            + " on line "
            + line
            + " of "
            + ledger.getFileName()
            + ".");
    return new CommandOutcome(answer, Optional.of(ledger), Optional.empty());
  }

  /**
   * What the row's scene column says: the label the action gave (the scene number, or the heading),
   * checked against the open screenplay so a row is never tied to no scene or to several; without a
   * label, the scene at {@code sceneIndex} in the open screenplay.
   */
  private static Target target(CommandArguments args, Optional<Analysis> analysis) {
    Optional<String> label = args.text(SCENE_LABEL);
    Optional<Integer> index = args.integer(SCENE_INDEX);
    if (analysis.isEmpty()) {
      return label
          .map(text -> new Target(text, "scene \"" + text + "\""))
          .orElseThrow(
              () ->
                  CommandArguments.invalid(
                      ID
                          + " needs \"sceneLabel\" (the scene "
                          + "number, or the heading of a scene without one) when the screenplay is not open "
                          + "in the editor."));
    }
    List<SceneRef> scenes = SceneRef.of(analysis.get().screenplay());
    SceneMatcher matcher = new SceneMatcher(scenes);
    if (label.isEmpty()) {
      return index
          .filter(i -> i < scenes.size())
          .map(i -> Target.of(matcher, scenes.get(i)))
          .orElseThrow(
              () ->
                  CommandArguments.invalid(
                      ID
                          + " needs the scene: \"sceneLabel\" (its "
                          + "number, or its heading) or \"sceneIndex\" (its position from 0; the screenplay "
                          + "has "
                          + scenes.size()
                          + " scenes)."));
    }
    List<SceneRef> candidates = matcher.candidates(label.get());
    if (candidates.isEmpty()) {
      throw CommandArguments.invalid(
          "The screenplay has no scene \""
              + label.get()
              + "\" any "
              + "more; nothing was recorded. Choose \"Record usage\" again on the scene's heading.");
    }
    if (candidates.size() > 1) {
      throw CommandArguments.invalid(
          "Several scenes are headed \""
              + label.get()
              + "\", so a row "
              + "for it could not be told apart; nothing was recorded. Number the scenes first ("
              + NumberScenesAction.TITLE
              + "), then record the usage again.");
    }
    return Target.of(matcher, candidates.get(0));
  }

  /**
   * The row's scene column (the report's label with the heading beside it, {@code 12 (INT. KITCHEN
   * - NIGHT)}, so a row whose scene moves later is noticed) and how messages name it.
   */
  private record Target(String label, String name) {
    static Target of(SceneMatcher matcher, SceneRef scene) {
      return new Target(matcher.written(scene), RecordUsageAction.name(scene));
    }
  }
}
