package dev.scenecost.budget.diff;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code scenecost diff --format json}: {@code {"film": {costBefore, costAfter, delta, fitsAfter},
 * "scenes": [{change, labelBefore, labelAfter, heading, tierBefore, tierAfter, costBefore,
 * costAfter, delta}]}}. Costs before contingency; a side a scene is not in is null. Documented in
 * docs/diff-json.md.
 */
final class DiffJson {
  private DiffJson() {}

  static String toJsonString(DraftDiff diff) {
    return new GsonBuilder()
        .setPrettyPrinting()
        .serializeNulls()
        .disableHtmlEscaping()
        .create()
        .toJson(toJson(diff));
  }

  static JsonObject toJson(DraftDiff diff) {
    JsonObject film = new JsonObject();
    film.addProperty("costBefore", cents(diff.costBefore()));
    film.addProperty("costAfter", cents(diff.costAfter()));
    film.addProperty("delta", cents(diff.delta()));
    film.addProperty("fitsAfter", diff.fitsAfter());
    JsonArray scenes = new JsonArray();
    for (SceneChange scene : diff.scenes()) {
      JsonObject s = new JsonObject();
      s.addProperty("change", scene.change().id());
      s.addProperty("labelBefore", scene.labelBefore());
      s.addProperty("labelAfter", scene.labelAfter());
      s.addProperty("heading", scene.heading());
      s.addProperty("tierBefore", scene.tierBefore());
      s.addProperty("tierAfter", scene.tierAfter());
      s.addProperty("costBefore", scene.costBefore() == null ? null : cents(scene.costBefore()));
      s.addProperty("costAfter", scene.costAfter() == null ? null : cents(scene.costAfter()));
      s.addProperty("delta", cents(scene.delta()));
      scenes.add(s);
    }
    JsonObject root = new JsonObject();
    root.add("film", film);
    root.add("scenes", scenes);
    return root;
  }

  /** Amounts to the cent, so a difference reads as one and sums do not show float noise. */
  private static double cents(double amount) {
    return Math.round(amount * 100) / 100.0;
  }
}
