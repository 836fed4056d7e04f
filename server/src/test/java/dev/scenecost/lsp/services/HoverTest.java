package dev.scenecost.lsp.services;

import static dev.scenecost.lsp.services.Fixture.NEVER_CANCELLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.lsp.document.TextDocument;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hovers on a heading, a cue and a tier note, on the hand-priced test project. */
class HoverTest {
  @TempDir Path folder;

  private final ScenecostLanguageService service = Fixture.service();

  private Optional<Hover> hover(String textWithCursor) {
    Fixture.Cursor c = Fixture.cursor(textWithCursor);
    String uri = TestProject.create(folder, TestProject.CONFIG);
    Analysis analysis = service.analyze(new TextDocument(uri, 1, c.text()));
    return service.hover(analysis, c.position(), NEVER_CANCELLED);
  }

  private String markdown(String textWithCursor) {
    return hover(textWithCursor).orElseThrow().getContents().getRight().getValue();
  }

  @Test
  void aSceneHeadingShowsItsBreakdown() {
    String md = markdown(TestProject.FILM.replace("INT. ATTIC", "INT. AT|TIC"));
    assertTrue(md.startsWith("**Scene 1 · INT\\. ATTIC \\- DAY**"), md);
    // 1/8 page = 7.5 s; one action beat, no dialogue; 7.5 s at one generation per second is one
    // clip (hero clips run up to 8 s).
    assertTrue(md.contains("| Screen time | 8s · 1/8 pages |"), md);
    assertTrue(
        md.contains("| Chunks | 1 action beat, 0 dialogue exchanges → 1 clip, 8s generated |"), md);
    assertTrue(md.contains("| Location | ATTIC (new plate) |"), md);
    assertTrue(md.contains("| Effects | none |"), md);
    // Only video costs money: 7.5 s x $2.
    assertTrue(md.matches("(?s).*\\| Video \\| \\d+k \\| \\$15\\.00 \\|.*"), md);
    // Parts that cost nothing and use no tokens (voice here) are left out; prompts always shown.
    assertFalse(md.contains("| Voice |"), md);
    assertTrue(md.matches("(?s).*\\| Prompts \\| \\d+ \\| \\$0\\.00 \\|.*"), md);
    assertTrue(
        md.matches(
            "(?s).*\\| \\*\\*Total\\*\\* \\| \\*\\*\\d+k\\*\\* \\| \\*\\*\\$15\\.00\\*\\* \\|.*"),
        md);
    assertTrue(
        md.contains(
            "Tier **hero** (from the scene's tier note): video video-2 (1920×1080, 24 fps)"),
        md);
    assertTrue(md.contains("**Over** its own budget of $10.00 by $5.00."), md);
  }

  @Test
  void aReusedLocationSaysSo() {
    String text = TestProject.FILM + "\nINT. ATTIC - NIGHT\n\nDust settles.\n";
    String md = markdown(text.replace("INT. ATTIC - NIGHT", "INT. ATTIC - NI|GHT"));
    assertTrue(md.contains("| Location | ATTIC (plate reused from cache) |"), md);
    assertTrue(md.contains("(the film's default)"), md);
  }

  @Test
  void aCharacterCueShowsAppearancesAndDialogueShare() {
    String text =
        """
        INT. ATTIC - DAY

        AN|NA
        Hello there.

        EXT. FIELD - DAY

        ANNA
        Bye.

        BEN
        Go.
        """;
    String md = markdown(text);
    assertTrue(md.startsWith("**ANNA**"), md);
    assertTrue(md.contains("Appears in 2 scenes (speaks in 2, on screen in 2)"), md);
    // "Hello there." 12 + "Bye." 4 = 16 characters; BEN's "Go." 3; 16 / 19 = 84%.
    assertTrue(md.contains("Dialogue share 84% (16 characters of speech)"), md);
    assertTrue(
        md.contains(
            "Character sheet $0.00, made in scene 1 (INT\\. ATTIC \\- DAY), reused from cache in 1 scene"),
        md);
    assertTrue(md.contains("Generated at standard"), md);
  }

  @Test
  void aTierNoteSaysWhatTheTierIs() {
    String md = markdown(TestProject.FILM.replace("[[tier: hero]]", "[[tier: he|ro]]"));
    assertTrue(md.startsWith("**Tier hero** — Premium photoreal: Veo 3\\.1 at 1080p"), md);
    assertTrue(
        md.contains(
            "| Video | video-2, 1920×1080 at 24 fps, clips up to 8 s | US$2.00 per second |"),
        md);
    String unknown = markdown(TestProject.FILM.replace("[[tier: hero]]", "[[tier: go|ld]]"));
    assertTrue(
        unknown.startsWith(
            "**Unknown tier \"gold\".** This project's tiers are hero, standard, background, previz"),
        unknown);
  }

  @Test
  void aLockedTierNoteSaysWhatTheTierIsAndThatFitKeepsIt() {
    String md = markdown(TestProject.FILM.replace("[[tier: hero]]", "[[tier: he|ro, locked]]"));
    assertTrue(md.startsWith("**Tier hero** — Premium photoreal"), md);
    assertTrue(
        md.endsWith(
            "Locked: `scenecost fit` and \"Fit the film to its budget\" keep this scene at this"
                + " tier."),
        md);
  }

  @Test
  void actionAndPositionsPastTheEndHaveNoHover() {
    assertEquals(Optional.empty(), hover(TestProject.FILM.replace("Dust falls.", "Dust fa|lls.")));
    Fixture.Cursor c = Fixture.cursor("INT. ATTIC - DAY|\n");
    Analysis analysis = service.analyze(new TextDocument(Fixture.URI, 1, c.text()));
    assertEquals(Optional.empty(), service.hover(analysis, Fixture.p(40, 3), NEVER_CANCELLED));
    assertEquals(Optional.empty(), service.hover(analysis, Fixture.p(0, 300), NEVER_CANCELLED));
  }
}
