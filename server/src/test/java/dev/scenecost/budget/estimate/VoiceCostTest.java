package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.BudgetEngine;
import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.jfountain.FountainParser;
import org.junit.jupiter.api.Test;

class VoiceCostTest {
  @Test
  void perCharacterVoiceBillsEveryTake() {
    // "Hello, world!" = 13 characters x 2 takes x $0.0001 = $0.0026; o200k: Hello / , / world / !
    // = 4 tokens x 2 takes = 8.
    var scene = TestConfigs.estimate("INT. HALL - DAY\n\nANNA\nHello, world!\n").scenes().get(0);
    assertEquals(0.0026, scene.modalities().voice().amount(), 1e-12);
    assertEquals(8, scene.modalities().voice().tokens());
  }

  @Test
  void actionHasNoVoice() {
    var scene = TestConfigs.estimate("INT. HALL - DAY\n\nAnna waits.\n").scenes().get(0);
    assertEquals(0, scene.modalities().voice().amount(), 0);
  }

  @Test
  void perSecondVoiceConvertsCharactersToSpeechTime() {
    // gpt-4o-mini-tts style: $0.016 per second. 32 characters / 16 per second = 2 s x 1 take
    // x $0.016 = $0.032.
    var config =
        ConfigLoader.fromText(
                "{\"catalog\": {\"tts-s\": {\"mode\": \"audio\","
                    + " \"output_cost_per_second\": 0.016}}, \"tiers\": {\"standard\": {\"voice\": {\"model\":"
                    + " \"tts-s\", \"takes\": 1}, \"video\": {\"nativeAudio\": false}}}}",
                "scenecost.json")
            .config();
    var film =
        new BudgetEngine()
            .estimate(
                FountainParser.parse("INT. HALL - DAY\n\nANNA\nabcdefghijklmnopqrstuvwxyzabcdef\n"),
                config);
    assertEquals(0.032, film.scenes().get(0).modalities().voice().amount(), 1e-12);
  }
}
