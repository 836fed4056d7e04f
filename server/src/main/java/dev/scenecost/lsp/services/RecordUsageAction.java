package dev.scenecost.lsp.services;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scenecost.budget.report.PartLabels;
import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.SceneMatcher;
import dev.scenecost.budget.usage.ledger.SceneRef;
import dev.scenecost.jfountain.Scene;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;

/**
 * "Record usage for scene 12…" on a scene heading: a command the editor completes by asking the
 * writer for the amounts, then sends back as {@code workspace/executeCommand} (see {@link
 * RecordUsageCommand}). Only for a screenplay saved as a file: the ledger lives beside it.
 */
final class RecordUsageAction {

  Optional<CodeAction> action(Analysis analysis, Range range) {
    if (analysis.usage().isEmpty() || range == null) {
      return Optional.empty();
    }
    int line = range.getStart().getLine();
    return ElementLocator.sceneAtLine(analysis.screenplay(), line)
        .filter(
            scene ->
                scene.heading().range().start().line() <= line
                    && line <= scene.heading().range().end().line())
        .map(scene -> action(analysis, scene));
  }

  private static CodeAction action(Analysis analysis, Scene scene) {
    SceneRef ref = SceneRef.of(scene);
    String title = "Record usage for " + name(ref) + "…";
    JsonObject arguments = new JsonObject();
    arguments.addProperty(RecordUsageCommand.URI, analysis.uri());
    arguments.addProperty(RecordUsageCommand.SCENE_INDEX, ref.index());
    arguments.addProperty(
        RecordUsageCommand.SCENE_LABEL,
        new SceneMatcher(SceneRef.of(analysis.screenplay())).written(ref));
    // The kinds of spending the editor offers, named here so no client keeps its own list.
    JsonArray modalities = new JsonArray();
    for (Modality modality : Modality.values()) {
      JsonObject choice = new JsonObject();
      choice.addProperty("id", modality.word());
      choice.addProperty("label", PartLabels.label(modality.word()));
      choice.addProperty("description", PartLabels.description(modality.word()));
      modalities.add(choice);
    }
    arguments.add(RecordUsageCommand.MODALITIES, modalities);
    CodeAction action = new CodeAction(title);
    action.setKind(CodeActionKind.Refactor);
    action.setCommand(new Command(title, RecordUsageCommand.ID, List.of(arguments)));
    return action;
  }

  /** {@code scene 12}, or the heading in quotes for a scene without a number. */
  static String name(SceneRef ref) {
    return ref.number() != null ? "scene " + ref.number() : "\"" + ref.heading() + "\"";
  }
}
