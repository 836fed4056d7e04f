package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.Tier;
import dev.scenecost.jfountain.FountainParser;
import org.junit.jupiter.api.Test;

class VideoCostTest {
  private static final Tier.VideoSpec HD_720 = new Tier.VideoSpec("m", 1280, 720, 24, 8);
  private static final Tier.VideoSpec HD_1080 = new Tier.VideoSpec("m", 1920, 1080, 24, 8);

  @Test
  void clipsNeverExceedTheModelsMaximum() {
    assertEquals(0, CostModel.clips(0, 8));
    assertEquals(1, CostModel.clips(8, 8));
    assertEquals(2, CostModel.clips(8.01, 8));
    assertEquals(3, CostModel.clips(22.5, 8));
  }

  @Test
  void latentTokensOfOneSecondAt720p() {
    // 24 frames -> (23 / 4) + 1 = 6 latent frames x (720 / 16 = 45) x (1280 / 16 = 80) = 21,600,
    // the reference's figure for 720p.
    assertEquals(21_600, CostModel.videoTokens(1, HD_720));
  }

  @Test
  void latentTokensAt1080pRoundTheHeightUp() {
    // 1080 / 16 = 67.5 -> 68 cells; 6 x 68 x 120 = 48,960 (the reference: 48,600-49,000).
    assertEquals(48_960, CostModel.videoTokens(1, HD_1080));
  }

  @Test
  void theFormulaAppliesToEachClip() {
    // 30 fps, 5 s clips: 10 s = two clips of 150 frames, each (149 / 4) + 1 = 38 latent frames
    // -> 76 x 3,600 = 273,600; one 10 s clip would have been (299 / 4) + 1 = 75.
    Tier.VideoSpec thirtyFps = new Tier.VideoSpec("m", 1280, 720, 30, 5);
    assertEquals(273_600, CostModel.videoTokens(10, thirtyFps));
    // 16 s at 24 fps, 8 s clips: 2 x ((192 - 1) / 4 + 1 = 48) x 3,600 = 345,600.
    assertEquals(345_600, CostModel.videoTokens(16, HD_720));
  }

  @Test
  void aModelBilledPerTokenIsPricedFromTheLatentTokens() {
    // Seedance-style billing: $1.2 per million tokens. A 1/8-page beat with nobody in it is an
    // establishing shot, here at a ratio of 3 and one shot: 7.5 s x 3 = 22.5 s
    // -> clips 8 + 8 + 6.5 s: 48 + 48 + ((156 - 1) / 4 + 1 = 39) = 135 x 3,600 = 486,000 tokens
    // -> 486,000 x 1.2e-6 = $0.5832.
    var config =
        ConfigLoader.fromText(
            "{\"catalog\": {\"per-token\": {\"mode\": \"video\","
                + " \"output_cost_per_token\": 0.0000012}}, \"tiers\": {\"standard\": {\"video\":"
                + " {\"model\": \"per-token\", \"width\": 1280, \"height\": 720, \"fps\": 24,"
                + " \"maxClipSeconds\": 8}, \"ratios\": {\"establishing\": 3}}},"
                + " \"shots\": {\"longestShotSeconds\": 1000}}",
            "scenecost.json");
    assertEquals(java.util.List.of(), config.problems());
    var film =
        new BudgetEngine()
            .estimate(FountainParser.parse("INT. HALL - DAY\n\nQuiet.\n"), config.config());
    var video = film.scenes().get(0).modalities().video();
    assertEquals(486_000, video.tokens());
    assertEquals(0.5832, video.amount(), 1e-9);
  }

  @Test
  void theBuiltInPrevizTierBillsWholeVeoLiteClips() {
    // "Quiet." has nobody in it: an establishing shot, previz ratio 1.5 (simple scene). 1/8 page
    // = 7.5 s, cut into 2 shots of 3.75 s (longest 6 s) -> 5.625 s generated each, at Veo 3.1
    // Lite's shortest clip that holds the shot, 4 s: 2 clips = 8 s billed per shot, 16 s in all,
    // at 720p with audio $0.05/s = $0.80.
    var config = ConfigLoader.defaults().withDefaultTier("previz");
    var film =
        new BudgetEngine().estimate(FountainParser.parse("INT. HALL - DAY\n\nQuiet.\n"), config);
    assertEquals(11.25, film.scenes().get(0).generatedSeconds(), 1e-9);
    assertEquals(4, film.scenes().get(0).clips());
    assertEquals(0.80, film.scenes().get(0).modalities().video().amount(), 1e-9);
  }
}
