package dev.scenecost.budget.usage.ledger;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import java.util.List;

/**
 * A scene as the ledger sees it.
 *
 * @param index position among the screenplay's scenes, from 0
 * @param number the scene number written between {@code #} marks, or null
 * @param heading the heading text without the scene number ({@code INT. KITCHEN - NIGHT})
 */
public record SceneRef(int index, String number, String heading) {

  public static SceneRef of(Scene scene) {
    String number = scene.heading().sceneNumber();
    return new SceneRef(
        scene.index(), number == null || number.isBlank() ? null : number, scene.heading().text());
  }

  public static List<SceneRef> of(Screenplay screenplay) {
    return screenplay.scenes().stream().map(SceneRef::of).toList();
  }

  /** What a new ledger row writes in its scene column: the number when there is one. */
  public String ledgerLabel() {
    return number != null ? number : heading;
  }

  /** How messages name the scene: {@code scene 12 (INT. KITCHEN - NIGHT)}. */
  public String describe() {
    return number != null ? "scene " + number + " (" + heading + ")" : heading;
  }
}
