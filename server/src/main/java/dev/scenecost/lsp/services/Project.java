package dev.scenecost.lsp.services;

import dev.scenecost.budget.config.ConfigProblem;
import dev.scenecost.budget.config.ProjectConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration a screenplay is estimated with: scenecost.json (or the built-in defaults) with
 * the editor's settings filling in what the file leaves at its default.
 *
 * @param config what the engine uses
 * @param configFile the scenecost.json that applies, or null
 * @param problems problems in that file
 */
public record Project(ProjectConfig config, Path configFile, List<ConfigProblem> problems) {
  public Project {
    problems = List.copyOf(problems);
  }
}
