package dev.scenecost.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;

/** Connects a server to a pair of streams: stdio for editors, pipes for tests. */
public final class ScenecostServerLauncher {
  private ScenecostServerLauncher() {}

  /** A running server and the future that completes when its input stream ends. */
  public record Running(ScenecostLanguageServer server, Future<Void> listening) {}

  public static Running start(InputStream in, OutputStream out, ServerLog log, IntConsumer exit) {
    ScenecostLanguageServer server = new ScenecostLanguageServer(log, exit);
    Launcher<ScenecostLanguageClient> launcher =
        new LSPLauncher.Builder<ScenecostLanguageClient>()
            .setLocalService(server)
            .setRemoteInterface(ScenecostLanguageClient.class)
            .setInput(in)
            .setOutput(out)
            .create();
    server.connect(launcher.getRemoteProxy());
    return new Running(server, launcher.startListening());
  }
}
