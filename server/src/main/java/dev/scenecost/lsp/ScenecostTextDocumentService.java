package dev.scenecost.lsp;

import dev.scenecost.lsp.services.Analysis;
import dev.scenecost.lsp.services.ScenecostLanguageService;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The {@code textDocument/*} face of the server: keeps the open documents in step and hands every
 * request to the language service. A request for a document that is not open, or one that fails,
 * answers with an empty result and a log line; it never takes the server down.
 */
final class ScenecostTextDocumentService implements TextDocumentService {
  private final ScenecostLanguageService service;
  private final OpenDocuments documents;
  private final ExecutorService requests;
  private final ServerLog log;
  private final java.util.function.Consumer<String> onClosed;

  ScenecostTextDocumentService(
      ScenecostLanguageService service,
      OpenDocuments documents,
      ExecutorService requests,
      ServerLog log,
      java.util.function.Consumer<String> onClosed) {
    this.service = service;
    this.documents = documents;
    this.requests = requests;
    this.log = log;
    this.onClosed = onClosed;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    if (params == null
        || params.getTextDocument() == null
        || uri(params.getTextDocument()) == null) {
      ignored("textDocument/didOpen", "a textDocument with a uri");
      return;
    }
    documents.open(
        params.getTextDocument().getUri(),
        params.getTextDocument().getVersion(),
        params.getTextDocument().getText());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    if (params == null
        || params.getTextDocument() == null
        || uri(params.getTextDocument()) == null) {
      ignored("textDocument/didChange", "a textDocument with a uri");
      return;
    }
    Integer version = params.getTextDocument().getVersion();
    documents.change(
        params.getTextDocument().getUri(),
        version,
        params.getContentChanges() == null ? List.of() : params.getContentChanges());
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    if (params == null
        || params.getTextDocument() == null
        || uri(params.getTextDocument()) == null) {
      ignored("textDocument/didClose", "a textDocument with a uri");
      return;
    }
    String uri = params.getTextDocument().getUri();
    documents.close(uri);
    service.forget(uri);
    onClosed.accept(uri);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // Every change is already analysed; saving changes nothing the estimate depends on.
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    if (params == null || params.getPosition() == null) {
      return invalid("textDocument/hover", "a textDocument and a position");
    }
    return answer(
        "hover",
        params.getTextDocument(),
        () -> null,
        (analysis, cancel) -> service.hover(analysis, params.getPosition(), cancel).orElse(null));
  }

  @Override
  public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
    if (params == null) {
      return invalid("textDocument/codeLens", "a textDocument");
    }
    return answer("code lens", params.getTextDocument(), List::of, service::codeLenses);
  }

  @Override
  public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
    if (params == null || params.getRange() == null) {
      return invalid("textDocument/inlayHint", "a textDocument and a range");
    }
    return answer(
        "inlay hints",
        params.getTextDocument(),
        List::of,
        (analysis, cancel) -> service.inlayHints(analysis, params.getRange(), cancel));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    if (params == null || params.getRange() == null || params.getContext() == null) {
      return invalid("textDocument/codeAction", "a textDocument, a range and a context");
    }
    return answer(
        "code actions",
        params.getTextDocument(),
        List::of,
        (analysis, cancel) -> service.codeActions(analysis, params, cancel));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    if (params == null) {
      return invalid("textDocument/documentSymbol", "a textDocument");
    }
    return answer(
        "outline",
        params.getTextDocument(),
        List::of,
        (analysis, cancel) ->
            service.documentSymbols(analysis, cancel).stream()
                .map(Either::<SymbolInformation, DocumentSymbol>forRight)
                .toList());
  }

  @Override
  public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
    if (params == null) {
      return invalid("textDocument/foldingRange", "a textDocument");
    }
    return answer("folding", params.getTextDocument(), List::of, service::foldingRanges);
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    if (params == null || params.getPosition() == null) {
      return invalid("textDocument/completion", "a textDocument and a position");
    }
    return answer(
        "completion",
        params.getTextDocument(),
        () -> Either.forLeft(List.of()),
        (analysis, cancel) -> Either.forLeft(service.completion(analysis, params.getPosition())));
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
    if (params == null) {
      return invalid("textDocument/semanticTokens/full", "a textDocument");
    }
    return answer(
        "semantic tokens",
        params.getTextDocument(),
        () -> new SemanticTokens(List.of()),
        service::semanticTokens);
  }

  @Override
  public CompletableFuture<Either<SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(
      SemanticTokensDeltaParams params) {
    if (params == null) {
      return invalid("textDocument/semanticTokens/full/delta", "a textDocument");
    }
    return answer(
        "semantic tokens",
        params.getTextDocument(),
        () -> Either.forLeft(new SemanticTokens(List.of())),
        (analysis, cancel) ->
            service.semanticTokensDelta(analysis, params.getPreviousResultId(), cancel));
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>
      prepareRename(PrepareRenameParams params) {
    if (params == null || params.getPosition() == null) {
      return invalid("textDocument/prepareRename", "a textDocument and a position");
    }
    return answer(
        "rename",
        params.getTextDocument(),
        () -> null,
        (analysis, cancel) ->
            service
                .prepareRename(analysis, params.getPosition())
                .map(Either3::<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond)
                .orElse(null));
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    if (params == null || params.getPosition() == null || params.getNewName() == null) {
      return invalid("textDocument/rename", "a textDocument, a position and a newName");
    }
    return answer(
        "rename",
        params.getTextDocument(),
        () -> null,
        (analysis, cancel) -> service.rename(analysis, params.getPosition(), params.getNewName()));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    if (params == null || params.getPosition() == null) {
      return invalid("textDocument/references", "a textDocument and a position");
    }
    return answer(
        "references",
        params.getTextDocument(),
        List::of,
        (analysis, cancel) -> service.references(analysis, params.getPosition()));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    if (params == null || params.getPosition() == null) {
      return invalid("textDocument/definition", "a textDocument and a position");
    }
    return answer(
        "definition",
        params.getTextDocument(),
        () -> Either.forLeft(List.of()),
        (analysis, cancel) -> Either.forLeft(service.definition(analysis, params.getPosition())));
  }

  /** A uri that is there and not blank, or null. */
  private static String uri(TextDocumentIdentifier document) {
    String uri = document.getUri();
    return uri == null || uri.isBlank() ? null : uri;
  }

  private static String uri(org.eclipse.lsp4j.TextDocumentItem document) {
    String uri = document.getUri();
    return uri == null || uri.isBlank() ? null : uri;
  }

  private static String uri(org.eclipse.lsp4j.VersionedTextDocumentIdentifier document) {
    String uri = document.getUri();
    return uri == null || uri.isBlank() ? null : uri;
  }

  /**
   * The answer to a request whose parameters are missing or malformed: the protocol's InvalidParams
   * error, saying what was expected, never an internal error from deep inside.
   */
  static <T> CompletableFuture<T> invalid(String request, String expected) {
    return CompletableFuture.failedFuture(
        new ResponseErrorException(
            new ResponseError(
                ResponseErrorCode.InvalidParams,
                request + " needs " + expected + " in its params.",
                null)));
  }

  /** A notification cannot be answered: its malformed parameters are logged and it is dropped. */
  private void ignored(String notification, String expected) {
    log.warning(notification + " without " + expected + " in its params was ignored.");
  }

  /**
   * Runs a request off the protocol thread with a cancel checker the features poll; a document that
   * is not open or a failing feature gives the fallback.
   */
  private <T> CompletableFuture<T> answer(
      String feature,
      TextDocumentIdentifier document,
      Supplier<T> fallback,
      BiFunction<Analysis, CancelChecker, T> work) {
    if (document == null || uri(document) == null) {
      return invalid("The " + feature + " request", "a textDocument with a uri");
    }
    return CompletableFutures.computeAsync(
        requests,
        cancel -> {
          String uri = document.getUri();
          var analysis =
              uri == null ? java.util.Optional.<Analysis>empty() : documents.analysis(uri);
          if (analysis.isEmpty()) {
            log.warning(
                "No " + feature + " for " + uri + ": the editor has not opened that document.");
            return fallback.get();
          }
          cancel.checkCanceled();
          try {
            return work.apply(analysis.get(), cancel);
          } catch (CancellationException | ResponseErrorException e) {
            throw e;
          } catch (RuntimeException | StackOverflowError e) {
            log.error(
                "The " + feature + " request failed on " + uri + "; answering with nothing", e);
            return fallback.get();
          }
        });
  }
}
