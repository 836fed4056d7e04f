package dev.scenecost.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/** The folders the editor has open: where the search for scenecost.json stops going up. */
final class WorkspaceRoots {
  private WorkspaceRoots() {}

  @SuppressWarnings("deprecation") // rootUri and rootPath: older clients send only these
  static List<Path> of(InitializeParams params) {
    List<Path> roots = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
        toPath(folder.getUri()).ifPresent(roots::add);
      }
    }
    if (roots.isEmpty() && params.getRootUri() != null) {
      toPath(params.getRootUri()).ifPresent(roots::add);
    }
    if (roots.isEmpty() && params.getRootPath() != null) {
      try {
        roots.add(Path.of(params.getRootPath()));
      } catch (RuntimeException ignored) {
        // not a usable path: no workspace root
      }
    }
    return roots;
  }

  static java.util.Optional<Path> toPath(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme())
          ? java.util.Optional.of(Path.of(parsed))
          : java.util.Optional.empty();
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
