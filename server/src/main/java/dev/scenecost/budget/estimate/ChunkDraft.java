package dev.scenecost.budget.estimate;

import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * A chunk before pricing: its layout and text.
 *
 * @param lines printed lines, blank lines after its elements included
 * @param promptPieces the texts the shot prompt is made of, in order: the paragraph of an action
 *     beat; for each speech of an exchange its directions ({@code NAME: (parenthetical)}) and its
 *     spoken lines. Tokens are counted (and memoised) piece by piece, so an edit only tokenizes the
 *     piece it changed and spoken lines are tokenized once for prompt and voice.
 * @param speeches the speeches of a dialogue exchange, in order
 */
record ChunkDraft(
    ChunkKind kind,
    SourceRange range,
    int lines,
    List<String> promptPieces,
    List<Speech> speeches) {}
