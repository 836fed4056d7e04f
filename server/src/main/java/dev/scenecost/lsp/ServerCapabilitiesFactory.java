package dev.scenecost.lsp;

import dev.scenecost.lsp.services.ScenecostLanguageService;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** What the server announces in its {@code initialize} answer. */
final class ServerCapabilitiesFactory {
  private ServerCapabilitiesFactory() {}

  static ServerCapabilities create(ClientCapabilities client) {
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(TextDocumentSyncKind.Incremental);
    capabilities.setHoverProvider(true);
    capabilities.setCodeLensProvider(new CodeLensOptions(false));
    capabilities.setInlayHintProvider(true);
    CodeActionOptions codeActions =
        new CodeActionOptions(
            List.of(CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.Source));
    capabilities.setCodeActionProvider(codeActions);
    capabilities.setDocumentSymbolProvider(true);
    capabilities.setFoldingRangeProvider(true);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(" ", ".", ":")));
    SemanticTokensWithRegistrationOptions tokens =
        new SemanticTokensWithRegistrationOptions(
            ScenecostLanguageService.semanticTokensLegend(),
            new SemanticTokensServerFull(true),
            false);
    capabilities.setSemanticTokensProvider(tokens);
    boolean prepareSupport =
        client.getTextDocument() != null
            && client.getTextDocument().getRename() != null
            && Boolean.TRUE.equals(client.getTextDocument().getRename().getPrepareSupport());
    capabilities.setRenameProvider(
        prepareSupport ? Either.forRight(new RenameOptions(true)) : Either.forLeft(true));
    capabilities.setReferencesProvider(true);
    capabilities.setDefinitionProvider(true);
    capabilities.setExecuteCommandProvider(
        new ExecuteCommandOptions(ScenecostLanguageService.commands()));
    return capabilities;
  }
}
