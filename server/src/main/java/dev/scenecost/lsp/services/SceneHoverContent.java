package dev.scenecost.lsp.services;

import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.report.Figure;
import dev.scenecost.budget.report.Part;
import dev.scenecost.budget.report.SceneFigures;
import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.budget.result.EffectHit;
import dev.scenecost.budget.result.LocationUse;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.TierSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown breakdown shown when hovering a scene heading. */
final class SceneHoverContent {
  private SceneHoverContent() {}

  static String markdown(SceneFigures figures, String symbol, ProjectConfig config) {
    SceneEstimate scene = figures.estimate();
    StringBuilder md = new StringBuilder();
    md.append("**Scene ")
        .append(scene.number() != null ? scene.number() : String.valueOf(scene.index() + 1))
        .append(" · ")
        .append(Markdown.escape(scene.heading()))
        .append("**\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| Screen time | ")
        .append(figures.time().text())
        .append(scene.durationFromNote() ? " (set by a duration note)" : "")
        .append(" · ")
        .append(figures.pages().text())
        .append(" pages |\n");
    long beats = scene.chunks().stream().filter(c -> c.kind() == ChunkKind.ACTION_BEAT).count();
    long exchanges = scene.chunks().size() - beats;
    md.append("| Chunks | ")
        .append(plural(beats, "action beat"))
        .append(", ")
        .append(plural(exchanges, "dialogue exchange"))
        .append(" → ")
        .append(plural(scene.clips(), "clip"))
        .append(", ")
        .append(Figure.duration(scene.generatedSeconds()).text())
        .append(" generated |\n");
    md.append("| Characters | ").append(characters(scene.characters())).append(" |\n");
    LocationUse location = scene.location();
    if (location != null) {
      md.append("| Location | ")
          .append(Markdown.escape(location.name()))
          .append(location.reused() ? " (plate reused from cache)" : " (new plate)")
          .append(" |\n");
    }
    md.append("| Effects | ").append(effects(scene.effects())).append(" |\n\n");

    md.append("| | Tokens | Cost |\n|---|---:|---:|\n");
    // Where the money goes, part by part; video and prompts always, the others when they cost.
    for (Part part : figures.parts()) {
      if (part.cost().value() == 0
          && part.tokens().value() == 0
          && !part.key().equals("video")
          && !part.key().equals("text")) {
        continue;
      }
      md.append("| ")
          .append(part.label())
          .append(" | ")
          .append(part.tokens().text())
          .append(" | ")
          .append(part.cost().text())
          .append(" |\n");
    }
    md.append("| **Total** | **")
        .append(figures.tokens().text())
        .append("** | **")
        .append(figures.cost().text())
        .append("** |\n\n");
    if (scene.cacheSavings().amount() > 0 || scene.cacheSavings().tokens() > 0) {
      double saved = scene.cacheSavings().amount();
      md.append("Cache saved ")
          .append(Figure.tokens(scene.cacheSavings().tokens()).text())
          .append(" tokens, ")
          .append(saved < 0.005 ? "under a cent" : Figure.money(saved, symbol).text())
          .append(".\n\n");
    }
    md.append("Tier **")
        .append(Markdown.escape(scene.tier()))
        .append("**")
        .append(
            scene.tierSource() == TierSource.NOTE
                ? " (from the scene's tier note)"
                : " (the film's default)");
    config
        .tier(scene.tier())
        .ifPresent(tier -> md.append(": ").append(TierHoverContent.models(tier)));
    md.append(".\n\n");
    md.append(BudgetStatusText.sentence(figures, symbol));
    return md.toString();
  }

  private static String characters(List<CharacterUse> characters) {
    if (characters.isEmpty()) {
      return "none";
    }
    return characters.stream()
        .map(
            c ->
                Markdown.escape(c.name())
                    + " ("
                    + (!c.onScreen() ? "voice only" : c.reused() ? "reused" : "new")
                    + ")")
        .collect(Collectors.joining(", "));
  }

  private static String effects(List<EffectHit> effects) {
    if (effects.isEmpty()) {
      return "none";
    }
    Map<String, List<String>> byCategory = new LinkedHashMap<>();
    for (EffectHit hit : effects) {
      byCategory.computeIfAbsent(hit.category(), k -> new java.util.ArrayList<>()).add(hit.term());
    }
    return byCategory.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + ": "
                    + e.getValue().stream()
                        .distinct()
                        .map(Markdown::escape)
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
