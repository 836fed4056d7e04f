package dev.scenecost.lsp;

import dev.scenecost.lsp.wire.BufferedMessageConsumer;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.launch.LSPLauncher;

/** Connects a server to a pair of streams: stdio for editors, pipes for tests. */
public final class ScenecostServerLauncher {
  private ScenecostServerLauncher() {}

  /** A running server and the future that completes when its input stream ends. */
  public record Running(ScenecostLanguageServer server, Future<Void> listening) {}

  public static Running start(InputStream in, OutputStream out, ServerLog log, IntConsumer exit) {
    ScenecostLanguageServer server = new ScenecostLanguageServer(log, exit);
    Launcher<ScenecostLanguageClient> launcher =
        new Builder()
            .setLocalService(server)
            .setRemoteInterface(ScenecostLanguageClient.class)
            .setInput(in)
            .setOutput(out)
            .create();
    server.connect(launcher.getRemoteProxy());
    return new Running(server, launcher.startListening());
  }

  /** LSP4J's launcher, writing its messages through {@link BufferedMessageConsumer}. */
  private static final class Builder extends LSPLauncher.Builder<ScenecostLanguageClient> {
    private MessageJsonHandler json;

    @Override
    protected MessageJsonHandler createJsonHandler() {
      json = super.createJsonHandler();
      return json;
    }

    @Override
    protected MessageConsumer wrapMessageConsumer(MessageConsumer consumer) {
      if (consumer instanceof StreamMessageConsumer) {
        consumer = new BufferedMessageConsumer(output, json);
      }
      return super.wrapMessageConsumer(consumer);
    }
  }
}
