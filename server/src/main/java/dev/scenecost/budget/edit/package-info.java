/**
 * Edits to a screenplay's text that the engine proposes: setting a scene's budget notes ({@link
 * dev.scenecost.budget.edit.SceneNoteEdits}) and applying a batch of them to a text ({@link
 * dev.scenecost.budget.edit.TextChanges}). Editors turn them into their own edits; the command line
 * writes them to the file. One place decides how a note is written, so what a quick fix does and
 * what {@code scenecost fit --write} does are the same.
 */
package dev.scenecost.budget.edit;
