package dev.scenecost.jfountain.internal;

import dev.scenecost.jfountain.ParseWarning;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.Section;
import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.TitleEntry;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.SceneHeading;
import dev.scenecost.jfountain.node.SectionHeading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Groups the body into scenes (a heading and everything up to the next heading) and the scenes into
 * the section outline. A section holds the scenes that start after it and before the next section
 * of the same or a shallower depth.
 */
final class OutlineBuilder {
  private final List<Scene> scenes = new ArrayList<>();
  private final List<Section> topSections = new ArrayList<>();
  private final Deque<Section> openSections = new ArrayDeque<>();
  private SceneHeading heading;
  private Section headingSection;
  private final List<Element> body = new ArrayList<>();

  private OutlineBuilder() {}

  static Screenplay build(
      List<TitleEntry> titlePage,
      List<Element> elements,
      List<SourceRange> boneyards,
      List<ParseWarning> warnings,
      int lineCount) {
    OutlineBuilder builder = new OutlineBuilder();
    List<Element> preamble = new ArrayList<>();
    for (Element element : elements) {
      if (element instanceof SceneHeading sceneHeading) {
        builder.closeScene();
        builder.heading = sceneHeading;
        builder.headingSection = builder.openSections.peek();
      } else if (builder.heading == null) {
        preamble.add(element);
      } else {
        builder.body.add(element);
      }
      if (element instanceof SectionHeading sectionHeading) {
        builder.openSection(sectionHeading);
      }
    }
    builder.closeScene();
    return new Screenplay(
        titlePage,
        elements,
        preamble,
        builder.scenes,
        builder.topSections,
        boneyards,
        warnings,
        lineCount);
  }

  private void openSection(SectionHeading sectionHeading) {
    while (!openSections.isEmpty() && openSections.peek().depth() >= sectionHeading.depth()) {
      openSections.pop();
    }
    Section parent = openSections.peek();
    Section section = new Section(sectionHeading, parent);
    if (parent == null) {
      topSections.add(section);
    } else {
      parent.addChild(section);
      extendAncestors(parent, section.range());
    }
    openSections.push(section);
  }

  private void closeScene() {
    if (heading == null) {
      return;
    }
    SourcePosition end = heading.range().end();
    for (Element element : body) {
      if (element.range().end().compareTo(end) > 0) {
        end = element.range().end();
      }
    }
    SourceRange range = new SourceRange(heading.range().start(), end);
    Scene scene = new Scene(scenes.size(), heading, body, headingSection, range);
    scenes.add(scene);
    if (headingSection != null) {
      headingSection.addScene(scene);
      extendAncestors(headingSection, range);
    }
    heading = null;
    body.clear();
  }

  private static void extendAncestors(Section section, SourceRange range) {
    for (Section s = section; s != null; s = s.parent()) {
      s.extendTo(range.end());
    }
  }
}
