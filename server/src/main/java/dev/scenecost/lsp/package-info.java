/**
 * The Scenecost language server: the only package (with its sub-packages) that knows LSP4J.
 *
 * <p>How a keystroke flows: {@link dev.scenecost.lsp.ScenecostTextDocumentService} applies the
 * incremental change to an immutable {@link dev.scenecost.lsp.document.TextDocument} on the
 * protocol thread; {@code OpenDocuments} queues an analysis on one background thread, which starts
 * as soon as that thread is free (edits that arrive meanwhile are coalesced into one more analysis
 * of the latest text); the analysis (parse with jfountain, estimate with the budget engine) becomes
 * the document's latest {@link dev.scenecost.lsp.services.Analysis} and its diagnostics are
 * published. Requests (hover, lens, actions...) run off the protocol thread with a cancel checker
 * and answer from the latest analysis, computing it first if the text is newer.
 *
 * <p>Invariants: nothing but protocol is written to stdout; no request or notification, however
 * malformed, ends the server (only {@code exit} or the editor's death does); features live in
 * {@link dev.scenecost.lsp.services}, one class each, behind the {@link
 * dev.scenecost.lsp.services.ScenecostLanguageService} facade; diagnostic codes are the {@link
 * dev.scenecost.lsp.DiagnosticCode} enum, each with at most one quick-fix class.
 *
 * <p>Usage: each analysis also holds the screenplay's usage ledger ({@code SCRIPT.usage.csv}), read
 * once and again when the file watcher or its modification time says it changed; its problems are
 * published on the ledger's own URI. The commands of {@code workspace/executeCommand} ({@code
 * scenecost.recordUsage}, {@code scenecost.numberScenes}, {@code scenecost.importUsage}) are one
 * class each in the services package; a command that writes the ledger re-estimates its screenplay
 * and refreshes the lenses.
 */
package dev.scenecost.lsp;
