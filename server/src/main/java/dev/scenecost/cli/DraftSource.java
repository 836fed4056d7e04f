package dev.scenecost.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One side of {@code scenecost diff}: a file, or {@code git:REF:path} read from the repository with
 * {@code git show REF:path} (the path relative to the repository's root, as git means it).
 *
 * @param name as the user wrote it
 * @param workingTreeFile where the screenplay is in the working tree: the file itself, or the
 *     repository root joined with the git path (the settings are looked for from there)
 */
record DraftSource(String name, Path workingTreeFile, Optional<GitObject> git) {
  private static final String GIT_PREFIX = "git:";
  private static final long GIT_TIMEOUT_SECONDS = 30;

  /** A screenplay in git history: {@code ref} (a branch, tag, commit) and a root-relative path. */
  record GitObject(Path repository, String ref, String path) {}

  /** Parses a side as given on the command line; empty once the reason is printed. */
  static Optional<DraftSource> parse(String side, Path workingDirectory, PrintWriter err) {
    if (!side.startsWith(GIT_PREFIX)) {
      Path file = workingDirectory.resolve(side);
      return Optional.of(new DraftSource(side, file, Optional.empty()));
    }
    String rest = side.substring(GIT_PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon <= 0 || colon == rest.length() - 1) {
      err.println(
          "scenecost: can't read \""
              + side
              + "\": write git:REF:path, such as git:main:film.fountain (the path from the"
              + " repository's root).");
      return Optional.empty();
    }
    Optional<String> root =
        git(workingDirectory, List.of("rev-parse", "--show-toplevel"), side, err)
            .map(bytes -> new String(bytes, StandardCharsets.UTF_8).strip());
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Path repository = Path.of(root.get());
    String path = rest.substring(colon + 1);
    return Optional.of(
        new DraftSource(
            side,
            repository.resolve(path),
            Optional.of(new GitObject(repository, rest.substring(0, colon), path))));
  }

  /** The screenplay's bytes; empty once the reason they cannot be had is printed. */
  Optional<byte[]> read(PrintWriter err) {
    if (git.isEmpty()) {
      return InputFiles.read(workingTreeFile, err);
    }
    GitObject object = git.get();
    return git(object.repository(), List.of("show", object.ref() + ":" + object.path()), name, err);
  }

  /**
   * Runs git and returns what it printed; empty once its complaint (or why it could not run) is
   * printed, naming the side.
   */
  private static Optional<byte[]> git(
      Path directory, List<String> arguments, String side, PrintWriter err) {
    List<String> command = new java.util.ArrayList<>();
    command.add("git");
    command.addAll(arguments);
    Process process;
    try {
      process = new ProcessBuilder(command).directory(directory.toFile()).start();
    } catch (IOException e) {
      err.println(
          "scenecost: can't read "
              + side
              + ": git could not be started ("
              + e.getMessage()
              + "). Install git, or give the screenplay as a file.");
      return Optional.empty();
    }
    try {
      process.getOutputStream().close();
      // Both streams are read at once, so a big file cannot fill one pipe while we wait on the
      // other.
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(() -> all(process.getInputStream()));
      CompletableFuture<byte[]> problem =
          CompletableFuture.supplyAsync(() -> all(process.getErrorStream()));
      if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        err.println(
            "scenecost: can't read "
                + side
                + ": git did not answer in "
                + GIT_TIMEOUT_SECONDS
                + "s.");
        return Optional.empty();
      }
      if (process.exitValue() != 0) {
        String said = new String(problem.join(), StandardCharsets.UTF_8).strip();
        err.println(
            "scenecost: can't read "
                + side
                + ": "
                + (said.isEmpty() ? "git failed" : said.lines().findFirst().orElse(said))
                + ".");
        return Optional.empty();
      }
      return Optional.of(out.join());
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      err.println("scenecost: can't read " + side + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static byte[] all(InputStream stream) {
    try (InputStream in = stream) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
