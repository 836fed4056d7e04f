package dev.scenecost.lsp.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project folder with a scenecost.json whose prices make every cost computable by hand: only
 * video costs money (hero $2/s, standard $1/s, background $0.40/s, previz $0.10/s), one generation
 * per usable second at every tier, no complexity for night or extra characters, no contingency. A
 * scene of at most 6 lines is 1/8 page = 60 s / 8 = 7.5 s of screen time, so it costs $15.00 at
 * hero, $7.50 at standard, $3.00 at background and $0.75 at previz.
 */
public final class TestProject {
  public static final String CONFIG =
      """
      {
        "contingencyPercent": 0,
        "yield": { "perExtraCharacter": 0, "night": 0 },
        "shots": { "longestShotSeconds": 1000 },
        "catalog": {
          "video-2": { "mode": "video", "output_cost_per_second": 2.0 },
          "video-1": { "mode": "video", "output_cost_per_second": 1.0 },
          "video-040": { "mode": "video", "output_cost_per_second": 0.4 },
          "video-010": { "mode": "video", "output_cost_per_second": 0.1 },
          "free-image": { "mode": "image", "output_cost_per_image": 0 },
          "free-voice": { "mode": "audio", "input_cost_per_character": 0 },
          "free-text": { "mode": "text", "input_cost_per_token": 0, "output_cost_per_token": 0 }
        },
        "tiers": {
          "hero": { "video": { "model": "video-2", "nativeAudio": false },
            "images": { "model": "free-image", "attempts": 1 },
            "voice": { "model": "free-voice" }, "text": { "model": "free-text" },
            "keyframes": null, "lora": null, "lipsync": null, "fixes": null, "upscale": null,
            "music": null, "sound": null, "ratios": { "establishing": [1, 3], "action": [1, 3],
            "dialogue": [1, 3], "effects": [1, 3] } },
          "standard": { "video": { "model": "video-1", "nativeAudio": false },
            "images": { "model": "free-image", "attempts": 1 },
            "voice": { "model": "free-voice" }, "text": { "model": "free-text" },
            "keyframes": null, "lora": null, "lipsync": null, "fixes": null, "upscale": null,
            "music": null, "sound": null, "ratios": { "establishing": [1, 3], "action": [1, 3],
            "dialogue": [1, 3], "effects": [1, 3] } },
          "background": { "video": { "model": "video-040", "nativeAudio": false },
            "images": { "model": "free-image", "attempts": 1 },
            "voice": { "model": "free-voice" }, "text": { "model": "free-text" },
            "keyframes": null, "lora": null, "lipsync": null, "fixes": null, "upscale": null,
            "music": null, "sound": null, "ratios": { "establishing": [1, 3], "action": [1, 3],
            "dialogue": [1, 3], "effects": [1, 3] } },
          "previz": { "video": { "model": "video-010", "nativeAudio": false },
            "images": { "model": "free-image", "attempts": 1 },
            "voice": { "model": "free-voice" }, "text": { "model": "free-text" },
            "keyframes": null, "lora": null, "lipsync": null, "fixes": null, "upscale": null,
            "music": null, "sound": null, "ratios": { "establishing": [1, 3], "action": [1, 3],
            "dialogue": [1, 3], "effects": [1, 3] } }
        }
      }
      """;

  /**
   * Budget $90. Scene 1 (line 3) is hero with its own $10 budget: $15.00, $5.00 over. Scene 2 (line
   * 7) is standard: $7.50 against the remaining $90 - $10 = $80 (9%). Film: $22.50, 25%. No words
   * of the effects lexicon and no characters, so nothing adds complexity.
   */
  public static final String FILM =
      """
      Title: Test Film
      Budget: $90

      INT. ATTIC - DAY [[tier: hero]] [[budget: $10]]

      Dust falls.

      EXT. FIELD - DAY

      The grass is still.
      """;

  private TestProject() {}

  /** A fresh folder holding scenecost.json; returns the URI of a screenplay in it. */
  public static String create(Path folder, String config) {
    try {
      Files.writeString(folder.resolve("scenecost.json"), config);
      Path screenplay = folder.resolve("film.fountain");
      Files.writeString(screenplay, FILM);
      return screenplay.toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
