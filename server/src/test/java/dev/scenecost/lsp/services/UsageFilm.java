package dev.scenecost.lsp.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A numbered three-scene film on the hand-priced {@link TestProject} (only video costs money; each
 * scene of at most 6 lines is 7.5 s: $15.00 at hero, $7.50 at standard; no contingency), with a
 * usage ledger written beside it.
 *
 * <p>Estimate: scene 1 (hero, marked done) $15.00, scenes 2 and 3 (standard) $7.50 each; film
 * $30.00 against a $35 budget, so the engine finds it fits.
 */
final class UsageFilm {
  /** Lines: 0-1 title page, 3 scene 1, 5 action, 7 scene 2, 9 action, 11 scene 3, 13 action. */
  static final String FILM =
      """
      Title: Usage Film
      Budget: $35

      INT. ATTIC - DAY [[tier: hero; status: done]] #1#

      Dust falls.

      EXT. FIELD - DAY #2#

      The grass is still.

      EXT. ORCHARD - DAY #3#

      Leaves hang still.
      """;

  /** The same film with nothing marked done, so nothing is calibrated. */
  static final String FILM_IN_PROGRESS = FILM.replace("; status: done", "");

  static final String HEADER = "date,scene,modality,model,units,unit kind,cost,note,import id\n";

  /**
   * Scene 1, finished, really cost $21.00 of video against its $15.00 estimate: video factor 21 /
   * 15 = 1.4. Scenes 2 and 3 calibrate to 7.50 x 1.4 = $10.50 each, nothing spent yet. Forecast:
   * 21.00 + 10.50 + 10.50 = $42.00, $7.00 over the $35 budget. Running total: 21.00 after scene 1,
   * 31.50 after scene 2 (fits), 42.00 after scene 3: the money runs out at 3.
   */
  static final String LEDGER_OVER =
      HEADER + "2026-11-18,1,video,video-2,7.5,seconds,21.00,first pass,\n";

  private UsageFilm() {}

  /** Writes scenecost.json, the film and its ledger (null: none); returns the film's URI. */
  static String create(Path folder, String ledger) {
    TestProject.create(folder, TestProject.CONFIG);
    try {
      Path film = folder.resolve("usage.fountain");
      Files.writeString(film, FILM);
      if (ledger != null) {
        Files.writeString(ledgerOf(folder), ledger);
      }
      return film.toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path ledgerOf(Path folder) {
    return folder.resolve("usage.fountain.usage.csv");
  }
}
