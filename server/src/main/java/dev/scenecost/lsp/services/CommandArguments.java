package dev.scenecost.lsp.services;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.scenecost.budget.usage.ledger.LedgerValues;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The one object a Scenecost command takes as its argument ({@code "arguments": [{...}]}), read
 * leniently (numbers may come as text) with an error that names the command and the key.
 */
final class CommandArguments {
  private static final Gson GSON = new Gson();

  private final String command;
  private final JsonObject json;

  private CommandArguments(String command, JsonObject json) {
    this.command = command;
    this.json = json;
  }

  /** Over JSON-RPC the argument arrives as a JSON tree; a caller in-process may pass a map. */
  static CommandArguments of(String command, List<Object> arguments) {
    Object first = arguments == null || arguments.isEmpty() ? null : arguments.get(0);
    JsonElement tree =
        first == null
            ? new JsonObject()
            : first instanceof JsonElement element ? element : GSON.toJsonTree(first);
    if (!tree.isJsonObject()) {
      throw invalid(
          command
              + " takes one object as its argument, such as "
              + "{\"uri\": \"file:///films/pier.fountain\"}; it was given "
              + tree
              + ".");
    }
    return new CommandArguments(command, tree.getAsJsonObject());
  }

  String command() {
    return command;
  }

  boolean has(String key) {
    return json.has(key)
        && !json.get(key).isJsonNull()
        && !(json.get(key).isJsonPrimitive() && json.get(key).getAsString().isBlank());
  }

  Optional<String> text(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonElement value = json.get(key);
    if (!value.isJsonPrimitive()) {
      throw invalid(command + ": \"" + key + "\" must be text; it was " + value + ".");
    }
    return Optional.of(value.getAsString().trim());
  }

  Optional<Double> number(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonElement value = json.get(key);
    Optional<Double> parsed =
        value.isJsonPrimitive() && ((JsonPrimitive) value).isNumber()
            ? Optional.of(value.getAsDouble())
            : value.isJsonPrimitive()
                ? LedgerValues.parseAmount(value.getAsString())
                : Optional.empty();
    // The ledger reads no amount beyond SettingRanges.MAX_MONEY: a larger one would be written,
    // then skipped on every read.
    if (parsed.isEmpty()
        || !(Math.abs(parsed.get()) <= dev.scenecost.budget.config.SettingRanges.MAX_MONEY)) {
      throw invalid(
          command
              + ": \""
              + key
              + "\" must be a number such as 6.00, at most 1,000,000,000,000; it was "
              + value
              + ".");
    }
    return parsed;
  }

  Optional<Integer> integer(String key) {
    return number(key)
        .map(
            value -> {
              if (value != Math.rint(value) || value < 0) {
                throw invalid(
                    command
                        + ": \""
                        + key
                        + "\" must be a whole number from 0; it was "
                        + json.get(key)
                        + ".");
              }
              return value.intValue();
            });
  }

  /** The screenplay's URI, which every command needs. */
  String uri() {
    return text("uri")
        .orElseThrow(
            () ->
                invalid(
                    command
                        + " needs the screenplay's \"uri\", "
                        + "as in {\"uri\": \"file:///films/pier.fountain\"}."));
  }

  /** The screenplay as a file: the ledger and the settings live beside it. */
  Path screenplayFile() {
    String uri = uri();
    return ProjectResolver.toPath(uri)
        .orElseThrow(
            () ->
                invalid(
                    "Save "
                        + uri
                        + " as a file first: the usage ledger is kept beside the screenplay "
                        + "(SCRIPT.usage.csv), and this document has no folder yet."));
  }

  static ResponseErrorException invalid(String message) {
    return new ResponseErrorException(
        new ResponseError(ResponseErrorCode.InvalidParams, message, null));
  }

  static ResponseErrorException failed(String message) {
    return new ResponseErrorException(
        new ResponseError(ResponseErrorCode.InternalError, message, null));
  }
}
