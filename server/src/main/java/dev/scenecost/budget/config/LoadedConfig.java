package dev.scenecost.budget.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A configuration and what was wrong while reading it.
 *
 * @param config defaults with every readable setting of the file applied
 * @param file the scenecost.json used, or null when only the defaults apply
 * @param problems problems in the file, in order; empty when it is fine
 */
public record LoadedConfig(ProjectConfig config, Path file, List<ConfigProblem> problems) {
  public LoadedConfig {
    problems = List.copyOf(problems);
  }
}
