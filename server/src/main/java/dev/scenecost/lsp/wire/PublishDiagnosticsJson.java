package dev.scenecost.lsp.wire;

import com.google.gson.stream.JsonWriter;
import dev.scenecost.budget.estimate.memo.SizedMemo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;

/**
 * Writes a {@code textDocument/publishDiagnostics} notification as the bytes LSP4J writes for it
 * ({@code PublishDiagnosticsJsonTest} compares them), straight into the output buffer: fixed
 * fragments, numbers, and each string's quoted and escaped UTF-8 remembered from earlier
 * publications. A 2.3 MB screenplay publishes about 12,000 diagnostics on every keystroke; through
 * Gson (reflection, a call per name and value, escaping char by char) that was 30-50 ms and a third
 * of an analysis. Notifications with anything the server does not set (a numeric code, tags, a code
 * description, data) are left to Gson.
 */
final class PublishDiagnosticsJson {
  private static final String METHOD = "textDocument/publishDiagnostics";

  /**
   * Strings as JSON, quoted and escaped exactly as Gson's writer does with LSP4J's settings
   * (HTML-safe), then UTF-8. From one keystroke to the next a screenplay's diagnostics are mostly
   * the same, their messages the very same strings. Big Fish's take 0.4 MB by this count, and so do
   * those of Big Fish sixteen times over (the same messages again), so 8 MB holds several open
   * screenplays and the versions an editing session leaves behind.
   */
  private static final SizedMemo<String, byte[]> QUOTED = new SizedMemo<>(8L << 20);

  private static final byte[] JSONRPC = bytes("{\"jsonrpc\":");
  private static final byte[] DIAGNOSTICS = bytes(",\"diagnostics\":[");
  private static final byte[] VERSION = bytes(",\"version\":");
  private static final byte[] END_OF_PARAMS = bytes("}}");
  private static final byte[] RANGE = bytes("{\"range\":");
  private static final byte[] SEVERITY = bytes(",\"severity\":");
  private static final byte[] CODE = bytes(",\"code\":");
  private static final byte[] SOURCE = bytes(",\"source\":");
  private static final byte[] MESSAGE = bytes(",\"message\":");
  private static final byte[] RELATED_INFORMATION = bytes(",\"relatedInformation\":[");
  private static final byte[] LOCATION_URI = bytes("{\"location\":{\"uri\":");
  private static final byte[] LOCATION_RANGE = bytes(",\"range\":");
  private static final byte[] RELATED_MESSAGE = bytes("},\"message\":");
  private static final byte[] START = bytes("{\"start\":");
  private static final byte[] END = bytes(",\"end\":");
  private static final byte[] LINE = bytes("{\"line\":");
  private static final byte[] CHARACTER = bytes(",\"character\":");
  private static final byte[] METHOD_AND_URI =
      bytes(",\"method\":\"" + METHOD + "\",\"params\":{\"uri\":");

  private PublishDiagnosticsJson() {}

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  /** Writes the message if it is a publication this can write; false, writing nothing, if not. */
  static boolean write(Message message, MessageBytes out) {
    if (!(message instanceof NotificationMessage notification)
        || !METHOD.equals(notification.getMethod())
        || notification.getJsonrpc() == null
        || !(notification.getParams() instanceof PublishDiagnosticsParams params)
        || params.getUri() == null
        || params.getDiagnostics() == null) {
      return false;
    }
    for (Diagnostic diagnostic : params.getDiagnostics()) {
      if (!plain(diagnostic)) {
        return false;
      }
    }
    out.write(JSONRPC);
    string(out, notification.getJsonrpc());
    out.write(METHOD_AND_URI);
    string(out, params.getUri());
    out.write(DIAGNOSTICS);
    List<Diagnostic> diagnostics = params.getDiagnostics();
    for (int i = 0; i < diagnostics.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      diagnostic(out, diagnostics.get(i));
    }
    out.write(']');
    if (params.getVersion() != null) {
      out.write(VERSION);
      out.writeNumber(params.getVersion());
    }
    out.write(END_OF_PARAMS);
    return true;
  }

  private static void diagnostic(MessageBytes out, Diagnostic diagnostic) {
    out.write(RANGE);
    range(out, diagnostic.getRange());
    if (diagnostic.getSeverity() != null) {
      out.write(SEVERITY);
      out.writeNumber(diagnostic.getSeverity().getValue());
    }
    if (diagnostic.getCode() != null) {
      out.write(CODE);
      string(out, diagnostic.getCode().getLeft());
    }
    if (diagnostic.getSource() != null) {
      out.write(SOURCE);
      string(out, diagnostic.getSource());
    }
    out.write(MESSAGE);
    string(out, diagnostic.getMessage());
    List<DiagnosticRelatedInformation> related = diagnostic.getRelatedInformation();
    if (related != null) {
      out.write(RELATED_INFORMATION);
      for (int i = 0; i < related.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        DiagnosticRelatedInformation information = related.get(i);
        out.write(LOCATION_URI);
        string(out, information.getLocation().getUri());
        out.write(LOCATION_RANGE);
        range(out, information.getLocation().getRange());
        out.write(RELATED_MESSAGE);
        string(out, information.getMessage());
        out.write('}');
      }
      out.write(']');
    }
    out.write('}');
  }

  /** Only what the server sets, all of it present where LSP requires it. */
  private static boolean plain(Diagnostic diagnostic) {
    if (diagnostic == null
        || !complete(diagnostic.getRange())
        || diagnostic.getMessage() == null
        || diagnostic.getTags() != null
        || diagnostic.getCodeDescription() != null
        || diagnostic.getData() != null
        || (diagnostic.getCode() != null
            && (!diagnostic.getCode().isLeft() || diagnostic.getCode().getLeft() == null))) {
      return false;
    }
    if (diagnostic.getRelatedInformation() != null) {
      for (DiagnosticRelatedInformation information : diagnostic.getRelatedInformation()) {
        if (information == null
            || information.getLocation() == null
            || information.getLocation().getUri() == null
            || !complete(information.getLocation().getRange())
            || information.getMessage() == null) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean complete(Range range) {
    return range != null && range.getStart() != null && range.getEnd() != null;
  }

  private static void range(MessageBytes out, Range range) {
    out.write(START);
    position(out, range.getStart());
    out.write(END);
    position(out, range.getEnd());
    out.write('}');
  }

  private static void position(MessageBytes out, Position position) {
    out.write(LINE);
    out.writeNumber(position.getLine());
    out.write(CHARACTER);
    out.writeNumber(position.getCharacter());
    out.write('}');
  }

  private static void string(MessageBytes out, String value) {
    byte[] quoted = QUOTED.get(value);
    if (quoted == null) {
      quoted = quote(value);
      QUOTED.put(value, quoted, 2L * value.length() + quoted.length + 64);
    }
    out.write(quoted);
  }

  /** Through Gson's own writer, so that the escaping is Gson's to the letter. */
  static byte[] quote(String value) {
    StringWriter json = new StringWriter(value.length() + 16);
    try (JsonWriter writer = new JsonWriter(json)) {
      writer.setHtmlSafe(true);
      writer.value(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
