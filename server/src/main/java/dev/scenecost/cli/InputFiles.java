package dev.scenecost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the files named on the command line, turning I/O failures into one-line messages. */
final class InputFiles {
  private InputFiles() {}

  /** Thrown with a message that names the file and says what to do. */
  private static final class UnreadableFileException extends Exception {
    UnreadableFileException(String message) {
      super(message);
    }
  }

  /**
   * The file's bytes; empty once {@code scenecost: } and the reason it cannot be read are printed.
   */
  static Optional<byte[]> read(Path file, PrintWriter err) {
    try {
      return Optional.of(read(file));
    } catch (UnreadableFileException e) {
      err.println("scenecost: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static byte[] read(Path file) throws UnreadableFileException {
    if (Files.isDirectory(file)) {
      throw new UnreadableFileException(
          "Cannot read " + file + ": it is a folder. Give the path of a .fountain screenplay.");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(
          "Cannot read " + file + ": no such file. Check the path and the spelling.");
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(
          "Cannot read " + file + ": permission denied. Check who may read the file.");
    } catch (IOException | OutOfMemoryError e) {
      throw new UnreadableFileException("Cannot read " + file + ": " + e.getMessage());
    }
  }
}
