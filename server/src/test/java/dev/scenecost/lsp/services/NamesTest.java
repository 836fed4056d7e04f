package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.analyze;
import static dev.scenecost.lsp.services.Fixture.cursor;
import static dev.scenecost.lsp.services.Fixture.p;
import static dev.scenecost.lsp.services.Fixture.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

/** Rename, references and definition of characters and locations. */
class NamesTest {
  private final RenameProvider rename = new RenameProvider();
  private final ReferencesProvider references = new ReferencesProvider();

  @Test
  void renameChangesEveryCueAndMentionKeepingExtensions() {
    Fixture.Cursor c =
        cursor("INT. HOUSE - DAY\n\nBOB enters. Bob sits. BOBBY waves.\n\nB|OB (V.O.)\nHi.\n");
    Analysis analysis = analyze(c.text());
    WorkspaceEdit edit = rename.rename(analysis, c.position(), "Robert");
    List<TextEdit> edits = edit.getDocumentChanges().get(0).getLeft().getEdits();
    // line 2: "BOB" 0-3 (capitals), "Bob" 12-15 (capitalised); BOBBY is another word.
    // line 4: the cue's name 0-3; " (V.O.)" stays.
    assertEquals(
        List.of(
            Fixture.te(r(2, 0, 2, 3), "ROBERT"),
            Fixture.te(r(2, 12, 2, 15), "Robert"),
            Fixture.te(r(4, 0, 4, 3), "ROBERT")),
        edits);
    assertEquals(
        "INT. HOUSE - DAY\n\nROBERT enters. Robert sits. BOBBY waves.\n\nROBERT (V.O.)\nHi.\n",
        Fixture.apply(c.text(), edits));
    assertEquals(1, edit.getDocumentChanges().get(0).getLeft().getTextDocument().getVersion());
  }

  @Test
  void renameWorksFromAMentionInAction() {
    Fixture.Cursor c = cursor("INT. HOUSE - DAY\n\nBOB enters. Bo|b sits.\n\nBOB\nHi.\n");
    Analysis analysis = analyze(c.text());
    assertEquals(
        r(2, 12, 2, 15), rename.prepareRename(analysis, c.position()).orElseThrow().getRange());
    assertEquals(
        3,
        rename
            .rename(analysis, c.position(), "Al")
            .getDocumentChanges()
            .get(0)
            .getLeft()
            .getEdits()
            .size());
  }

  @Test
  void renameOutsideANameIsRefusedWithAReason() {
    Fixture.Cursor c = cursor("INT. HOUSE - DAY\n\nThe ro|om is dark.\n\nBOB\nHi.\n");
    Analysis analysis = analyze(c.text());
    assertTrue(rename.prepareRename(analysis, c.position()).isEmpty());
    assertThrows(ResponseErrorException.class, () -> rename.rename(analysis, c.position(), "X"));
  }

  @Test
  void referencesOfACharacterAreTheScenesItAppearsIn() {
    Analysis analysis = analyze(Screenplays.TWO_ACTS);
    // SANDRA's cue on line 12: she speaks in the first kitchen scene and in the last one.
    List<Location> found = references.references(analysis, p(12, 2));
    assertEquals(
        List.of(r(5, 0, 5, 35), r(27, 0, 27, 18)), found.stream().map(Location::getRange).toList());
    // EDWARD: kitchen (cue and capitals in action) and river ("Edward walks", and his cue).
    assertEquals(
        List.of(r(5, 0, 5, 35), r(15, 0, 15, 20)),
        references.references(analysis, p(17, 3)).stream().map(Location::getRange).toList());
  }

  @Test
  void definitionOfACharacterIsTheSceneOfFirstAppearance() {
    Analysis analysis = analyze(Screenplays.TWO_ACTS);
    assertEquals(
        List.of(r(5, 0, 5, 35)),
        references.definition(analysis, p(29, 1)).stream().map(Location::getRange).toList());
  }

  @Test
  void referencesOfALocationAreTheScenesSetThere() {
    Analysis analysis = analyze(Screenplays.TWO_ACTS);
    // The cursor on "KITCHEN" in the heading of line 27.
    assertEquals(
        List.of(r(5, 0, 5, 35), r(27, 0, 27, 18)),
        references.references(analysis, p(27, 8)).stream().map(Location::getRange).toList());
  }

  @Test
  void nothingUnderTheCursorGivesNoReferences() {
    Analysis analysis = analyze(Screenplays.TWO_ACTS);
    assertEquals(List.of(), references.references(analysis, p(19, 2)));
    assertEquals(List.of(), references.references(analysis, p(400, 0)));
  }
}
