package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static dev.scenecost.lsp.services.Fixture.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class SemanticTokensTest {
  private static final int SCENE_HEADING = 0;
  private static final int ACTION = 1;
  private static final int CHARACTER = 2;
  private static final int DIALOGUE = 3;
  private static final int NOTE = 10;
  private static final int BONEYARD = 12;
  private static final int TITLE_KEY = 13;
  private static final int TITLE_VALUE = 14;
  private static final int BUDGET_MODIFIER = 2;

  @Test
  void legendHasOneTypePerElementType() {
    assertEquals(
        List.of(
            "sceneHeading",
            "action",
            "character",
            "dialogue",
            "parenthetical",
            "transition",
            "centered",
            "lyrics",
            "section",
            "synopsis",
            "note",
            "pageBreak",
            "boneyard",
            "titleKey",
            "titleValue"),
        SemanticTokensProvider.legend().getTokenTypes());
  }

  @Test
  void capitalsFollowedByABlankLineAreActionNotACharacter() {
    String text = "INT. HOUSE - DAY\n\nBOB\nHi.\n\nTHE END\n";
    SemanticTokens tokens = new SemanticTokensProvider().full(analyze(text), NEVER_CANCELLED);
    // (deltaLine, deltaStart, length, type, modifiers):
    // heading line 0 cols 0-16; BOB line 2 (delta 2) 0-3; "Hi." line 3; "THE END" line 5 (delta 2)
    // is action.
    assertEquals(
        List.of(
            0,
            0,
            16,
            SCENE_HEADING,
            0,
            2,
            0,
            3,
            CHARACTER,
            0,
            1,
            0,
            3,
            DIALOGUE,
            0,
            2,
            0,
            7,
            ACTION,
            0),
        tokens.getData());
  }

  @Test
  void inlineNotesSplitTheirElementAndBudgetNotesAreMarked() {
    String text = "INT. HOUSE - DAY [[tier: hero]]\n\nBob sits.\n";
    List<Integer> data =
        new SemanticTokensProvider().full(analyze(text), NEVER_CANCELLED).getData();
    // heading 0-17 ("INT. HOUSE - DAY " incl. the space), note 17-31 with the budget modifier,
    // then the action on line 2.
    assertEquals(
        List.of(0, 0, 17, SCENE_HEADING, 0, 0, 17, 14, NOTE, BUDGET_MODIFIER, 2, 0, 9, ACTION, 0),
        data);
  }

  @Test
  void titlePageKeysAndValuesAndTheBoneyardHaveTheirOwnColours() {
    String text = "Title: Fish\n\nINT. HOUSE - DAY\n\n/* gone */\n";
    List<Integer> data =
        new SemanticTokensProvider().full(analyze(text), NEVER_CANCELLED).getData();
    // "Title:" 0-6 key, " Fish" 6-11 value; heading on line 2; boneyard line 4 cols 0-10.
    assertEquals(
        List.of(
            0,
            0,
            6,
            TITLE_KEY,
            0,
            0,
            6,
            5,
            TITLE_VALUE,
            0,
            2,
            0,
            16,
            SCENE_HEADING,
            0,
            2,
            0,
            10,
            BONEYARD,
            0),
        data);
  }

  @Test
  void deltaSendsOnlyWhatChanged() {
    SemanticTokensProvider provider = new SemanticTokensProvider();
    SemanticTokens first =
        provider.full(analyze("INT. HOUSE - DAY\n\nBob sits.\n"), NEVER_CANCELLED);
    Either<SemanticTokens, SemanticTokensDelta> second =
        provider.delta(
            analyze("INT. HOUSE - DAY\n\nBob sits down.\n"), first.getResultId(), NEVER_CANCELLED);
    assertTrue(second.isRight());
    // Only the action's length changes: 9 -> 14, the 8th integer (index 7).
    SemanticTokensEdit edit = second.getRight().getEdits().get(0);
    assertEquals(new SemanticTokensEdit(7, 1, List.of(14)), edit);
  }

  @Test
  void anUnknownPreviousResultGetsTheFullTokens() {
    SemanticTokensProvider provider = new SemanticTokensProvider();
    var result = provider.delta(analyze("INT. HOUSE - DAY\n"), "no-such-id", NEVER_CANCELLED);
    assertEquals(List.of(0, 0, 16, SCENE_HEADING, 0), result.getLeft().getData());
  }
}
