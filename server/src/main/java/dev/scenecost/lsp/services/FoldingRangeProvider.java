package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.Section;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.TitleEntry;
import dev.scenecost.jfountain.node.Element;
import dev.scenecost.jfountain.node.Note;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/** Folds the title page, sections, scenes, boneyards and notes that span several lines. */
final class FoldingRangeProvider {

  List<FoldingRange> foldingRanges(Analysis analysis, CancelChecker cancel) {
    Screenplay screenplay = analysis.screenplay();
    List<FoldingRange> ranges = new ArrayList<>();
    List<TitleEntry> titlePage = screenplay.titlePage();
    if (!titlePage.isEmpty()) {
      add(
          ranges,
          titlePage.get(0).range().start().line(),
          titlePage.get(titlePage.size() - 1).range().end().line(),
          FoldingRangeKind.Region);
    }
    for (Section section : screenplay.sections()) {
      addSection(ranges, section);
    }
    for (Scene scene : screenplay.scenes()) {
      cancel.checkCanceled();
      add(ranges, scene.range(), FoldingRangeKind.Region);
    }
    for (Element element : screenplay.elements()) {
      if (element instanceof Note note) {
        add(ranges, note.range(), FoldingRangeKind.Comment);
      }
      for (Note note : element.notes()) {
        add(ranges, note.range(), FoldingRangeKind.Comment);
      }
    }
    for (SourceRange boneyard : screenplay.boneyards()) {
      add(ranges, boneyard, FoldingRangeKind.Comment);
    }
    return ranges;
  }

  private static void addSection(List<FoldingRange> ranges, Section section) {
    add(ranges, section.range(), FoldingRangeKind.Region);
    section.children().forEach(child -> addSection(ranges, child));
  }

  private static void add(List<FoldingRange> ranges, SourceRange range, String kind) {
    add(ranges, range.start().line(), range.end().line(), kind);
  }

  private static void add(List<FoldingRange> ranges, int startLine, int endLine, String kind) {
    if (endLine > startLine) {
      FoldingRange range = new FoldingRange(startLine, endLine);
      range.setKind(kind);
      ranges.add(range);
    }
  }
}
