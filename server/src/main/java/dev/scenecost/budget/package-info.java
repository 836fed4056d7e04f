/**
 * The budget engine: from a parsed screenplay and a configuration to a scene-by-scene estimate and
 * budget plan. Knows nothing of LSP or of the command line.
 *
 * <ul>
 *   <li>{@link dev.scenecost.budget.BudgetEngine} — the facade (thread-safe, memoises token counts
 *       and scene analyses).
 *   <li>{@code result} — the immutable result types: {@code FilmEstimate}, {@code SceneEstimate},
 *       {@code ChunkEstimate}, {@code Finding} and {@code FindingCode}, {@code TierQuote}, {@code
 *       CharacterSummary}... Stable: fields are added, never renamed.
 *   <li>{@code config} — {@code ConfigLoader} (scenecost.json merged over the built-in defaults,
 *       problems with file, line and column), {@code ProjectConfig}, {@code Tier}, {@code
 *       PriceEntry}, {@code ValueParsers} (amounts, durations, importance).
 *   <li>{@code estimate} — the rules: layout and screen time, chunks, characters, effects, notes,
 *       pricing per tier, the memos.
 *   <li>{@code plan} — allocation, statuses and findings.
 *   <li>{@code report} — table, JSON (the contract of docs/report-json.md), CSV and Markdown.
 *   <li>{@code format} — how amounts, tokens and durations read.
 *   <li>{@code json} — a JSON reader that keeps line and column, for configuration problems.
 * </ul>
 *
 * <p>The model is explained in docs/estimation.md.
 */
package dev.scenecost.budget;
