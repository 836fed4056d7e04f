package dev.scenecost.lsp;

import dev.scenecost.lsp.services.ScenecostLanguageService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Settings and watched files (scenecost.json: every open screenplay is estimated again; a usage
 * ledger: the screenplay it belongs to), and the Scenecost commands.
 */
final class ScenecostWorkspaceService implements WorkspaceService {
  private final ScenecostLanguageServer server;

  ScenecostWorkspaceService(ScenecostLanguageServer server) {
    this.server = server;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    server.applySettings(Settings.from(params == null ? null : params.getSettings()));
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    if (params == null || params.getChanges() == null || params.getChanges().isEmpty()) {
      return;
    }
    List<String> uris =
        params.getChanges().stream()
            .filter(java.util.Objects::nonNull)
            .map(FileEvent::getUri)
            .filter(java.util.Objects::nonNull)
            .toList();
    List<String> ledgers = uris.stream().filter(ScenecostLanguageService::isLedger).toList();
    if (!ledgers.isEmpty()) {
      server.ledgerFilesChanged(ledgers);
    }
    if (ledgers.size() < uris.size()) {
      server.configurationFilesChanged(
          uris.stream().filter(uri -> !ScenecostLanguageService.isLedger(uri)).toList());
    }
  }

  @Override
  public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    if (params == null || params.getCommand() == null) {
      return ScenecostTextDocumentService.invalid("workspace/executeCommand", "a command");
    }
    return server.executeCommand(params);
  }
}
