package dev.scenecost.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.TitleEntry;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.CharacterCue;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import dev.scenecost.jfountain.node.SceneHeading;
import dev.scenecost.jfountain.node.SectionHeading;
import dev.scenecost.jfountain.node.Transition;
import dev.scenecost.jfountain.node.Visitor;

/** The JSON shape of {@code scenecost parse}, documented in docs/parse-json.md. */
final class ParseJson {
  private ParseJson() {}

  static String toJson(Screenplay screenplay, boolean pretty) {
    GsonBuilder gson = new GsonBuilder().disableHtmlEscaping().serializeNulls();
    if (pretty) {
      gson.setPrettyPrinting();
    }
    return gson.create().toJson(toJsonObject(screenplay));
  }

  static JsonObject toJsonObject(Screenplay screenplay) {
    JsonObject root = new JsonObject();
    JsonArray titlePage = new JsonArray();
    for (TitleEntry entry : screenplay.titlePage()) {
      JsonObject json = new JsonObject();
      json.addProperty("key", entry.key());
      JsonArray values = new JsonArray();
      entry.values().forEach(values::add);
      json.add("values", values);
      json.add("range", range(entry.range()));
      titlePage.add(json);
    }
    root.add("titlePage", titlePage);
    JsonArray elements = new JsonArray();
    for (Element element : screenplay.elements()) {
      elements.add(element(element));
    }
    root.add("elements", elements);
    JsonArray warnings = new JsonArray();
    for (ParseWarning warning : screenplay.warnings()) {
      JsonObject json = new JsonObject();
      json.addProperty("code", warning.code());
      json.addProperty("message", warning.message());
      json.add("range", range(warning.range()));
      warnings.add(json);
    }
    root.add("warnings", warnings);
    return root;
  }

  private static JsonObject element(Element element) {
    JsonObject json = new JsonObject();
    json.addProperty("type", element.type().jsonName());
    json.addProperty("text", element.text());
    element.accept(new TypeSpecificFields(json));
    json.add("range", range(element.range()));
    if (!element.notes().isEmpty()) {
      JsonArray notes = new JsonArray();
      for (Note note : element.notes()) {
        JsonObject noteJson = new JsonObject();
        noteJson.addProperty("text", note.text());
        noteJson.add("range", range(note.range()));
        notes.add(noteJson);
      }
      json.add("notes", notes);
    }
    return json;
  }

  /** Adds the fields only some element types have, so each element's JSON stays small. */
  private static final class TypeSpecificFields implements Visitor {
    private final JsonObject json;

    TypeSpecificFields(JsonObject json) {
      this.json = json;
    }

    @Override
    public void visit(SceneHeading heading) {
      json.addProperty("sceneNumber", heading.sceneNumber());
      json.addProperty("location", heading.location());
      json.addProperty("timeOfDay", heading.timeOfDay());
      json.addProperty("forced", heading.forced());
    }

    @Override
    public void visit(CharacterCue cue) {
      json.addProperty("name", cue.name());
      json.addProperty("extension", cue.extension());
      if (cue.extensions().size() > 1) {
        JsonArray extensions = new JsonArray();
        cue.extensions().forEach(extensions::add);
        json.add("extensions", extensions);
      }
      json.addProperty("dual", cue.dual());
      json.addProperty("forced", cue.forced());
    }

    @Override
    public void visit(Action action) {
      json.addProperty("forced", action.forced());
    }

    @Override
    public void visit(Transition transition) {
      json.addProperty("forced", transition.forced());
    }

    @Override
    public void visit(SectionHeading section) {
      json.addProperty("depth", section.depth());
    }
  }

  static JsonObject range(SourceRange range) {
    JsonObject json = new JsonObject();
    json.add("start", position(range.start().line(), range.start().character()));
    json.add("end", position(range.end().line(), range.end().character()));
    return json;
  }

  private static JsonObject position(int line, int character) {
    JsonObject json = new JsonObject();
    json.addProperty("line", line);
    json.addProperty("character", character);
    return json;
  }
}
