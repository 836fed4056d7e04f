package dev.scenecost.budget.diff;

import java.util.List;

/**
 * One scene across two drafts. Amounts are before contingency, in the new draft's currency; a side
 * the scene is not in is null.
 *
 * @param change added, cut, changed or unchanged
 * @param labelBefore the scene's label in the old draft ({@code 12}, {@code (6)}), or null
 * @param labelAfter its label in the new draft, or null
 * @param heading the heading in the new draft, or the old one for a cut scene
 * @param headingBefore the heading in the old draft, or null
 * @param what what changed, in words, for a changed scene ({@code renumbered}, {@code moved},
 *     {@code heading}, {@code tier}, {@code screen time}, {@code cost}); empty otherwise
 */
public record SceneChange(
    ChangeKind change,
    String labelBefore,
    String labelAfter,
    String heading,
    String headingBefore,
    String tierBefore,
    String tierAfter,
    Double secondsBefore,
    Double secondsAfter,
    Double costBefore,
    Double costAfter,
    List<String> what) {
  public SceneChange {
    what = List.copyOf(what);
  }

  /** costAfter - costBefore, a missing side counting as nothing. */
  public double delta() {
    return orZero(costAfter) - orZero(costBefore);
  }

  /** secondsAfter - secondsBefore, a missing side counting as nothing. */
  public double secondsDelta() {
    return orZero(secondsAfter) - orZero(secondsBefore);
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
