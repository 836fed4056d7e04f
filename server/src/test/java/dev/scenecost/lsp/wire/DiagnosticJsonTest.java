package dev.scenecost.lsp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.junit.jupiter.api.Test;

/** The server's way of writing diagnostics and messages against LSP4J's, byte for byte. */
class DiagnosticJsonTest {
  private static final MessageJsonHandler LSP4J = new MessageJsonHandler(new HashMap<>());
  private static final MessageJsonHandler OURS =
      new MessageJsonHandler(
          new HashMap<>(), gson -> gson.registerTypeAdapterFactory(new DiagnosticJson()));

  private static Range range(int line, int from, int to) {
    return new Range(new Position(line, from), new Position(line, to));
  }

  private static List<Diagnostic> diagnostics() {
    Diagnostic plain =
        new Diagnostic(
            range(3, 0, 41),
            "Generating this scene's video with \"kling/v3.0\" at 720p <$0.01> & upscaling — "
                + "saves about €2.83.\nSecond line\t東京 😀",
            DiagnosticSeverity.Hint,
            "scenecost",
            "generate-low-upscale");
    Diagnostic related =
        new Diagnostic(
            range(9, 2, 7), "Same heading twice", DiagnosticSeverity.Warning, "scenecost", "x");
    related.setRelatedInformation(
        List.of(
            new DiagnosticRelatedInformation(
                new Location("file:///films/My%20Film.fountain", range(2, 0, 5)), "first here")));
    Diagnostic noSeverity = new Diagnostic(range(0, 0, 0), "bare");
    Diagnostic numericCode =
        new Diagnostic(range(1, 1, 2), "numeric", DiagnosticSeverity.Error, "other");
    numericCode.setCode(Either.forRight(42));
    Diagnostic tagged =
        new Diagnostic(range(1, 1, 2), "tagged", DiagnosticSeverity.Hint, "scenecost");
    tagged.setTags(List.of(DiagnosticTag.Unnecessary));
    Diagnostic withData = new Diagnostic(range(1, 1, 2), "data", DiagnosticSeverity.Hint, "s", "c");
    withData.setData(new JsonObject());
    return List.of(plain, related, noSeverity, numericCode, tagged, withData);
  }

  @Test
  void writesEachDiagnosticAsLsp4jDoes() {
    Gson lsp4j = LSP4J.getGson();
    Gson ours = OURS.getGson();
    for (Diagnostic diagnostic : diagnostics()) {
      assertEquals(lsp4j.toJson(diagnostic), ours.toJson(diagnostic));
    }
  }

  @Test
  void readsWhatTheEditorSendsBack() {
    for (Diagnostic diagnostic : diagnostics()) {
      String json = LSP4J.getGson().toJson(diagnostic);
      assertEquals(diagnostic, OURS.getGson().fromJson(json, Diagnostic.class));
    }
  }

  @Test
  void writesAPublicationByteForByteAsLsp4jsConsumer() {
    NotificationMessage message = new NotificationMessage();
    message.setJsonrpc("2.0");
    message.setMethod("textDocument/publishDiagnostics");
    message.setParams(
        new PublishDiagnosticsParams("file:///films/pier.fountain", diagnostics(), 7));

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    new StreamMessageConsumer(expected, LSP4J).consume(message);
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    BufferedMessageConsumer consumer = new BufferedMessageConsumer(actual, OURS);
    consumer.consume(message);
    assertEquals(
        expected.toString(StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));

    // The buffer is kept: a second, shorter message carries nothing of the first.
    NotificationMessage empty = new NotificationMessage();
    empty.setJsonrpc("2.0");
    empty.setMethod("textDocument/publishDiagnostics");
    empty.setParams(new PublishDiagnosticsParams("file:///films/pier.fountain", List.of(), 8));
    ByteArrayOutputStream expectedEmpty = new ByteArrayOutputStream();
    new StreamMessageConsumer(expectedEmpty, LSP4J).consume(empty);
    actual.reset();
    consumer.consume(empty);
    assertEquals(
        expectedEmpty.toString(StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
    assertNotEquals(0, actual.size());
  }

  /** Half-written when serializing fails; the next message must not carry any of it. */
  private record Boom(String text) {}

  @Test
  void aMessageThatFailsToSerializeLeavesNothingBehind() {
    MessageJsonHandler failing =
        new MessageJsonHandler(
            new HashMap<>(),
            gson ->
                gson.registerTypeAdapter(
                    Boom.class,
                    new com.google.gson.TypeAdapter<Boom>() {
                      @Override
                      public void write(com.google.gson.stream.JsonWriter out, Boom boom)
                          throws java.io.IOException {
                        out.beginObject().name("partial").value("x".repeat(20_000));
                        throw new IllegalStateException("cannot write this");
                      }

                      @Override
                      public Boom read(com.google.gson.stream.JsonReader in) {
                        throw new UnsupportedOperationException();
                      }
                    }));
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    BufferedMessageConsumer consumer = new BufferedMessageConsumer(actual, failing);
    NotificationMessage broken = new NotificationMessage();
    broken.setJsonrpc("2.0");
    broken.setMethod("scenecost/boom");
    broken.setParams(new Boom("x"));
    org.junit.jupiter.api.Assertions.assertThrows(
        RuntimeException.class, () -> consumer.consume(broken));
    assertEquals(0, actual.size());

    NotificationMessage fine = new NotificationMessage();
    fine.setJsonrpc("2.0");
    fine.setMethod("scenecost/fine");
    fine.setParams(List.of("ok"));
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    new StreamMessageConsumer(expected, failing).consume(fine);
    consumer.consume(fine);
    assertEquals(
        expected.toString(StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
  }
}
