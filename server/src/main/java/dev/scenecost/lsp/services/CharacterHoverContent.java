package dev.scenecost.lsp.services;

import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.Appearance;
import dev.scenecost.budget.result.CharacterSummary;
import dev.scenecost.budget.result.FilmEstimate;

/** A character across the film, for a hover on a cue. */
final class CharacterHoverContent {
  private CharacterHoverContent() {}

  static String markdown(FilmEstimate film, CharacterSummary character) {
    long speaking = character.appearances().stream().filter(Appearance::speaks).count();
    long onScreen = character.appearances().stream().filter(Appearance::onScreen).count();
    StringBuilder md =
        new StringBuilder("**").append(Markdown.escape(character.name())).append("**\n\n");
    md.append("- Appears in ")
        .append(SceneHoverContent.plural(character.appearances().size(), "scene"))
        .append(" (speaks in ")
        .append(speaking)
        .append(", on screen in ")
        .append(onScreen)
        .append(")\n");
    md.append("- Dialogue share ")
        .append(Amounts.percent(character.dialogueShare() * 100))
        .append(" (")
        .append(Amounts.count(character.dialogueCharacters()))
        .append(" characters of speech)\n");
    Appearance first =
        character.appearances().stream().filter(Appearance::onScreen).findFirst().orElse(null);
    if (first != null) {
      md.append("- Character sheet ")
          .append(Amounts.money(character.referenceCost().amount(), film.currencySymbol()))
          .append(", made in scene ")
          .append(sceneLabel(film, first.sceneIndex()));
      if (onScreen > 1) {
        md.append(", reused from cache in ")
            .append(SceneHoverContent.plural(onScreen - 1, "scene"));
      }
      md.append("\n");
    } else {
      md.append("- Only heard, never seen: no character sheet\n");
    }
    md.append("- Generated at ")
        .append(
            character.tiers().isEmpty()
                ? "no tier (off screen)"
                : String.join(", ", character.tiers()));
    if (character.tiers().size() > 1) {
      md.append(" — different tiers may make the character look different from scene to scene");
    }
    md.append("\n");
    return md.toString();
  }

  private static String sceneLabel(FilmEstimate film, int index) {
    if (index >= 0 && index < film.scenes().size()) {
      var scene = film.scenes().get(index);
      return (scene.number() != null ? scene.number() : String.valueOf(index + 1))
          + " ("
          + Markdown.escape(scene.heading())
          + ")";
    }
    return String.valueOf(index + 1);
  }
}
