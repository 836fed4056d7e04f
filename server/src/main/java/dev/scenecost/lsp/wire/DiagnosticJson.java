package dev.scenecost.lsp.wire;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Writes a {@link Diagnostic} field by field instead of through Gson's reflection, the same JSON
 * (what {@code DiagnosticJsonTest} checks against LSP4J's own). A 2.3 MB screenplay publishes about
 * 12,000 diagnostics on every keystroke, and writing them was a third of an analysis's time. A
 * diagnostic with a field the server never sets (a numeric code, tags, a code description, data)
 * and every diagnostic read from the editor go through LSP4J's adapter.
 */
public final class DiagnosticJson implements TypeAdapterFactory {
  @Override
  @SuppressWarnings("unchecked")
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (type.getRawType() != Diagnostic.class) {
      return null;
    }
    TypeAdapter<Diagnostic> lsp4j = gson.getDelegateAdapter(this, TypeToken.get(Diagnostic.class));
    return (TypeAdapter<T>) new Adapter(lsp4j);
  }

  private static final class Adapter extends TypeAdapter<Diagnostic> {
    private final TypeAdapter<Diagnostic> lsp4j;

    Adapter(TypeAdapter<Diagnostic> lsp4j) {
      this.lsp4j = lsp4j;
    }

    @Override
    public void write(JsonWriter out, Diagnostic diagnostic) throws IOException {
      if (diagnostic == null || !plain(diagnostic)) {
        lsp4j.write(out, diagnostic);
        return;
      }
      out.beginObject();
      out.name("range");
      range(out, diagnostic.getRange());
      if (diagnostic.getSeverity() != null) {
        out.name("severity").value(diagnostic.getSeverity().getValue());
      }
      if (diagnostic.getCode() != null) {
        out.name("code").value(diagnostic.getCode().getLeft());
      }
      if (diagnostic.getSource() != null) {
        out.name("source").value(diagnostic.getSource());
      }
      out.name("message").value(diagnostic.getMessage());
      List<DiagnosticRelatedInformation> related = diagnostic.getRelatedInformation();
      if (related != null) {
        out.name("relatedInformation").beginArray();
        for (DiagnosticRelatedInformation information : related) {
          out.beginObject();
          out.name("location").beginObject();
          out.name("uri").value(information.getLocation().getUri());
          out.name("range");
          range(out, information.getLocation().getRange());
          out.endObject();
          out.name("message").value(information.getMessage());
          out.endObject();
        }
        out.endArray();
      }
      out.endObject();
    }

    /** Only what the server sets, all of it present where LSP requires it. */
    private static boolean plain(Diagnostic diagnostic) {
      if (!complete(diagnostic.getRange())
          || diagnostic.getMessage() == null
          || diagnostic.getTags() != null
          || diagnostic.getCodeDescription() != null
          || diagnostic.getData() != null
          || (diagnostic.getCode() != null && !diagnostic.getCode().isLeft())) {
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

    private static void range(JsonWriter out, Range range) throws IOException {
      out.beginObject();
      out.name("start");
      position(out, range.getStart());
      out.name("end");
      position(out, range.getEnd());
      out.endObject();
    }

    private static void position(JsonWriter out, Position position) throws IOException {
      out.beginObject();
      out.name("line").value(position.getLine());
      out.name("character").value(position.getCharacter());
      out.endObject();
    }

    @Override
    public Diagnostic read(JsonReader in) throws IOException {
      return lsp4j.read(in);
    }
  }
}
