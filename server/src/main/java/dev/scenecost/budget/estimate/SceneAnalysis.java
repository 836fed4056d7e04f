package dev.scenecost.budget.estimate;

import dev.scenecost.budget.result.EffectHit;
import dev.scenecost.budget.result.ShotType;
import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * Everything about a scene that does not depend on its tier: layout, screen time, chunks with their
 * token counts, characters, location, effects, complexity and notes. Holds no parse-tree objects,
 * so remembering it does not keep old parses alive.
 */
public record SceneAnalysis(
    int lines,
    int pagesEighths,
    double screenSeconds,
    boolean durationFromNote,
    List<Chunk> chunks,
    List<Presence> characters,
    String location,
    String timeOfDay,
    String interior,
    List<EffectHit> effects,
    double complexityFactor,
    SceneNotes notes) {

  /**
   * A chunk with its share of screen time, its token counts, who speaks in it, who is seen in it
   * (speakers on screen and characters its action names) and the type of its shots.
   */
  public record Chunk(
      ChunkDraft draft,
      double screenSeconds,
      int textTokens,
      int spokenTokens,
      int dialogueCharacters,
      List<String> speakers,
      List<String> people,
      ShotType type) {}

  /** A character in the scene; principal when the character speaks anywhere in the film. */
  public record Presence(
      String name,
      boolean onScreen,
      boolean speaks,
      boolean principal,
      int dialogueCharacters,
      SourceRange firstMention) {}

  public List<Presence> onScreenCharacters() {
    return characters.stream().filter(Presence::onScreen).toList();
  }
}
