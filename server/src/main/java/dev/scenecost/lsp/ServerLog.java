package dev.scenecost.lsp;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Where the server tells what it does and what went wrong: always stderr (stdout carries only
 * protocol), and the editor's output panel through {@code window/logMessage} once connected.
 */
public final class ServerLog {
  private final PrintStream stderr;
  private volatile LanguageClient client;

  public ServerLog(PrintStream stderr) {
    this.stderr = stderr;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  /** From now on only stderr: the connection to the editor is gone. */
  public void disconnect() {
    this.client = null;
  }

  public void info(String message) {
    log(MessageType.Info, message);
  }

  public void warning(String message) {
    log(MessageType.Warning, message);
  }

  /** An unexpected failure: the message for the writer, the stack trace for a developer. */
  public void error(String message, Throwable cause) {
    log(MessageType.Error, message + (cause == null ? "" : ": " + cause));
    if (cause != null) {
      cause.printStackTrace(stderr);
    }
  }

  private void log(MessageType type, String message) {
    stderr.println(
        "[scenecost "
            + LocalTime.now().truncatedTo(ChronoUnit.MILLIS)
            + " "
            + type
            + "] "
            + message);
    LanguageClient connected = client;
    if (connected != null) {
      try {
        connected.logMessage(new MessageParams(type, message));
      } catch (RuntimeException e) {
        stderr.println("[scenecost] could not send a log message to the editor: " + e);
      }
    }
  }
}
