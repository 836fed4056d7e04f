package dev.scenecost.lsp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.junit.jupiter.api.Test;

/** The server's way of writing messages, diagnostics above all, against LSP4J's, byte for byte. */
class PublishDiagnosticsJsonTest {
  private static final MessageJsonHandler LSP4J = new MessageJsonHandler(new HashMap<>());

  private static Range range(int line, int from, int to) {
    return new Range(new Position(line, from), new Position(line, to));
  }

  private static List<Diagnostic> diagnostics() {
    Diagnostic plain =
        new Diagnostic(
            range(3, 0, 41),
            "Generating this scene's video with \"kling/v3.0\" at 720p <$0.01> & upscaling — "
                + "saves about €2.83.\nSecond line\t東京 😀 a=b \u2028 \u0001 \\ \uD800",
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

  private static NotificationMessage publication(List<Diagnostic> diagnostics, Integer version) {
    NotificationMessage message = new NotificationMessage();
    message.setJsonrpc("2.0");
    message.setMethod("textDocument/publishDiagnostics");
    message.setParams(
        version == null
            ? new PublishDiagnosticsParams("file:///films/My%20Film.fountain", diagnostics)
            : new PublishDiagnosticsParams("file:///films/pier.fountain", diagnostics, version));
    return message;
  }

  private static void assertWrittenAsLsp4jWrites(Message message) {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    new StreamMessageConsumer(expected, LSP4J).consume(message);
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    new BufferedMessageConsumer(actual, LSP4J).consume(message);
    assertEquals(
        expected.toString(StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
  }

  /** Each kind alone (the plain ones written here, the others by Gson), then all together. */
  @Test
  void writesEachPublicationAsLsp4jDoes() {
    List<Diagnostic> all = diagnostics();
    for (Diagnostic diagnostic : all) {
      assertWrittenAsLsp4jWrites(publication(List.of(diagnostic), 3));
      assertWrittenAsLsp4jWrites(publication(List.of(diagnostic, diagnostic), null));
    }
    assertWrittenAsLsp4jWrites(publication(all.subList(0, 3), 12));
    // The first three are what the server sets, written here; the others go to Gson.
    for (int i = 0; i < all.size(); i++) {
      assertEquals(
          i < 3,
          PublishDiagnosticsJson.write(publication(List.of(all.get(i)), 1), new MessageBytes(16)),
          all.get(i).getMessage());
    }
    assertWrittenAsLsp4jWrites(publication(all, 12));
    assertWrittenAsLsp4jWrites(publication(List.of(), 1_234_567));
    assertWrittenAsLsp4jWrites(publication(List.of(), -42));
    assertWrittenAsLsp4jWrites(publication(List.of(), Integer.MAX_VALUE));
  }

  @Test
  void writesOtherMessagesAsLsp4jDoes() {
    NotificationMessage log = new NotificationMessage();
    log.setJsonrpc("2.0");
    log.setMethod("window/logMessage");
    log.setParams(
        new org.eclipse.lsp4j.MessageParams(org.eclipse.lsp4j.MessageType.Info, "ok <&>"));
    assertWrittenAsLsp4jWrites(log);
    org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage response =
        new org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage();
    response.setJsonrpc("2.0");
    response.setId("7");
    response.setResult(diagnostics().subList(0, 2));
    assertWrittenAsLsp4jWrites(response);
  }

  @Test
  void keepsItsBufferWithoutCarryingAnythingOver() {
    NotificationMessage message = new NotificationMessage();
    message.setJsonrpc("2.0");
    message.setMethod("textDocument/publishDiagnostics");
    message.setParams(
        new PublishDiagnosticsParams("file:///films/pier.fountain", diagnostics(), 7));

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    new StreamMessageConsumer(expected, LSP4J).consume(message);
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    BufferedMessageConsumer consumer = new BufferedMessageConsumer(actual, LSP4J);
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
        handlerWriting(
            Boom.class,
            (out, boom) -> {
              out.beginObject().name("partial").value("x".repeat(20_000));
              throw new IllegalStateException("cannot write this");
            });
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    BufferedMessageConsumer consumer = new BufferedMessageConsumer(actual, failing);
    NotificationMessage broken = notification("scenecost/boom", new Boom("x"));
    org.junit.jupiter.api.Assertions.assertThrows(
        RuntimeException.class, () -> consumer.consume(broken));
    assertEquals(0, actual.size());

    NotificationMessage fine = notification("scenecost/fine", List.of("ok"));
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    new StreamMessageConsumer(expected, failing).consume(fine);
    consumer.consume(fine);
    assertEquals(
        expected.toString(StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
  }

  /** A slow report being turned into JSON on one thread does not hold back diagnostics. */
  private record Slow(String text) {}

  @Test
  void aMessageSerializedOnOneThreadDoesNotHoldBackAnother() throws Exception {
    java.util.concurrent.CountDownLatch serializing = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    MessageJsonHandler handler =
        handlerWriting(
            Slow.class,
            (out, slow) -> {
              serializing.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              out.value(slow.text());
            });
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    BufferedMessageConsumer consumer = new BufferedMessageConsumer(wire, handler);
    NotificationMessage slow = notification("scenecost/slow", new Slow("late"));
    Thread reportThread = new Thread(() -> consumer.consume(slow));
    reportThread.start();
    serializing.await();

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(5),
        () -> consumer.consume(publication(diagnostics().subList(0, 1), 2)),
        "the diagnostics waited for the other thread's message");
    String written;
    synchronized (wire) {
      written = wire.toString(StandardCharsets.UTF_8);
    }
    org.junit.jupiter.api.Assertions.assertTrue(
        written.contains("textDocument/publishDiagnostics") && !written.contains("late"), written);

    release.countDown();
    reportThread.join(10_000);
    org.junit.jupiter.api.Assertions.assertTrue(
        wire.toString(StandardCharsets.UTF_8).endsWith("\"late\"}"),
        wire.toString(StandardCharsets.UTF_8));
  }

  /** How a test writes a type of its own into a message. */
  private interface Writing<T> {
    void write(com.google.gson.stream.JsonWriter out, T value) throws java.io.IOException;
  }

  /** LSP4J's handler, writing {@code type} the test's way (never read back). */
  private static <T> MessageJsonHandler handlerWriting(Class<T> type, Writing<T> writing) {
    return new MessageJsonHandler(
        new HashMap<>(),
        gson ->
            gson.registerTypeAdapter(
                type,
                new com.google.gson.TypeAdapter<T>() {
                  @Override
                  public void write(com.google.gson.stream.JsonWriter out, T value)
                      throws java.io.IOException {
                    writing.write(out, value);
                  }

                  @Override
                  public T read(com.google.gson.stream.JsonReader in) {
                    throw new UnsupportedOperationException();
                  }
                }));
  }

  private static NotificationMessage notification(String method, Object params) {
    NotificationMessage message = new NotificationMessage();
    message.setJsonrpc("2.0");
    message.setMethod(method);
    message.setParams(params);
    return message;
  }
}
