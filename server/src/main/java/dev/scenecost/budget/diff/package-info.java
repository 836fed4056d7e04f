/**
 * What a rewrite does to the budget: two drafts of a screenplay, each estimated, their scenes
 * matched ({@link dev.scenecost.budget.diff.SceneMatcher}) and compared scene by scene ({@link
 * dev.scenecost.budget.diff.DraftDiff}), rendered as a table, Markdown for a pull request or JSON
 * (docs/diff-json.md). Knows nothing of git or the command line: the caller brings the drafts.
 */
package dev.scenecost.budget.diff;
