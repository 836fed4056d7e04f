package dev.scenecost.budget.result;

/** How a scene stands against its allocation. */
public enum SceneStatus {
  /** The estimate fits the scene's allocation. */
  FITS("fits"),
  /** The estimate exceeds the scene's allocation. */
  OVER("over"),
  /** The running total of the film exhausts the budget in this scene. */
  EXHAUSTED("exhausted"),
  /** Neither the film nor the scene has a budget. */
  UNBUDGETED("unbudgeted");

  private final String jsonName;

  SceneStatus(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
