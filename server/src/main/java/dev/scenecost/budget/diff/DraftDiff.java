package dev.scenecost.budget.diff;

import dev.scenecost.budget.result.SceneEstimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a rewrite does to the budget: the film's cost before and after, with and without
 * contingency, whether the new draft fits its budget, and every scene added, cut, changed or
 * unchanged, in the order of the new draft (a cut scene where it was).
 */
public record DraftDiff(Draft before, Draft after, List<SceneChange> scenes) {
  /** Costs closer than half a cent, screen times closer than half a second, are the same. */
  private static final double SAME_COST = 0.005;

  private static final double SAME_SECONDS = 0.5;

  public DraftDiff {
    scenes = List.copyOf(scenes);
  }

  public static DraftDiff compare(Draft before, Draft after) {
    List<SceneEstimate> oldScenes = before.estimate().scenes();
    List<SceneEstimate> newScenes = after.estimate().scenes();
    List<SceneMatcher.Pair> pairs =
        SceneMatcher.match(before.screenplay().scenes(), after.screenplay().scenes());
    boolean[] moved = SceneMatcher.moved(pairs);

    Integer[] partnerOfOld = new Integer[oldScenes.size()];
    Integer[] partnerOfNew = new Integer[newScenes.size()];
    boolean[] newMoved = new boolean[newScenes.size()];
    for (int p = 0; p < pairs.size(); p++) {
      partnerOfOld[pairs.get(p).before()] = pairs.get(p).after();
      partnerOfNew[pairs.get(p).after()] = pairs.get(p).before();
      newMoved[pairs.get(p).after()] = moved[p];
    }

    // Each entry sorts by the new position it follows, new scenes before cut ones placed there.
    record Placed(int position, int rank, SceneChange change) {}
    List<Placed> placed = new ArrayList<>();
    for (int n = 0; n < newScenes.size(); n++) {
      SceneEstimate scene = newScenes.get(n);
      SceneChange change =
          partnerOfNew[n] == null
              ? added(scene)
              : matched(oldScenes.get(partnerOfNew[n]), scene, newMoved[n]);
      placed.add(new Placed(n, 0, change));
    }
    int lastPosition = -1;
    for (int o = 0; o < oldScenes.size(); o++) {
      if (partnerOfOld[o] != null) {
        lastPosition = partnerOfOld[o];
      } else {
        placed.add(new Placed(lastPosition, 1 + o, cut(oldScenes.get(o))));
      }
    }
    placed.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::rank));
    return new DraftDiff(before, after, placed.stream().map(Placed::change).toList());
  }

  private static SceneChange added(SceneEstimate scene) {
    return new SceneChange(
        ChangeKind.ADDED,
        null,
        scene.label(),
        scene.heading(),
        null,
        null,
        scene.tier(),
        null,
        scene.screenSeconds(),
        null,
        scene.cost().amount(),
        List.of());
  }

  private static SceneChange cut(SceneEstimate scene) {
    return new SceneChange(
        ChangeKind.CUT,
        scene.label(),
        null,
        scene.heading(),
        scene.heading(),
        scene.tier(),
        null,
        scene.screenSeconds(),
        null,
        scene.cost().amount(),
        null,
        List.of());
  }

  private static SceneChange matched(SceneEstimate before, SceneEstimate after, boolean moved) {
    List<String> what = new ArrayList<>();
    if (!Objects.equals(before.number(), after.number())) {
      what.add("renumbered");
    }
    if (moved) {
      what.add("moved");
    }
    if (!before.heading().equals(after.heading())) {
      what.add("heading");
    }
    if (!before.tier().equals(after.tier())) {
      what.add("tier");
    }
    if (Math.abs(before.screenSeconds() - after.screenSeconds()) >= SAME_SECONDS) {
      what.add("screen time");
    }
    if (Math.abs(before.cost().amount() - after.cost().amount()) >= SAME_COST) {
      what.add("cost");
    }
    return new SceneChange(
        what.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED,
        before.label(),
        after.label(),
        after.heading(),
        before.heading(),
        before.tier(),
        after.tier(),
        before.screenSeconds(),
        after.screenSeconds(),
        before.cost().amount(),
        after.cost().amount(),
        what);
  }

  /** The film's cost before contingency, old and new. */
  public double costBefore() {
    return before.estimate().cost().amount();
  }

  public double costAfter() {
    return after.estimate().cost().amount();
  }

  public double delta() {
    return costAfter() - costBefore();
  }

  /** The film's cost with its contingency, what is held against the budget. */
  public double costWithContingencyBefore() {
    return before.estimate().costWithContingency();
  }

  public double costWithContingencyAfter() {
    return after.estimate().costWithContingency();
  }

  /** Whether the new draft fits its budget (true when it has none). */
  public boolean fitsAfter() {
    return after.estimate().fits();
  }

  /** The scenes that are not unchanged, the biggest change in cost first, then in draft order. */
  public List<SceneChange> changes() {
    return scenes.stream()
        .filter(scene -> scene.change() != ChangeKind.UNCHANGED)
        .sorted(Comparator.comparingDouble((SceneChange scene) -> -Math.abs(scene.delta())))
        .toList();
  }

  public long count(ChangeKind kind) {
    return scenes.stream().filter(scene -> scene.change() == kind).count();
  }
}
