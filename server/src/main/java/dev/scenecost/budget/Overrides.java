package dev.scenecost.budget;

import dev.scenecost.budget.config.ProjectConfig;

/**
 * What a face lays over the project's configuration before an analysis: the command line's {@code
 * --budget} and {@code --tier}, or the editor's settings. Each face keeps its own rules of
 * precedence; the engine only applies the result.
 */
@FunctionalInterface
public interface Overrides {
  /** Nothing overridden. */
  Overrides NONE = config -> config;

  ProjectConfig apply(ProjectConfig config);
}
