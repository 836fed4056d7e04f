/**
 * The language service: {@link dev.scenecost.lsp.services.ScenecostLanguageService} and one
 * package-private provider per feature (hover, code lens, inlay hints, diagnostics, code actions
 * with one {@code QuickFix} class per diagnostic code, outline, folding, completion, semantic
 * tokens, rename, references). Providers are pure functions of an {@link
 * dev.scenecost.lsp.services.Analysis}: no threads, no transport, so tests call them directly.
 */
package dev.scenecost.lsp.services;
