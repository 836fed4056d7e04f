package dev.scenecost.budget.usage.calibration;

import dev.scenecost.budget.usage.ledger.Modality;
import dev.scenecost.budget.usage.ledger.ModalityAmounts;
import dev.scenecost.budget.usage.ledger.SceneRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A four-scene film shared by the calibration and forecast tests. Amounts are dollars.
 *
 * <pre>
 * scene  secs  status        estimate (video/images/voice/text = total)   actual
 * 1        60  done          10 / 2 / 1   / 0.5  = 13.5                    15 / 2 / 0.5 / 0.5 + other 1.35 = 19.35
 * 2       120  in progress   20 / 1 / 2   / 1    = 24                      video 4
 * 3        30  not started    5 / 0 / 0.5 / 0.25 = 5.75                    -
 * 4        90  not started   12 / 0 / 1.5 / 0.5  = 14                      -
 * </pre>
 */
public final class Scenes {
  private Scenes() {}

  public static final SceneRef ONE = new SceneRef(0, "1", "EXT. PIER - NIGHT");
  public static final SceneRef TWO = new SceneRef(1, "2", "INT. KITCHEN - NIGHT");
  public static final SceneRef THREE = new SceneRef(2, "3", "EXT. ROAD - DAY");
  public static final SceneRef FOUR = new SceneRef(3, "4", "INT. ATTIC - DAY");

  public static List<SceneCalibrationInput> film() {
    return List.of(
        new SceneCalibrationInput(
            ONE, 60, amounts(10, 2, 1, 0.5, 0), true, amounts(15, 2, 0.5, 0.5, 1.35)),
        new SceneCalibrationInput(TWO, 120, amounts(20, 1, 2, 1, 0), false, amounts(4, 0, 0, 0, 0)),
        new SceneCalibrationInput(
            THREE, 30, amounts(5, 0, 0.5, 0.25, 0), false, ModalityAmounts.ZERO),
        new SceneCalibrationInput(
            FOUR, 90, amounts(12, 0, 1.5, 0.5, 0), false, ModalityAmounts.ZERO));
  }

  /** The same film with scene 1 still marked done but nothing of it in the ledger yet. */
  public static List<SceneCalibrationInput> filmWithNothingRecorded() {
    return film().stream()
        .map(
            p ->
                new SceneCalibrationInput(
                    p.scene(), p.screenSeconds(), p.estimate(), p.done(), ModalityAmounts.ZERO))
        .toList();
  }

  /** The same film and ledger with no scene marked done. */
  public static List<SceneCalibrationInput> filmWithNothingDone() {
    return film().stream()
        .map(
            p ->
                new SceneCalibrationInput(
                    p.scene(), p.screenSeconds(), p.estimate(), false, p.actual()))
        .toList();
  }

  public static ModalityAmounts amounts(
      double video, double images, double voice, double text, double other) {
    Map<Modality, Double> map = new EnumMap<>(Modality.class);
    map.put(Modality.VIDEO, video);
    map.put(Modality.IMAGES, images);
    map.put(Modality.VOICE, voice);
    map.put(Modality.TEXT, text);
    map.put(Modality.OTHER, other);
    return ModalityAmounts.of(map);
  }
}
