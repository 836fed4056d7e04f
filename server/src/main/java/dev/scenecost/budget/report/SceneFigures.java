package dev.scenecost.budget.report;

import dev.scenecost.budget.result.SceneEstimate;
import java.util.List;

/**
 * One scene as every face shows it.
 *
 * @param estimate the engine's scene, for what is not a figure (ranges, characters...)
 * @param label its number, else its position ({@code 12}, {@code 4A}, {@code (6)})
 * @param pages page count in eighths ({@code 1 3/8})
 * @param time screen time ({@code 1m 45s})
 * @param timeFromNote true when a {@code [[duration:]]} note set the screen time
 * @param tokens tokens at its tier
 * @param cost money at its tier
 * @param allocation its share of the budget, or null without one
 * @param usedOfAllocation cost as a share of the allocation, or null without one
 * @param overBy how far it is over its allocation (0 when it fits)
 * @param status the table's word: {@code fits}, {@code OVER +$3.00}, {@code -}
 * @param parts cost per part, in the engine's order
 * @param spend what the ledger says, or null without a ledger
 * @param lens the line above the heading in the editor (code lens, inlay hint)
 * @param outline the outline's detail ({@code $18.40 · 1m 45s · hero})
 * @param name how sentences name the scene: {@code scene 12 (INT. PIER - NIGHT)}, or the heading
 */
public record SceneFigures(
    SceneEstimate estimate,
    String label,
    Figure pages,
    Figure time,
    boolean timeFromNote,
    Figure tokens,
    Figure cost,
    Figure allocation,
    Figure usedOfAllocation,
    Figure overBy,
    String status,
    List<Part> parts,
    SpendFigures spend,
    String lens,
    String outline,
    String name) {

  public SceneFigures {
    parts = List.copyOf(parts);
  }

  public int index() {
    return estimate.index();
  }

  public String heading() {
    return estimate.heading();
  }

  public String tier() {
    return estimate.tier();
  }
}
