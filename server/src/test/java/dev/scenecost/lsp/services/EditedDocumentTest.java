package dev.scenecost.lsp.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.lsp.document.TextDocument;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The service parses only the scenes an edit touched (the document's last parse is kept): whatever
 * the writer types, every face must read what a first analysis of the same text reads.
 */
class EditedDocumentTest {
  private static final String[] KEYS = {
    "a",
    "e",
    " ",
    "\n",
    "\n\n",
    "INT. GARAGE - NIGHT\n\n",
    "MARA\n",
    "(beat)\n",
    "EXT/INT. CAR",
    "[[",
    "]]",
    "/*",
    "*/",
    "\u0000",
    "CUT TO:",
    "Budget: $10\n"
  };

  @Test
  void typingAnywhereReadsTheSameAsAFreshAnalysisOfTheText() {
    ScenecostLanguageService typing = Fixture.service();
    ScenecostLanguageService fresh = Fixture.service();
    String text = Screenplays.TWO_ACTS;
    TextDocument document = new TextDocument(Fixture.URI, 1, text);
    typing.analyze(document);
    Random random = new Random(11);
    for (int version = 2; version < 160; version++) {
      int at = random.nextInt(text.length() + 1);
      int end = random.nextInt(5) == 0 ? Math.min(text.length(), at + random.nextInt(40)) : at;
      String key = random.nextInt(3) == 0 ? KEYS[random.nextInt(KEYS.length)] : "x";
      int startLine = document.lines().lineOf(at);
      int endLine = document.lines().lineOf(end);
      document =
          document.edit(
              startLine,
              document.lines().characterOf(at),
              endLine,
              document.lines().characterOf(end),
              key,
              version);
      text = text.substring(0, at) + key + text.substring(end);
      assertEquals(text, document.text());
      Analysis edited = typing.analyze(document);
      fresh.forget(Fixture.URI); // no earlier parse to start from
      Analysis whole = fresh.analyze(new TextDocument(Fixture.URI, version, text));
      String where = "after typing " + key + " at " + at + ":\n" + text;
      assertEquals(fresh.diagnostics(whole), typing.diagnostics(edited), where);
      assertEquals(
          fresh.codeLenses(whole, Fixture.NEVER_CANCELLED),
          typing.codeLenses(edited, Fixture.NEVER_CANCELLED),
          where);
      assertEquals(fresh.report(whole), typing.report(edited), where);
    }
  }
}
