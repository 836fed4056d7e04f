package dev.scenecost.budget.savings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.jfountain.FountainParser;
import dev.scenecost.jfountain.Screenplay;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code generate-low-upscale} and {@code lipsync-on-keyframe} on a project priced by hand: one
 * generation per finished second, no complexity, no contingency, one shot per chunk. Both tiers
 * deliver 1080p. "standard" has its own keyframe, lip-sync and upscale parts and no native audio;
 * "hero" speaks its lines (native audio) and has none of those parts, so it borrows the built-in
 * flashvsr upscale (20% handles) and sync/lipsync-2 lip-sync (2 retakes), priced here.
 */
class LowResolutionAndLipsyncTest {
  private static final String CONFIG =
      """
      {
        "contingencyPercent": 0,
        "yield": { "perExtraCharacter": 0, "night": 0 },
        "shots": { "longestShotSeconds": 1000 },
        "catalog": {
          "vid": { "mode": "video", "output_cost_per_second": 1.0,
            "output_cost_per_second_720p": 0.5, "output_cost_per_second_1080p": 1.0 },
          "vid-audio": { "mode": "video", "output_cost_per_second": 1.0,
            "output_cost_per_second_720p_with_audio": 1.0,
            "output_cost_per_second_1080p_with_audio": 2.0 },
          "up": { "mode": "video", "output_cost_per_second": 0.1 },
          "sync": { "mode": "video", "output_cost_per_second": 0.2 },
          "flashvsr": { "mode": "video", "output_cost_per_second": 0.02,
            "output_cost_per_second_1080p": 0.02, "output_cost_per_second_4k": 0.02 },
          "sync/lipsync-2": { "mode": "video", "output_cost_per_second": 0.1 },
          "key": { "mode": "image", "output_cost_per_image": 0.05 },
          "free-image": { "mode": "image", "output_cost_per_image": 0 },
          "free-voice": { "mode": "audio", "input_cost_per_character": 0 },
          "cent-voice": { "mode": "audio", "input_cost_per_character": 0.01 },
          "free-text": { "mode": "text", "input_cost_per_token": 0, "output_cost_per_token": 0 }
        },
        "tiers": {
          "standard": {
            "video": { "model": "vid", "width": 1920, "height": 1080, "nativeAudio": false },
            "images": { "model": "free-image", "attempts": 1 },
            "voice": { "model": "free-voice" }, "text": { "model": "free-text" },
            "keyframes": { "model": "key", "variants": 1, "endFrame": false },
            "lora": null, "lipsync": { "model": "sync", "retakes": 2 }, "fixes": null,
            "upscale": { "model": "up", "handles": 0.2, "interpolation": null },
            "music": null, "sound": null, "ratios": { "establishing": [1, 3], "action": [1, 3],
            "dialogue": [1, 3], "effects": [1, 3] } },
          "hero": {
            "video": { "model": "vid-audio", "width": 1920, "height": 1080, "nativeAudio": true },
            "images": { "model": "key", "attempts": 1 },
            "voice": { "model": "cent-voice", "takes": 1 }, "text": { "model": "free-text" },
            "keyframes": null, "lora": null, "lipsync": null, "fixes": null, "upscale": null,
            "music": null, "sound": null, "ratios": { "establishing": [1, 3], "action": [1, 3],
            "dialogue": [1, 3], "effects": [1, 3] } }
        }
      }
      """;

  /**
   * Two scenes (durations print rounded to the second: 7.5 s reads "8s") of at most 6 lines: 1/8
   * page, 7.5 s each. Scene 1 is one exchange between two people (9 spoken characters: "Hello." and
   * "Hi."); scene 2 one action beat in which Anna runs, so it needs its clip.
   */
  private static final String FILM =
      """
      INT. OFFICE - DAY

      ANNA
      Hello.

      BOB
      Hi.

      EXT. STREET - DAY

      ANNA runs across the road.
      """;

  private static List<Saving> find(String film, String tier, String savings) {
    LoadedConfig loaded =
        ConfigLoader.fromText(
            CONFIG.replaceFirst(
                "\\{", "{\"defaultTier\": \"" + tier + "\", \"savings\": {" + savings + "},"),
            "scenecost.json");
    assertEquals(List.of(), loaded.problems());
    ProjectConfig config = loaded.config();
    Screenplay screenplay = FountainParser.parse(film);
    FilmEstimate estimate = new BudgetEngine().estimate(screenplay, config);
    // The hand figures below rest on these: 7.5 s per scene, one shot per chunk, 9 characters.
    ChunkEstimate exchange = estimate.scenes().get(0).chunks().get(0);
    assertEquals(1, exchange.shots().size());
    if (film.equals(FILM)) {
      assertEquals(7.5, exchange.screenSeconds(), 1e-9);
      assertEquals(9, exchange.dialogueCharacters());
      assertEquals(7.5, estimate.scenes().get(1).chunks().get(0).screenSeconds(), 1e-9);
    }
    return SavingsFinder.find(estimate, screenplay, config, config.savings());
  }

  @Test
  void theTiersOwnLipsyncAndUpscaleParts() {
    List<Saving> savings = find(FILM, "standard", "");
    assertEquals(
        List.of(SavingRule.LIPSYNC_ON_KEYFRAME, SavingRule.GENERATE_LOW_UPSCALE),
        savings.stream().map(Saving::rule).toList());
    // Scene 1: video 7.5 s x $1.00 (1080p) = $7.50, less one keyframe ($0.05) and 7.5 s x 2
    // retakes x $0.20 of lip-sync ($3.00); no voice to add, the tier already pays TTS: $4.45.
    // The exchange is left to that rule, so scene 1 has no upscale hint.
    assertEquals(0, savings.get(0).sceneIndex());
    assertEquals(4.45, savings.get(0).amount(), 1e-9);
    // Scene 2: $7.50 at 1080p against 7.5 s x $0.50 at 720p ($3.75) and 7.5 s x 1.2 handles x
    // $0.10 of upscale ($0.90): $2.85.
    assertEquals(1, savings.get(1).sceneIndex());
    assertEquals(2.85, savings.get(1).amount(), 1e-9);
    assertEquals(
        "Generating this scene's video with \"vid\" at 720p ($3.75) and upscaling the kept 8s"
            + " to 1080p with \"up\" ($0.90) instead of generating at 1080p ($7.50) saves about"
            + " $2.85.",
        savings.get(1).message());
    assertEquals(7.30, SavingsFinder.total(savings), 1e-9);
    assertEquals(
        "\nSavings (hints):\n"
            + "  hint [scene 1] lipsync-on-keyframe: "
            + savings.get(0).message()
            + "\n  hint [scene 2] generate-low-upscale: "
            + savings.get(1).message()
            + "\n  Could be saved in all: $7.30 before contingency (2 places).\n",
        SavingsReport.table(savings, "$"));
  }

  @Test
  void aTierWithoutThosePartsBorrowsTheBuiltInOnesAndPaysForTheVoice() {
    List<Saving> savings = find(FILM, "hero", "");
    assertEquals(
        List.of(SavingRule.LIPSYNC_ON_KEYFRAME, SavingRule.GENERATE_LOW_UPSCALE),
        savings.stream().map(Saving::rule).toList());
    // Scene 1: 7.5 s x $2.00 with audio = $15.00, less one image at the image model ($0.05),
    // 7.5 s x 2 retakes x $0.10 at sync/lipsync-2 ($1.50) and the 9 characters the video no longer
    // speaks, once at $0.01 ($0.09): $13.36.
    assertEquals(13.36, savings.get(0).amount(), 1e-9);
    assertEquals(
        "Static dialogue, no effects and at most two people: lip-syncing 8s with"
            + " \"sync/lipsync-2\" ($1.50) onto one keyframe ($0.05), the lines spoken by"
            + " \"cent-voice\" ($0.09) instead of generating 8s of video ($15.00) saves about"
            + " $13.36.",
        savings.get(0).message());
    // Scene 2: $15.00 against 7.5 s x $1.00 at 720p with audio ($7.50) and 7.5 s x 1.2 x $0.02
    // at flashvsr ($0.18): $7.32.
    assertEquals(7.32, savings.get(1).amount(), 1e-9);
  }

  @Test
  void eachHasAnOffSwitchAndAThreshold() {
    // Lip-sync off: the exchange is upscaled like the beat, $2.85 in each scene.
    List<Saving> upscaled = find(FILM, "standard", "\"lipsync-on-keyframe\": false");
    assertEquals(
        List.of(SavingRule.GENERATE_LOW_UPSCALE, SavingRule.GENERATE_LOW_UPSCALE),
        upscaled.stream().map(Saving::rule).toList());
    assertEquals(List.of(2.85, 2.85), upscaled.stream().map(Saving::amount).toList());
    // A $3 threshold on the upscale keeps only the $4.45 lip-sync; off, only the lip-sync.
    List<Saving> big = find(FILM, "standard", "\"generate-low-upscale\": {\"minimumSaving\": 3}");
    assertEquals(List.of(4.45), big.stream().map(Saving::amount).toList());
    List<Saving> off = find(FILM, "standard", "\"generate-low-upscale\": false");
    assertEquals(List.of(SavingRule.LIPSYNC_ON_KEYFRAME), off.stream().map(Saving::rule).toList());
  }

  @Test
  void threePeopleNeedTheirClipAndA720pTierIsNotUpscaled() {
    String three = "INT. OFFICE - DAY\n\nANNA\nHello.\n\nBOB\nHi.\n\nCAROL\nYo.\n";
    assertEquals(List.of(), find(three, "standard", "\"generate-low-upscale\": false"));
    // At 720p there is nothing lower to generate at: no upscale hint. The exchange's video is
    // 7.5 s x $0.50 = $3.75, less $0.05 and $3.00: $0.70, shown with no threshold.
    String at720 =
        CONFIG
            .replace(
                "\"width\": 1920, \"height\": 1080, \"nativeAudio\": false",
                "\"width\": 1280, \"height\": 720, \"nativeAudio\": false")
            .replaceFirst(
                "\\{", "{\"savings\": {\"lipsync-on-keyframe\": {\"minimumSaving\": 0}},");
    LoadedConfig loaded = ConfigLoader.fromText(at720, "scenecost.json");
    assertEquals(List.of(), loaded.problems());
    Screenplay screenplay = FountainParser.parse(FILM);
    FilmEstimate estimate = new BudgetEngine().estimate(screenplay, loaded.config());
    List<Saving> savings =
        SavingsFinder.find(estimate, screenplay, loaded.config(), loaded.config().savings());
    assertEquals(
        List.of(SavingRule.LIPSYNC_ON_KEYFRAME), savings.stream().map(Saving::rule).toList());
    assertEquals(0.70, savings.get(0).amount(), 1e-9);
  }
}
