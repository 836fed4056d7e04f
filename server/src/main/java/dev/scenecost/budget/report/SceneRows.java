package dev.scenecost.budget.report;

import dev.scenecost.budget.result.SceneStatus;
import java.util.List;

/** The cells the table and Markdown reports share, one row per scene. */
final class SceneRows {
  static final List<String> HEADERS =
      List.of("#", "Scene", "Pages", "Time", "Tier", "Tokens", "Cost", "Budget", "Status");

  private SceneRows() {}

  static List<String> row(SceneFigures scene, int headingWidth) {
    return List.of(
        scene.label(),
        truncate(scene.heading(), headingWidth),
        scene.pages().text(),
        scene.time().text() + (scene.timeFromNote() ? "*" : ""),
        scene.tier(),
        scene.tokens().text(),
        scene.cost().text(),
        scene.allocation() == null ? "-" : scene.allocation().text(),
        scene.status());
  }

  static boolean flagged(SceneFigures scene) {
    SceneStatus status = scene.estimate().status();
    return status == SceneStatus.OVER || status == SceneStatus.EXHAUSTED;
  }

  static String truncate(String text, int width) {
    String single = text.replaceAll("\\s+", " ").trim();
    return single.length() <= width ? single : single.substring(0, width - 1) + "…";
  }
}
