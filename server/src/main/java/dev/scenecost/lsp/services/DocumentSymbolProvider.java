package dev.scenecost.lsp.services;

import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/** The outline: sections holding their scenes and nested sections, each scene with its cost. */
final class DocumentSymbolProvider {

  List<DocumentSymbol> documentSymbols(Analysis analysis, CancelChecker cancel) {
    List<DocumentSymbol> top = new ArrayList<>();
    for (Scene scene : analysis.screenplay().scenes()) {
      if (scene.section() == null) {
        top.add(scene(analysis, scene));
      }
    }
    for (Section section : analysis.screenplay().sections()) {
      cancel.checkCanceled();
      top.add(section(analysis, section));
    }
    top.sort(Comparator.comparingInt((DocumentSymbol s) -> s.getRange().getStart().getLine()));
    return top;
  }

  private DocumentSymbol section(Analysis analysis, Section section) {
    List<DocumentSymbol> children = new ArrayList<>();
    section.scenes().forEach(scene -> children.add(scene(analysis, scene)));
    section.children().forEach(child -> children.add(section(analysis, child)));
    children.sort(Comparator.comparingInt((DocumentSymbol s) -> s.getRange().getStart().getLine()));
    String name = section.title().isBlank() ? "(untitled section)" : section.title().trim();
    DocumentSymbol symbol =
        new DocumentSymbol(
            name,
            SymbolKind.Namespace,
            Ranges.toLsp(section.range()),
            Ranges.toLsp(section.heading().range()));
    symbol.setChildren(children);
    return symbol;
  }

  private DocumentSymbol scene(Analysis analysis, Scene scene) {
    String name =
        scene.heading().text().isBlank()
            ? "(scene " + (scene.index() + 1) + ")"
            : scene.heading().text().trim();
    DocumentSymbol symbol =
        new DocumentSymbol(
            name,
            SymbolKind.Event,
            Ranges.toLsp(scene.range()),
            Ranges.toLsp(scene.heading().range()));
    analysis
        .report()
        .flatMap(report -> report.scene(scene.index()))
        .ifPresent(figures -> symbol.setDetail(figures.outline()));
    return symbol;
  }
}
