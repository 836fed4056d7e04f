package dev.scenecost.lsp;

import java.util.Optional;

/**
 * Ends the server when the editor that started it is gone, so no orphan Java process stays behind
 * after an editor crash (the {@code processId} of {@code initialize}).
 */
final class ParentProcessWatcher {
  private ParentProcessWatcher() {}

  /** Returns false when no such process is running (it has already gone: exit at once). */
  static boolean watch(Integer processId, Runnable onExit) {
    // In-process (tests, embedding) the "editor" is this very process: nothing to watch.
    if (processId == null || processId.longValue() == ProcessHandle.current().pid()) {
      return true;
    }
    Optional<ProcessHandle> parent = ProcessHandle.of(processId.longValue());
    if (parent.isEmpty() || !parent.get().isAlive()) {
      return false;
    }
    try {
      parent.get().onExit().thenRun(onExit);
    } catch (RuntimeException e) {
      // Not allowed to watch it (another user's process): live without the safety net.
      return true;
    }
    return true;
  }
}
