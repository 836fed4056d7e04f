package dev.scenecost.lsp.services;

/** Small screenplays written for the tests, with their line numbers spelled out. */
final class Screenplays {
  private Screenplays() {}

  /**
   * Three scenes in two acts. Lines: 0-1 title page, 3 "# ACT ONE", 5 kitchen heading with a tier
   * note, 7 action, 9-10 EDWARD (V.O.), 12-13 SANDRA, 15 river heading, 17 action naming Edward, 19
   * "THE END" (capitals, blank line after: action), 21-22 EDWARD, 23-24 boneyard, 25 "# ACT TWO",
   * 27 kitchen again, 29-30 SANDRA.
   */
  static final String TWO_ACTS =
      """
      Title: The Test
      Budget: $100

      # ACT ONE

      INT. KITCHEN - NIGHT [[tier: hero]]

      EDWARD enters, soaked.

      EDWARD (V.O.)
      I was never here.

      SANDRA
      You were.

      EXT. RIVER - DAY #7#

      Edward walks to the water.

      THE END

      EDWARD
      Cold.
      /* cut
      this */
      # ACT TWO

      INT. KITCHEN - DAY

      SANDRA
      Again.
      """;
}
