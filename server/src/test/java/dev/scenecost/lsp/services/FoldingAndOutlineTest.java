package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static dev.scenecost.lsp.services.Fixture.analyze;
import static dev.scenecost.lsp.services.Fixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.Test;

class FoldingAndOutlineTest {

  @Test
  void foldsTitlePageSectionsScenesAndBoneyard() {
    List<FoldingRange> ranges =
        new FoldingRangeProvider().foldingRanges(analyze(Screenplays.TWO_ACTS), NEVER_CANCELLED);
    List<String> folds =
        ranges.stream()
            .map(f -> f.getStartLine() + "-" + f.getEndLine() + " " + f.getKind())
            .toList();
    // Title page 0-1; ACT ONE from line 3 up to ACT TWO's line 25 (sections inside a scene stay
    // in it), ACT TWO 25-30; scenes 5-13, 15-25, 27-30; the boneyard 23-24.
    assertEquals(
        List.of(
            "0-1 region",
            "3-25 region",
            "25-30 region",
            "5-13 region",
            "15-25 region",
            "27-30 region",
            "23-24 comment"),
        folds);
  }

  @Test
  void aSingleLineNoteDoesNotFoldButAMultiLineNoteDoes() {
    String text = "INT. HOUSE - DAY\n\n[[A note\nover two lines]]\n\nBob sits.\n";
    List<FoldingRange> ranges =
        new FoldingRangeProvider().foldingRanges(analyze(text), NEVER_CANCELLED);
    // the scene spans lines 0-5, the note 2-3
    assertEquals(
        List.of("0-5 region", "2-3 comment"),
        ranges.stream()
            .map(f -> f.getStartLine() + "-" + f.getEndLine() + " " + f.getKind())
            .toList());
  }

  @Test
  void outlineNestsScenesUnderTheirSections() {
    List<DocumentSymbol> symbols =
        new DocumentSymbolProvider()
            .documentSymbols(analyze(Screenplays.TWO_ACTS), NEVER_CANCELLED);
    assertEquals(
        List.of("ACT ONE", "ACT TWO"), symbols.stream().map(DocumentSymbol::getName).toList());
    DocumentSymbol actOne = symbols.get(0);
    assertEquals(SymbolKind.Namespace, actOne.getKind());
    assertEquals(r(3, 0, 25, 9), actOne.getRange());
    assertEquals(
        List.of("INT. KITCHEN - NIGHT", "EXT. RIVER - DAY"),
        actOne.getChildren().stream().map(DocumentSymbol::getName).toList());
    DocumentSymbol kitchen = actOne.getChildren().get(0);
    assertEquals(SymbolKind.Event, kitchen.getKind());
    assertEquals(r(5, 0, 13, 9), kitchen.getRange());
    assertEquals(r(5, 0, 5, 35), kitchen.getSelectionRange());
    assertEquals(
        List.of("INT. KITCHEN - DAY"),
        symbols.get(1).getChildren().stream().map(DocumentSymbol::getName).toList());
  }

  @Test
  void scenesBeforeTheFirstSectionSitAtTheTop() {
    String text = "INT. HOUSE - DAY\n\nBob sits.\n\n# LATER\n\nEXT. ROAD - NIGHT\n\nBob runs.\n";
    List<DocumentSymbol> symbols =
        new DocumentSymbolProvider().documentSymbols(analyze(text), NEVER_CANCELLED);
    assertEquals(
        List.of("INT. HOUSE - DAY", "LATER"),
        symbols.stream().map(DocumentSymbol::getName).toList());
  }
}
