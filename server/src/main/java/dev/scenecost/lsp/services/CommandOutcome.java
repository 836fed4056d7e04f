package dev.scenecost.lsp.services;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * What a command did, for the server to follow up.
 *
 * @param answer the {@code workspace/executeCommand} result
 * @param ledgerWritten the ledger the command wrote, whose screenplays must be estimated again
 * @param editToApply an edit to send with {@code workspace/applyEdit}
 */
public record CommandOutcome(
    Object answer, Optional<Path> ledgerWritten, Optional<WorkspaceEdit> editToApply) {}
