package dev.scenecost.lsp.services;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scenecost.budget.usage.UsageTracker;
import dev.scenecost.budget.usage.imports.ImportMapping;
import dev.scenecost.budget.usage.imports.ImportMappings;
import dev.scenecost.budget.usage.imports.ImportResult;
import dev.scenecost.budget.usage.imports.UsageImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * {@code scenecost.importUsage} {@code {"uri", "exportPath", "mapping"}}: adds a provider's usage
 * export to the screenplay's ledger through a mapping of {@code usage.imports} in scenecost.json
 * ({@code mapping} may be left out when there is one). Rows already imported are skipped, so
 * importing the same export twice counts nothing twice.
 */
final class ImportUsageCommand {
  static final String ID = "scenecost.importUsage";

  private final UsageTracker tracker;

  ImportUsageCommand(UsageTracker tracker) {
    this.tracker = tracker;
  }

  CommandOutcome execute(CommandArguments args, Function<String, Optional<Analysis>> open) {
    Path screenplay = args.screenplayFile();
    Path export = exportFile(args);
    String text;
    try {
      text = UsageImporter.readExport(export);
    } catch (IOException | RuntimeException e) {
      throw CommandArguments.invalid(
          "Could not read the export " + export + ": " + e.getMessage() + ".");
    }
    Optional<Path> configFile = open.apply(args.uri()).map(a -> a.project().configFile());
    ImportMappings mappings =
        configFile.isPresent() && configFile.get() != null
            ? ImportMappings.load(configFile.get())
            : ImportMappings.forScreenplay(screenplay, null);
    ImportMapping mapping = choose(args, mappings);
    ImportResult result;
    Path ledger = UsageTracker.ledgerFor(screenplay);
    try {
      result = tracker.importExport(export, text, screenplay, mapping);
    } catch (IOException e) {
      throw CommandArguments.failed(
          "Could not write "
              + ledger
              + ": "
              + e.getMessage()
              + " The ledger is as it was; nothing was imported.");
    }
    JsonObject answer = new JsonObject();
    answer.addProperty("ledger", ledger.toUri().toString());
    answer.addProperty("added", result.entries().size());
    answer.addProperty("cost", result.cost());
    answer.addProperty("alreadyImported", result.alreadyImported());
    answer.addProperty("otherProjects", result.otherProjects());
    JsonArray problems = new JsonArray();
    result.problems().forEach(problem -> problems.add(problem.toString()));
    mappings.problems().forEach(problem -> problems.add(problem.toString()));
    answer.add("problems", problems);
    answer.addProperty(
        "message",
        "Added "
            + rows(result.entries().size())
            + " from "
            + export.getFileName()
            + " to "
            + ledger.getFileName()
            + "; "
            + rows(result.alreadyImported())
            + " already there, "
            + rows(result.otherProjects())
            + " for other projects"
            + (result.problems().isEmpty()
                ? "."
                : "; " + rows(result.problems().size()) + " could not be read (see problems)."));
    return new CommandOutcome(
        answer,
        result.entries().isEmpty() ? Optional.empty() : Optional.of(ledger),
        Optional.empty());
  }

  private static Path exportFile(CommandArguments args) {
    String value =
        args.text("exportPath")
            .orElseThrow(
                () ->
                    CommandArguments.invalid(
                        ID
                            + " needs \"exportPath\": the provider's CSV export, as a path or a file:// URI."));
    if (value.startsWith("file:")) {
      return ProjectResolver.toPath(value)
          .orElseThrow(
              () ->
                  CommandArguments.invalid(
                      "\"" + value + "\" is not a file URI Scenecost can open."));
    }
    try {
      return Path.of(value);
    } catch (RuntimeException e) {
      throw CommandArguments.invalid("\"" + value + "\" is not a path Scenecost can open.");
    }
  }

  private static ImportMapping choose(CommandArguments args, ImportMappings mappings) {
    String where =
        mappings.configFile() == null
            ? "scenecost.json (beside the screenplay or in a folder above it)"
            : mappings.configFile().toString();
    Optional<String> name = args.text("mapping");
    if (name.isPresent()) {
      return mappings
          .get(name.get())
          .orElseThrow(
              () ->
                  CommandArguments.invalid(
                      where
                          + " has no usable import mapping \""
                          + name.get()
                          + "\""
                          + (mappings.mappings().isEmpty()
                              ? "."
                              : "; it has: "
                                  + String.join(", ", mappings.mappings().keySet())
                                  + ".")));
    }
    if (mappings.mappings().size() == 1) {
      return mappings.mappings().values().iterator().next();
    }
    if (mappings.mappings().isEmpty()) {
      throw CommandArguments.invalid(
          "There is no import mapping in "
              + where
              + ". Add one under \"usage\": {\"imports\": "
              + "{...}} that names the export's columns (see docs/usage-tracking.md).");
    }
    // The names travel as data, so an editor can offer them without reading scenecost.json.
    JsonObject data = new JsonObject();
    JsonArray names = new JsonArray();
    mappings.mappings().keySet().forEach(names::add);
    data.add("mappings", names);
    throw new ResponseErrorException(
        new ResponseError(
            ResponseErrorCode.InvalidParams,
            where
                + " has several import mappings ("
                + String.join(", ", mappings.mappings().keySet())
                + "); pass \"mapping\" to say which.",
            data));
  }

  private static String rows(int count) {
    return count + (count == 1 ? " row" : " rows");
  }
}
