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

  /**
   * A parsed screenplay, for the parser; callers get one from {@link FountainParser}.
   *
   * @param titlePage the title page entries, in order
   * @param elements every body element in source order
   * @param preamble the body elements before the first scene heading
   * @param scenes the scenes in order
   * @param sections the top-level sections of the outline
   * @param boneyards the range of every boneyard
   * @param warnings what the writer probably did not mean
   * @param lineCount the number of lines in the source
   */
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

  /** {@return the title page's entries in order, empty when there is no title page} */
  public List<TitleEntry> titlePage() {
    return titlePage;
  }

  /**
   * The first title-page entry whose key matches, ignoring case and surrounding spaces.
   *
   * @param key a title page key such as {@code Title} or {@code Budget}
   * @return the entry, or empty when the title page has none
   */
  public Optional<TitleEntry> titleEntry(String key) {
    String wanted = key.trim();
    return titlePage.stream().filter(e -> e.key().trim().equalsIgnoreCase(wanted)).findFirst();
  }

  /** {@return every body element in source order (the title page is not part of the body)} */
  public List<Element> elements() {
    return elements;
  }

  /** {@return body elements before the first scene heading, such as {@code FADE IN:}} */
  public List<Element> preamble() {
    return preamble;
  }

  /** {@return the scenes in order, each from its heading to the next} */
  public List<Scene> scenes() {
    return scenes;
  }

  /** {@return top-level sections of the outline; nested ones hang below them} */
  public List<Section> sections() {
    return sections;
  }

  /** {@return the range of every boneyard ({@code /*} to {@code *}{@code /}), closed or not} */
  public List<SourceRange> boneyards() {
    return boneyards;
  }

  /** {@return what the writer probably did not mean, in source order} */
  public List<ParseWarning> warnings() {
    return warnings;
  }

  /** {@return number of lines in the source (an empty source has one empty line)} */
  public int lineCount() {
    return lineCount;
  }
}
