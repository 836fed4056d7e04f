package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.LoadedConfig;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.ShotEstimate;
import dev.scenecost.budget.result.ShotType;
import dev.scenecost.jfountain.FountainParser;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the shot model, on test-config-shots.json (video $0.10/s, $0.20/s with
 * audio, clips of 4 or 8 s; images $0.05; LoRA $2 a run; TTS $0.0001 a character; lip-sync $0.05/s;
 * fixes $0.20/s on 25% of shots; upscale $0.10/s + interpolation $0.02/s with 20% handles; music
 * $0.01/s x 2 takes; sound $0.002/s; ratios establishing 5-10, action 10-20, dialogue 20-40,
 * effects 30-100; shots at most 6 s).
 */
class ShotModelTest {
  static final String KITCHEN =
      "Title: Shots\n\nINT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\nMorning.\n";

  static ProjectConfig config(UnaryOperator<String> edit) {
    LoadedConfig loaded =
        ConfigLoader.fromText(
            edit.apply(TestConfigs.resource("/budget/test-config-shots.json")),
            "test-config-shots.json");
    assertEquals(List.of(), loaded.problems());
    return loaded.config();
  }

  static FilmEstimate estimate(String script, UnaryOperator<String> edit) {
    return new BudgetEngine().estimate(FountainParser.parse(script), config(edit));
  }

  static FilmEstimate estimate(String script) {
    return estimate(script, s -> s);
  }

  static List<ShotEstimate> shots(SceneEstimate scene) {
    return scene.chunks().stream().flatMap(c -> c.shots().stream()).toList();
  }

  @Test
  void aBeatNamingSomeoneIsActionAnExchangeIsDialogue() {
    SceneEstimate scene = estimate(KITCHEN).scenes().get(0);
    assertEquals(ShotType.ACTION, scene.chunks().get(0).type());
    assertEquals(ShotType.DIALOGUE, scene.chunks().get(1).type());
  }

  @Test
  void aBeatWithNobodyInItIsEstablishingAndLightEffectsDoNotChangeThat() {
    // "Rain" is weather (weight 0.2, under the 0.4 that makes an effects shot): still
    // establishing, but it raises the scene's complexity to 1.2 and the ratio to 5 x 1.2 = 6.
    SceneEstimate scene =
        estimate("INT. KITCHEN - DAY\n\nRain beats on the window.\n").scenes().get(0);
    assertEquals(ShotType.ESTABLISHING, scene.chunks().get(0).type());
    assertEquals(1.2, scene.complexityFactor(), 1e-9);
    assertEquals(6.0, shots(scene).get(0).ratio(), 1e-9);
  }

  @Test
  void aPronounPutsSomeoneInTheBeat() {
    SceneEstimate scene = estimate("INT. KITCHEN - DAY\n\nHe waits.\n").scenes().get(0);
    assertEquals(ShotType.ACTION, scene.chunks().get(0).type());
  }

  @Test
  void aHeavyEffectsWordOrACrowdOfNamesMakesAnEffectsShot() {
    SceneEstimate fight =
        estimate("INT. KITCHEN - DAY\n\nThey fight over the kettle.\n").scenes().get(0);
    assertEquals(ShotType.EFFECTS, fight.chunks().get(0).type());
    // Stunts add 0.5: complexity 1.5, ratio 30 x 1.5 = 45 (under the ceiling of 100).
    assertEquals(45.0, shots(fight).get(0).ratio(), 1e-9);
    String crowd =
        "INT. KITCHEN - DAY\n\nANNA\nHi.\n\nBEN\nHi.\n\nCARL\nHi.\n\nDORA\nHi.\n\n"
            + "ANNA, BEN, CARL and DORA sit down.\n";
    SceneEstimate scene = estimate(crowd).scenes().get(0);
    ChunkEstimate beat = scene.chunks().get(scene.chunks().size() - 1);
    assertEquals(ShotType.EFFECTS, beat.type());
  }

  @Test
  void complexityRaisesTheRatioUpToTheTopOfTheRange() {
    // Night adds 0.1: action 10 x 1.1 = 11.
    SceneEstimate night = estimate("INT. KITCHEN - NIGHT\n\nHe waits.\n").scenes().get(0);
    assertEquals(11.0, shots(night).get(0).ratio(), 1e-9);
    // A fight at night in the rain: 1 + 0.5 + 0.2 + 0.1 = 1.8; effects 30 x 1.8 = 54.
    SceneEstimate storm =
        estimate("EXT. YARD - NIGHT\n\nThey fight in the rain.\n").scenes().get(0);
    assertEquals(54.0, shots(storm).get(0).ratio(), 1e-9);
    // Capped at the top of the range: 5-10 at the ceiling complexity of 3 is 10, not 15.
    assertEquals(10.0, new dev.scenecost.budget.config.Tier.Ratio(5, 10).at(3), 1e-9);
  }

  @Test
  void aLongChunkIsCutIntoEqualShotsNoLongerThanTheLongest() {
    // 20 lines of action: 20 + heading 2 = 22 lines -> 3/8 page = 22.5 s, all in the beat
    // (20 of 20 chunk lines) -> 4 shots of 5.625 s (22.5 / 6 = 3.75 -> 4).
    String beat = "He waits.\n".repeat(20);
    SceneEstimate scene = estimate("INT. KITCHEN - DAY\n\n" + beat).scenes().get(0);
    assertEquals(22.5, scene.screenSeconds(), 1e-9);
    List<ShotEstimate> shots = shots(scene);
    assertEquals(4, shots.size());
    assertEquals(5.625, shots.get(0).finishedSeconds(), 1e-9);
    assertEquals(List.of(1, 2, 3, 4), shots.stream().map(ShotEstimate::number).toList());
  }

  @Test
  void everyGenerationIsBilledAsAWholeClip() {
    SceneEstimate scene = estimate(KITCHEN).scenes().get(0);
    ShotEstimate action = shots(scene).get(0);
    ShotEstimate dialogue = shots(scene).get(1);
    // Action: 3 s x 10 = 30 s generated; the shortest clip holding 3 s is 4 s: 8 clips = 32 s
    // billed x $0.10 = $3.20. Tokens: a 4 s clip is 96 frames -> 24 latent frames x 45 x 80
    // cells = 86,400; x 8 = 691,200.
    assertEquals(30.0, action.generatedSeconds(), 1e-9);
    assertEquals(4.0, action.clipSeconds(), 1e-9);
    assertEquals(8, action.clips());
    assertEquals(32.0, action.billedSeconds(), 1e-9);
    assertEquals(3.20, action.modalities().video().amount(), 1e-9);
    assertEquals(691_200, action.modalities().video().tokens());
    // Dialogue: 4.5 s x 20 = 90 s; 4.5 s needs the 8 s clip: ceil(90 / 8) = 12 clips = 96 s
    // x $0.10 = $9.60; 12 x (48 latent frames x 3,600) = 2,073,600 tokens.
    assertEquals(8.0, dialogue.clipSeconds(), 1e-9);
    assertEquals(12, dialogue.clips());
    assertEquals(9.60, dialogue.modalities().video().amount(), 1e-9);
    assertEquals(2_073_600, dialogue.modalities().video().tokens());
  }

  @Test
  void keyframesAreStartFrameVariantsPlusTheEndFrame() {
    // 3 variants + 1 end frame = 4 images x $0.05 = $0.20; 4 x 64 x 64 = 16,384 tokens.
    ShotEstimate shot = shots(estimate(KITCHEN).scenes().get(0)).get(0);
    assertEquals(4, shot.keyframes());
    assertEquals(0.20, shot.modalities().keyframes().amount(), 1e-9);
    assertEquals(16_384, shot.modalities().keyframes().tokens());
  }

  @Test
  void assetsAreLockedOnceWithAttemptsAndALoraForASpeakerThenReused() {
    String twice = KITCHEN + "\nINT. KITCHEN - DAY\n\nANNA sits.\n";
    FilmEstimate film = estimate(twice);
    SceneEstimate first = film.scenes().get(0);
    SceneEstimate second = film.scenes().get(1);
    // ANNA: 2 images x 3 attempts = 6 x $0.05 = $0.30, + one LoRA run $2 (she speaks) = $2.30;
    // KITCHEN plate: 1 x $0.05. 7 images x 4,096 tokens = 28,672.
    assertEquals(2.35, first.modalities().references().amount(), 1e-9);
    assertEquals(28_672, first.modalities().references().tokens());
    assertEquals(2.30, first.characters().get(0).referenceCost().amount(), 1e-9);
    // The second scene reuses both: no references paid, $2.35 saved (plus its prompt cache).
    assertEquals(0, second.modalities().references().amount(), 1e-9);
    assertTrue(second.cacheSavings().amount() >= 2.35);
    assertEquals(
        List.of(
            new ShotEstimate.ShotReference("location:kitchen", true),
            new ShotEstimate.ShotReference("character:anna", true)),
        shots(first).get(0).references());
    assertEquals(
        List.of(
            new ShotEstimate.ShotReference("location:kitchen", false),
            new ShotEstimate.ShotReference("character:anna", false)),
        shots(first).get(1).references());
    assertFalse(shots(second).get(0).references().get(0).isNew());
  }

  @Test
  void withoutNativeAudioDialogueIsSpokenByTtsAndLipSynced() {
    ShotEstimate dialogue = shots(estimate(KITCHEN).scenes().get(0)).get(1);
    // "Morning." = 8 characters x 2 takes x $0.0001 = $0.0016.
    assertEquals(0.0016, dialogue.modalities().voice().amount(), 1e-12);
    // 4.5 s x 2 retakes = 9 s x $0.05 = $0.45; tokens of 9 s at 720p in 8 s clips: 48 + 6 latent
    // frames x 3,600 = 194,400.
    assertEquals(0.45, dialogue.modalities().lipsync().amount(), 1e-9);
    assertEquals(194_400, dialogue.modalities().lipsync().tokens());
  }

  @Test
  void withNativeAudioEveryShotPaysTheAudioPriceAndNoVoiceOrLipSync() {
    SceneEstimate scene =
        estimate(KITCHEN, s -> s.replace("\"nativeAudio\": false", "\"nativeAudio\": true"))
            .scenes()
            .get(0);
    // (32 + 96) billed seconds x $0.20 = $25.60.
    assertEquals(25.60, scene.modalities().video().amount(), 1e-9);
    assertEquals(0, scene.modalities().voice().amount(), 0);
    assertEquals(0, scene.modalities().lipsync().amount(), 0);
    assertTrue(shots(scene).get(0).nativeAudio());
  }

  @Test
  void aShareOfShotsGetsAFixPass() {
    List<ShotEstimate> shots = shots(estimate(KITCHEN).scenes().get(0));
    // 25% x 3 s x $0.20 = $0.15; 25% x 4.5 s x $0.20 = $0.225.
    assertEquals(0.15, shots.get(0).modalities().fixes().amount(), 1e-9);
    assertEquals(0.225, shots.get(1).modalities().fixes().amount(), 1e-9);
  }

  @Test
  void onlyKeptFootagePlusHandlesIsUpscaledAndInterpolated() {
    List<ShotEstimate> shots = shots(estimate(KITCHEN).scenes().get(0));
    // 3 s x 1.2 = 3.6 s x ($0.10 + $0.02) = $0.432; 4.5 x 1.2 = 5.4 s x $0.12 = $0.648.
    assertEquals(0.432, shots.get(0).modalities().upscale().amount(), 1e-9);
    assertEquals(0.648, shots.get(1).modalities().upscale().amount(), 1e-9);
  }

  @Test
  void musicAndSoundArePricedPerFinishedMinuteByScreenTime() {
    SceneEstimate scene = estimate(KITCHEN).scenes().get(0);
    // 7.5 s x 2 takes x $0.01 = $0.15; 7.5 s x $0.002 = $0.015.
    assertEquals(0.15, scene.modalities().music().amount(), 1e-9);
    assertEquals(0.015, scene.modalities().sound().amount(), 1e-9);
  }

  @Test
  void thePlatformMarkupMultipliesEveryPrice() {
    double api = estimate(KITCHEN).cost().amount();
    double retail =
        estimate(KITCHEN, s -> s.replace("\"contingencyPercent\": 20,", "\"platformMarkup\": 2,"))
            .cost()
            .amount();
    assertEquals(2 * api, retail, 1e-9);
  }

  @Test
  void aSelfHostedModelIsPricedByTheGpuHour() {
    // $4 an hour / (400 s an hour x 50% utilisation) = $0.02 per generated second; 128 billed s.
    SceneEstimate scene =
        estimate(
                KITCHEN,
                s ->
                    s.replace(
                        "\"output_cost_per_second\": 0.10, \"output_cost_per_second_with_audio\":"
                            + " 0.20,",
                        "\"gpu_cost_per_hour\": 4, \"video_seconds_per_gpu_hour\": 400,"
                            + " \"gpu_utilisation\": 0.5,"))
            .scenes()
            .get(0);
    assertEquals(128 * 0.02, scene.modalities().video().amount(), 1e-9);
  }

  @Test
  void theSceneTotalIsTheSumOfItsShotsReferencesMusicAndSound() {
    SceneEstimate scene = estimate(KITCHEN).scenes().get(0);
    double shots = shots(scene).stream().mapToDouble(s -> s.cost().amount()).sum();
    double scenePart =
        scene.modalities().references().amount()
            + scene.modalities().music().amount()
            + scene.modalities().sound().amount();
    assertEquals(scene.cost().amount(), shots + scenePart, 1e-9);
    // 12.80 video + 0.40 keyframes + 2.35 references + 0.0016 voice + 0.45 lip-sync + 0.375
    // fixes + 1.08 upscale + 0.15 music + 0.015 sound + 0.000519 text (as in the old worked
    // example: 0.000304 + 0.000215).
    assertEquals(17.622119, scene.cost().amount(), 1e-9);
    // Images, as reports before schema 2 had them: keyframes 0.40 + references 2.35.
    assertEquals(2.75, scene.modalities().images().amount(), 1e-9);
  }

  @Test
  void theOldYieldKeyIsReadWithADeprecationProblemThatSaysWhatReplacedIt() {
    LoadedConfig loaded =
        ConfigLoader.fromText(
            "{\"yield\": {\"generationsPerUsableSecond\": 3}, \"tiers\": {\"previz\":"
                + " {\"generationsPerUsableSecond\": 1.5}}}",
            "scenecost.json");
    assertEquals(2, loaded.problems().size());
    assertTrue(loaded.problems().get(0).message().contains("no longer used"));
    assertTrue(loaded.problems().get(0).message().contains("\"ratios\""));
    assertEquals(1, loaded.problems().get(0).line());
  }

  @Test
  void aMalformedRatioIsAProblemAndTheBuiltInRangeApplies() {
    LoadedConfig table =
        ConfigLoader.fromText("{\"tiers\": {\"standard\": {\"ratios\": 5}}}", "scenecost.json");
    assertEquals(1, table.problems().size());
    assertTrue(table.problems().get(0).message().contains("by shot type"));
    LoadedConfig range =
        ConfigLoader.fromText(
            "{\"tiers\": {\"standard\": {\"ratios\": {\"action\": [20, 10]}}}}", "scenecost.json");
    assertEquals(1, range.problems().size());
    assertEquals(
        ConfigLoader.defaults().tiers().get("standard").production().ratio(ShotType.ACTION),
        range.config().tiers().get("standard").production().ratio(ShotType.ACTION));
  }
}
