package dev.scenecost.budget.usage.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Replaces a file so that a reader, or the file system after a crash, sees either the old content
 * or the new one, never a mix: the new content goes to a temporary file in the same folder, is
 * flushed to disk, and is then renamed over the target in one step.
 */
public final class AtomicFiles {
  /** As many links as Linux follows before it gives up (ELOOP). */
  private static final int MAX_LINKS = 40;

  private AtomicFiles() {}

  /** Writes the new content to a stream; may throw half way, and the target stays untouched. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Checked after the new content is safely on disk and just before it replaces the target. */
  @FunctionalInterface
  public interface Precondition {
    boolean holds() throws IOException;
  }

  /** Replaces {@code target} with {@code content}. */
  public static void replace(Path target, Content content) throws IOException {
    replace(target, content, () -> true);
  }

  /**
   * Replaces {@code target} with {@code content} if {@code precondition} still holds once the
   * content is written; returns false (target untouched, temporary file removed) when it does not.
   */
  public static boolean replace(Path target, Content content, Precondition precondition)
      throws IOException {
    Path absolute = followLinks(target);
    Path folder = absolute.getParent();
    Path temp = temporaryFileFor(absolute);
    boolean moved = false;
    try {
      try (FileChannel channel =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      copyPermissions(absolute, temp);
      if (!precondition.holds()) {
        return false;
      }
      move(temp, absolute);
      moved = true;
      syncFolder(folder);
      return true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * The file a path finally names, its symbolic links followed (the target need not exist yet): a
   * write replaces that file, and a linked ledger stays a link instead of becoming a copy.
   */
  public static Path followLinks(Path path) throws IOException {
    Path current = path.toAbsolutePath().normalize();
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == MAX_LINKS) {
        throw new IOException(
            path
                + " is a link to a link more than "
                + MAX_LINKS
                + " times over; point it at the file.");
      }
      Path parent = current.getParent();
      current = parent.resolve(Files.readSymbolicLink(current)).normalize();
    }
    return current;
  }

  /** The temporary files an interrupted write of {@code target} may have left beside it. */
  public static java.util.List<Path> leftoverTemporaryFiles(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    String prefix = "." + absolute.getFileName() + ".";
    try (java.util.stream.Stream<Path> siblings = Files.list(absolute.getParent())) {
      return siblings
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix)
                    && name.endsWith(".tmp")
                    && name.length() == prefix.length() + 8 + 4;
              })
          .sorted()
          .toList();
    }
  }

  /**
   * The temporary file's name starts with a dot and the target's name, so a leftover after a crash
   * is hidden in most file browsers and obviously belongs to its ledger.
   */
  static Path temporaryFileFor(Path target) {
    String name =
        "." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp";
    return target.resolveSibling(name);
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some network and FUSE file systems cannot rename atomically; a plain replace is the
      // best they offer, and the temporary file still protects against a half-written ledger.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void copyPermissions(Path from, Path to) {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source == null || copy == null || !Files.exists(from)) {
      return;
    }
    try {
      copy.setPermissions(source.readAttributes().permissions());
    } catch (IOException | UnsupportedOperationException e) {
      // The new file keeps the default permissions; the content is what matters.
    }
  }

  /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; the rename is still atomic there.
    }
  }
}
