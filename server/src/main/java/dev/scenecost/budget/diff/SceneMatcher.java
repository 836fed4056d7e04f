package dev.scenecost.budget.diff;

import dev.scenecost.jfountain.Scene;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which scene of the new draft is which scene of the old one. First by scene number, where the same
 * number carries the same or a similar scene; then, for the rest, by how alike their headings and
 * text are, most alike first. A scene left without a partner was cut (old) or added (new).
 */
final class SceneMatcher {
  /** Below this a pair with the same number is a new scene that took an old number. */
  static final double SAME_NUMBER_SIMILARITY = 0.3;

  /** Below this two unnumbered (or renumbered) scenes are different scenes. */
  static final double SIMILAR_SCENE = 0.5;

  /** A pair of matched scenes, by their indexes in the old and the new draft. */
  record Pair(int before, int after) {}

  private SceneMatcher() {}

  /** The matched pairs in the order of the new draft. */
  static List<Pair> match(List<Scene> before, List<Scene> after) {
    List<SceneText> oldText = before.stream().map(SceneText::of).toList();
    List<SceneText> newText = after.stream().map(SceneText::of).toList();
    int[] partnerOfNew = new int[after.size()];
    boolean[] oldTaken = new boolean[before.size()];
    java.util.Arrays.fill(partnerOfNew, -1);

    for (int n = 0; n < after.size(); n++) {
      String number = after.get(n).heading().sceneNumber();
      if (number == null) {
        continue;
      }
      for (int o = 0; o < before.size(); o++) {
        if (!oldTaken[o]
            && Objects.equals(number, before.get(o).heading().sceneNumber())
            && oldText.get(o).similarity(newText.get(n)) >= SAME_NUMBER_SIMILARITY) {
          partnerOfNew[n] = o;
          oldTaken[o] = true;
          break;
        }
      }
    }

    // The remaining pairs by similarity, most alike first; ties in draft order so the result
    // does not depend on how the sort breaks them.
    Map<Double, List<Pair>> candidates = new TreeMap<>(Comparator.reverseOrder());
    for (int n = 0; n < after.size(); n++) {
      if (partnerOfNew[n] >= 0) {
        continue;
      }
      for (int o = 0; o < before.size(); o++) {
        if (oldTaken[o]) {
          continue;
        }
        double similarity = oldText.get(o).similarity(newText.get(n));
        if (similarity >= SIMILAR_SCENE) {
          candidates.computeIfAbsent(similarity, s -> new ArrayList<>()).add(new Pair(o, n));
        }
      }
    }
    for (List<Pair> pairs : candidates.values()) {
      for (Pair pair : pairs) {
        if (partnerOfNew[pair.after()] < 0 && !oldTaken[pair.before()]) {
          partnerOfNew[pair.after()] = pair.before();
          oldTaken[pair.before()] = true;
        }
      }
    }

    List<Pair> pairs = new ArrayList<>();
    for (int n = 0; n < after.size(); n++) {
      if (partnerOfNew[n] >= 0) {
        pairs.add(new Pair(partnerOfNew[n], n));
      }
    }
    return pairs;
  }

  /**
   * The pairs whose scene moved: those outside the longest run of pairs that kept their order (the
   * longest increasing subsequence of old indexes, in new order). When one scene is moved from the
   * start to the end, it is that scene that moved, not every other.
   */
  static boolean[] moved(List<Pair> pairs) {
    int count = pairs.size();
    int[] length = new int[count];
    int[] previous = new int[count];
    int best = -1;
    for (int i = 0; i < count; i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (pairs.get(j).before() < pairs.get(i).before() && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (best < 0 || length[i] > length[best]) {
        best = i;
      }
    }
    boolean[] moved = new boolean[count];
    java.util.Arrays.fill(moved, true);
    for (int i = best; i >= 0; i = previous[i]) {
      moved[i] = false;
    }
    return moved;
  }
}
