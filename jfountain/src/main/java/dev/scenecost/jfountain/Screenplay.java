package dev.scenecost.jfountain;

import dev.scenecost.jfountain.node.Element;
import java.util.List;
import java.util.Optional;

/** The result of a parse: title page, body elements, scenes, outline and warnings. */
public final class Screenplay {
  private final List<TitleEntry> titlePage;
  private final List<Element> elements;
  private final List<Element> preamble;
  private final List<Scene> scenes;
  private final List<Section> sections;
  private final List<SourceRange> boneyards;
  private final List<ParseWarning> warnings;
  private final int lineCount;

  public Screenplay(
      List<TitleEntry> titlePage,
      List<Element> elements,
      List<Element> preamble,
      List<Scene> scenes,
      List<Section> sections,
      List<SourceRange> boneyards,
      List<ParseWarning> warnings,
      int lineCount) {
    this.titlePage = List.copyOf(titlePage);
    this.elements = List.copyOf(elements);
    this.preamble = List.copyOf(preamble);
    this.scenes = List.copyOf(scenes);
    this.sections = List.copyOf(sections);
    this.boneyards = List.copyOf(boneyards);
    this.warnings = List.copyOf(warnings);
    this.lineCount = lineCount;
  }

  public List<TitleEntry> titlePage() {
    return titlePage;
  }

  /** The first title-page entry whose key matches, ignoring case and surrounding spaces. */
  public Optional<TitleEntry> titleEntry(String key) {
    String wanted = key.trim();
    return titlePage.stream().filter(e -> e.key().trim().equalsIgnoreCase(wanted)).findFirst();
  }

  /** Every body element in source order (the title page is not part of the body). */
  public List<Element> elements() {
    return elements;
  }

  /** Body elements before the first scene heading, such as {@code FADE IN:}. */
  public List<Element> preamble() {
    return preamble;
  }

  public List<Scene> scenes() {
    return scenes;
  }

  /** Top-level sections of the outline; nested ones hang below them. */
  public List<Section> sections() {
    return sections;
  }

  /** The range of every boneyard ({@code /*} to {@code *}{@code /}), closed or not. */
  public List<SourceRange> boneyards() {
    return boneyards;
  }

  public List<ParseWarning> warnings() {
    return warnings;
  }

  /** Number of lines in the source (an empty source has one empty line). */
  public int lineCount() {
    return lineCount;
  }
}
