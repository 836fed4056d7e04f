package dev.scenecost.lsp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scenecost.lsp.services.TestProject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as an editor starts it: a separate JVM running the command line with no arguments,
 * talking over stdin and stdout. Everything on stdout must be protocol messages.
 */
class StdioTest {
  @TempDir Path folder;

  private static void send(OutputStream out, String json) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  /** Splits stdout into messages; fails on any byte that is not part of a framed message. */
  private static List<JsonObject> frames(byte[] stdout) {
    List<JsonObject> messages = new ArrayList<>();
    String text = new String(stdout, StandardCharsets.UTF_8);
    int at = 0;
    while (at < stdout.length) {
      String rest =
          new String(stdout, at, Math.min(64, stdout.length - at), StandardCharsets.US_ASCII);
      assertTrue(
          rest.startsWith("Content-Length: "),
          "not a protocol frame at byte "
              + at
              + ": "
              + text.substring(Math.min(at, text.length())));
      int headerEnd = indexOf(stdout, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
      int length =
          Integer.parseInt(
              new String(stdout, at + 16, headerEnd - at - 16, StandardCharsets.US_ASCII).trim());
      int bodyStart = headerEnd + 4;
      messages.add(
          JsonParser.parseString(new String(stdout, bodyStart, length, StandardCharsets.UTF_8))
              .getAsJsonObject());
      at = bodyStart + length;
    }
    return messages;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("unterminated header");
  }

  @Test
  void noArgumentsStartsTheServerAndStdoutCarriesOnlyProtocol() throws Exception {
    String uri = TestProject.create(folder, TestProject.CONFIG);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.scenecost.cli.ScenecostCommand")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try {
                server.getInputStream().transferTo(stdout);
              } catch (java.io.IOException ignored) {
                // the process ended
              }
            });
    reader.start();
    OutputStream in = server.getOutputStream();
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}");
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
    String text = TestProject.FILM.replace("\n", "\\n");
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
            + "{\"uri\":\""
            + uri
            + "\",\"languageId\":\"fountain\",\"version\":1,\"text\":\""
            + text
            + "\"}}}");
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/codeLens\",\"params\":{\"textDocument\":{\"uri\":\""
            + uri
            + "\"}}}");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
    // Requests are answered as they finish, not in order: wait for both answers before exit.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String sofar = new String(stdout.toByteArray(), StandardCharsets.UTF_8);
      if (sofar.contains("\"id\":2") && sofar.contains("\"id\":3")) {
        break;
      }
      Thread.sleep(20);
    }
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
    assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
    reader.join(5000);
    assertEquals(0, server.exitValue());

    List<JsonObject> messages = frames(stdout.toByteArray());
    JsonObject lenses =
        messages.stream()
            .filter(m -> m.has("id") && m.get("id").getAsInt() == 2)
            .findFirst()
            .orElseThrow();
    // The film lens and one per scene heading (2).
    assertEquals(3, lenses.getAsJsonArray("result").size());
    assertTrue(
        messages.stream()
            .anyMatch(m -> m.has("id") && m.get("id").getAsInt() == 1 && m.has("result")));
  }
}
