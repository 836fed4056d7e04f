package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.SceneStatus;
import dev.scenecost.budget.result.TierSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/estimation.md, every number computed by hand. */
class WorkedExampleTest {
  static final String SCRIPT =
      "Title: Worked Example\nBudget: $100\n\n"
          + "INT. KITCHEN - DAY\n\nAnna pours coffee.\n\nANNA\nMorning.\n";

  private final FilmEstimate film = TestConfigs.estimate(SCRIPT);
  private final SceneEstimate scene = film.scenes().get(0);

  @Test
  void layoutAndChunks() {
    // 7 lines -> 1/8 -> 7.5 s; the action beat has 2 of the 5 chunk lines, the exchange 3.
    assertEquals(7.5, scene.screenSeconds(), 1e-9);
    assertEquals(2, scene.chunks().size());
    ChunkEstimate beat = scene.chunks().get(0);
    ChunkEstimate exchange = scene.chunks().get(1);
    assertEquals(ChunkKind.ACTION_BEAT, beat.kind());
    assertEquals(ChunkKind.DIALOGUE_EXCHANGE, exchange.kind());
    assertEquals(3.0, beat.screenSeconds(), 1e-9); // 7.5 x 2 / 5
    assertEquals(4.5, exchange.screenSeconds(), 1e-9); // 7.5 x 3 / 5
    assertEquals(List.of("ANNA"), exchange.speakers());
    assertEquals(1.0, scene.complexityFactor(), 1e-9);
    assertEquals("standard", scene.tier());
    assertEquals(TierSource.DEFAULT, scene.tierSource());
  }

  @Test
  void video() {
    ChunkEstimate beat = scene.chunks().get(0);
    ChunkEstimate exchange = scene.chunks().get(1);
    // 3 s x 3 generations = 9 s -> clips of 8 + 1 s at 24 fps, 1280x720 (45 x 80 latent cells):
    // 192 frames -> (191 / 4) + 1 = 48 latent frames; 24 frames -> 6. (48 + 6) x 3,600 = 194,400.
    assertEquals(9.0, beat.generatedSeconds(), 1e-9);
    assertEquals(2, beat.clips());
    assertEquals(194_400, beat.video().tokens());
    assertEquals(0.90, beat.video().amount(), 1e-9); // 9 s x $0.10
    // 4.5 s x 3 = 13.5 s -> 8 + 5.5 s: 48 + ((132 - 1) / 4 + 1 = 33) = 81 x 3,600 = 291,600.
    assertEquals(13.5, exchange.generatedSeconds(), 1e-9);
    assertEquals(2, exchange.clips());
    assertEquals(291_600, exchange.video().tokens());
    assertEquals(1.35, exchange.video().amount(), 1e-9);
    assertEquals(486_000, scene.modalities().video().tokens());
    assertEquals(2.25, scene.modalities().video().amount(), 1e-9);
  }

  @Test
  void referenceImages() {
    // ANNA's sheet: 4 x $0.05 = $0.20; the KITCHEN plate: 3 x $0.05 = $0.15. Tokens per image
    // at 1024x1024: 64 x 64 = 4,096 -> 7 images = 28,672.
    assertEquals(0.35, scene.modalities().images().amount(), 1e-9);
    assertEquals(28_672, scene.modalities().images().tokens());
    assertFalse(scene.characters().get(0).reused());
    assertFalse(scene.location().reused());
    assertEquals("KITCHEN", scene.location().name());
  }

  @Test
  void voice() {
    // "Morning." = 8 characters x 2 takes x $0.0001 = $0.0016; o200k: "Morning" + "." = 2 tokens
    // x 2 takes = 4.
    assertEquals(0.0016, scene.modalities().voice().amount(), 1e-12);
    assertEquals(4, scene.modalities().voice().tokens());
  }

  @Test
  void promptText() {
    // o200k: "Anna pours coffee." = Anna / pours / coffee / . = 4 tokens; the exchange is counted
    // piece by piece: "ANNA:" = ANN / A / : = 3, "Morning." = Morning / . = 2, 5 in all.
    assertEquals(4, scene.chunks().get(0).textTokens());
    assertEquals(5, scene.chunks().get(1).textTokens());
    // Two descriptions (KITCHEN, ANNA) of 50 tokens, new: the first prompt reads them at $1/M,
    // the second from the cache at $0.10/M. 100 output tokens per prompt at $2/M.
    // Beat: 4 x 1e-6 + 100 x 1e-6 + 100 x 2e-6 = 0.000304; tokens 104 in + 100 out = 204.
    // Exchange: 5 x 1e-6 + 100 x 1e-7 + 100 x 2e-6 = 0.000215; tokens 105 + 100 = 205.
    assertEquals(0.000304, scene.chunks().get(0).text().amount(), 1e-12);
    assertEquals(0.000215, scene.chunks().get(1).text().amount(), 1e-12);
    assertEquals(409, scene.modalities().text().tokens());
    // Saved by the cache: 100 tokens x (1e-6 - 1e-7) = $0.00009.
    assertEquals(100, scene.cacheSavings().tokens());
    assertEquals(0.00009, scene.cacheSavings().amount(), 1e-12);
  }

  @Test
  void totalsContingencyAndBudget() {
    // 2.25 + 0.35 + 0.0016 + 0.000519 = 2.602119; tokens 486,000 + 28,672 + 4 + 409 = 515,085.
    assertEquals(2.602119, scene.cost().amount(), 1e-9);
    assertEquals(515_085, scene.cost().tokens());
    assertEquals(2.602119, film.cost().amount(), 1e-9);
    assertEquals(20.0, film.contingencyPercent(), 1e-9);
    assertEquals(0.5204238, film.contingency(), 1e-9); // 20%
    assertEquals(3.1225428, film.costWithContingency(), 1e-9);
    assertEquals(100.0, film.budget(), 1e-9);
    assertEquals(3.1225428, film.budgetUsedPercent(), 1e-9);
    assertTrue(film.fits());
    // The one scene gets everything but the contingency: 100 / 1.2 = 83.33.
    assertEquals(100 / 1.2, scene.allocation(), 1e-9);
    assertEquals(SceneStatus.FITS, scene.status());
  }

  @Test
  void theSameSceneAtEveryTier() {
    // hero: 22.5 s x $0.40 = $9.00 video; rest unchanged -> 9.352119.
    assertEquals(9.352119, scene.quote("hero").orElseThrow().cost().amount(), 1e-9);
    // hero tokens at 1920x1080 (68 x 120 = 8,160 per latent frame): (54 + 81) x 8,160.
    assertEquals(1_101_600, scene.quote("hero").orElseThrow().modalities().video().tokens());
    // background: 22.5 s x $0.02 = 0.45; sheet 2 + plate 2 images = $0.20; 1 take = $0.0008.
    assertEquals(0.651319, scene.quote("background").orElseThrow().cost().amount(), 1e-9);
    // Cheaper than standard: only background, and it fits the allocation.
    assertEquals(1, scene.alternatives().size());
    assertEquals("background", scene.alternatives().get(0).tier());
    assertTrue(scene.alternatives().get(0).fits());
  }
}
