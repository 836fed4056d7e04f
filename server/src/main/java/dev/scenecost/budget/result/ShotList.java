package dev.scenecost.budget.result;

import java.util.ArrayList;
import java.util.List;

/**
 * The film as a production plan: every shot in order with its prompt and references, plus the parts
 * that belong to no one shot (asset locking, music, sound). Its {@link #total()} is the film's cost
 * before contingency.
 *
 * @param title the film's title, or null
 * @param currencySymbol symbol amounts print with
 * @param shots every shot, scene by scene
 * @param references asset locking: sheets, plates, LoRAs, paid in the scene of first appearance
 * @param music score for the film's screen time
 * @param sound sound effects for the film's screen time
 */
public record ShotList(
    String title,
    String currency,
    String currencySymbol,
    List<Row> shots,
    Cost references,
    Cost music,
    Cost sound) {
  public ShotList {
    shots = List.copyOf(shots);
  }

  /**
   * One shot with where it stands.
   *
   * @param sceneIndex the scene's position, from 0
   * @param sceneLabel how reports name the scene ({@code 12}, {@code (6)})
   * @param heading the scene heading
   * @param kind the chunk the shot comes from: action beat or dialogue exchange
   * @param tier the scene's tier
   * @param videoModel the tier's video model
   * @param keyframeModel the tier's keyframe model, or null
   * @param shot the shot
   */
  public record Row(
      int sceneIndex,
      String sceneLabel,
      String heading,
      ChunkKind kind,
      String tier,
      String videoModel,
      String keyframeModel,
      ShotEstimate shot) {}

  /** Every scene's shots at its own tier. */
  public static ShotList of(
      FilmEstimate film,
      java.util.function.Function<String, String> videoModel,
      java.util.function.Function<String, String> keyframeModel) {
    List<Row> rows = new ArrayList<>();
    Cost references = Cost.ZERO;
    Cost music = Cost.ZERO;
    Cost sound = Cost.ZERO;
    for (SceneEstimate scene : film.scenes()) {
      references = references.plus(scene.modalities().references());
      music = music.plus(scene.modalities().music());
      sound = sound.plus(scene.modalities().sound());
      for (ChunkEstimate chunk : scene.chunks()) {
        for (ShotEstimate shot : chunk.shots()) {
          rows.add(
              new Row(
                  scene.index(),
                  scene.label(),
                  scene.heading(),
                  chunk.kind(),
                  scene.tier(),
                  videoModel.apply(scene.tier()),
                  keyframeModel.apply(scene.tier()),
                  shot));
        }
      }
    }
    return new ShotList(
        film.title(), film.currency(), film.currencySymbol(), rows, references, music, sound);
  }

  /** The shots' costs alone. */
  public Cost shotsCost() {
    Cost sum = Cost.ZERO;
    for (Row row : shots) {
      sum = sum.plus(row.shot().cost());
    }
    return sum;
  }

  /** Shots + references + music + sound: the film's cost before contingency. */
  public Cost total() {
    return shotsCost().plus(references).plus(music).plus(sound);
  }
}
