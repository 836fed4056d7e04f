package dev.scenecost.lsp.wire;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Writes each outgoing message as LSP4J's {@code StreamMessageConsumer} does (a {@code
 * Content-Length} header, then the JSON in UTF-8) but serializes straight into a UTF-8 buffer kept
 * from message to message (one per thread), and holds its lock only to write the bytes. LSP4J's
 * builds a String, copies it to bytes and drops both: for the diagnostics of a 2.3 MB screenplay
 * (4.4 MB of JSON) that was 33 MB of garbage per publication. Diagnostics are written without Gson
 * ({@link PublishDiagnosticsJson}), every other message through LSP4J's Gson as before.
 */
public final class BufferedMessageConsumer implements MessageConsumer {
  /**
   * A buffer grown past this for one huge message is let go afterwards, not kept for good. Every
   * thread that writes keeps its own, so the bound is per thread: 8 MB holds the 4.4 MB of a 2.3 MB
   * screenplay's diagnostics.
   */
  private static final int KEPT_CAPACITY = 8 << 20;

  private final OutputStream output;
  private final MessageJsonHandler json;

  /** Held only to write a message's bytes, never to serialize one. */
  private final Object writing = new Object();

  /**
   * Each thread serializes into a buffer of its own, outside the lock, so that the diagnostics of a
   * keystroke never wait while another thread turns a whole budget report into JSON (tens of ms for
   * a feature: the VS Code client asks for one after every analysis).
   */
  private final ThreadLocal<Serializer> serializers;

  public BufferedMessageConsumer(OutputStream output, MessageJsonHandler json) {
    this.output = output;
    this.json = json;
    this.serializers = ThreadLocal.withInitial(Serializer::new);
  }

  @Override
  public void consume(Message message) {
    Serializer serializer = serializers.get();
    MessageBytes bytes = serializer.serialize(message, json);
    try {
      byte[] header =
          ("Content-Length: " + bytes.size() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      synchronized (writing) {
        output.write(header);
        bytes.writeTo(output);
        output.flush();
      }
    } catch (IOException e) {
      throw new JsonRpcException(e);
    } finally {
      serializer.release();
    }
  }

  /** One thread's buffer and the UTF-8 writer over it, kept from message to message. */
  private static final class Serializer {
    private MessageBytes buffer = new MessageBytes(64 << 10);
    private Writer writer = writerTo(buffer);

    MessageBytes serialize(Message message, MessageJsonHandler json) {
      buffer.reset();
      try {
        if (!PublishDiagnosticsJson.write(message, buffer)) {
          json.serialize(message, writer);
          writer.flush();
        }
        return buffer;
      } catch (RuntimeException | IOException e) {
        // The writer may hold half an encoded message: start the next one afresh.
        renew();
        if (e instanceof IOException io) {
          throw new JsonRpcException(io);
        }
        throw (RuntimeException) e;
      }
    }

    /** After a message is written: a buffer grown huge for it is not kept. */
    void release() {
      if (buffer.capacity() > KEPT_CAPACITY) {
        renew();
      }
    }

    private void renew() {
      buffer = new MessageBytes(64 << 10);
      writer = writerTo(buffer);
    }

    /**
     * Buffered in front of the encoder, which otherwise wraps every small write of Gson's (a quote,
     * a colon, a name) in a new CharBuffer: 9 MB of them per 4 MB publication.
     */
    private static Writer writerTo(MessageBytes buffer) {
      return new BufferedWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), 8192);
    }
  }
}
