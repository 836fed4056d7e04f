package dev.scenecost.lsp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenecost.lsp.ScenecostServerLauncher;
import dev.scenecost.lsp.ServerLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scenecost/report} as the bytes on the wire. A Java client reads a missing {@code result}
 * as null, but vscode-jsonrpc waits forever on a response with neither result nor error, so the
 * JSON must say {@code "result": null} itself.
 */
class ReportWireTest {
  @TempDir Path folder;

  private static void send(OutputStream out, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  /** Reads one framed message: the Content-Length header, a blank line, then the body. */
  private static JsonObject readFrame(InputStream in) throws IOException {
    int length = -1;
    StringBuilder line = new StringBuilder();
    while (true) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("the server closed its output");
      }
      if (next != '\n') {
        line.append((char) next);
        continue;
      }
      String header = line.toString().trim();
      line.setLength(0);
      if (header.isEmpty()) {
        break;
      }
      if (header.startsWith("Content-Length:")) {
        length = Integer.parseInt(header.substring("Content-Length:".length()).trim());
      }
    }
    return JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8))
        .getAsJsonObject();
  }

  private static JsonObject awaitResponse(InputStream in, int id) throws IOException {
    while (true) {
      JsonObject message = readFrame(in);
      if (message.has("id") && !message.has("method") && message.get("id").getAsInt() == id) {
        return message;
      }
    }
  }

  @Test
  void reportOfADocumentNeverOpenedAnswersNullOnTheWire() throws Exception {
    Pipe toServer = Pipe.open();
    Pipe toEditor = Pipe.open();
    OutputStream editorOut = Channels.newOutputStream(toServer.sink());
    InputStream editorIn = Channels.newInputStream(toEditor.source());
    ServerLog log = new ServerLog(new PrintStream(new ByteArrayOutputStream(), true));
    ScenecostServerLauncher.start(
        Channels.newInputStream(toServer.source()),
        Channels.newOutputStream(toEditor.sink()),
        log,
        code -> {});
    String nowhere = folder.resolve("nowhere.fountain").toUri().toString();

    send(
        editorOut,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}");
    send(editorOut, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
    send(
        editorOut,
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"scenecost/report\",\"params\":{\"uri\":\""
            + nowhere
            + "\"}}");

    CompletableFuture<JsonObject> answer =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return awaitResponse(editorIn, 2);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    JsonObject response = answer.get(TestEditor.WAIT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(response.has("result"), "the response must carry a result: " + response);
    assertTrue(response.get("result").isJsonNull(), "the result must be null: " + response);
    assertTrue(!response.has("error"), "no error for a document that is not open: " + response);

    send(editorOut, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
    assertEquals(3, awaitResponse(editorIn, 3).get("id").getAsInt());
    send(editorOut, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
    editorOut.close();
  }
}
