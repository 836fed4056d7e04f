package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.TestConfigs;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.budget.result.SceneEstimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkingTest {
  private static List<ChunkEstimate> chunks(String fountain) {
    SceneEstimate scene = TestConfigs.estimate(fountain).scenes().get(0);
    return scene.chunks();
  }

  private static List<ChunkKind> kinds(List<ChunkEstimate> chunks) {
    return chunks.stream().map(ChunkEstimate::kind).toList();
  }

  @Test
  void eachActionParagraphIsABeat() {
    var chunks = chunks("INT. HALL - DAY\n\nAnna enters.\n\nShe sits.\n");
    assertEquals(List.of(ChunkKind.ACTION_BEAT, ChunkKind.ACTION_BEAT), kinds(chunks));
  }

  @Test
  void consecutiveSpeechesFormOneExchange() {
    var chunks =
        chunks(
            "INT. HALL - DAY\n\nANNA\nHi.\n\nBEN\nHello.\n\nANNA\n(smiling)\nBye.\n\n"
                + "Ben leaves.\n\nANNA\nWell.\n");
    assertEquals(
        List.of(ChunkKind.DIALOGUE_EXCHANGE, ChunkKind.ACTION_BEAT, ChunkKind.DIALOGUE_EXCHANGE),
        kinds(chunks));
    assertEquals(List.of("ANNA", "BEN"), chunks.get(0).speakers());
    // "Hi." 3 + "Hello." 6 + "Bye." 4 = 13 spoken characters (the parenthetical is not spoken).
    assertEquals(13, chunks.get(0).dialogueCharacters());
  }

  @Test
  void aNoteBetweenSpeechesDoesNotSplitTheExchange() {
    var chunks = chunks("INT. HALL - DAY\n\nANNA\nHi.\n\n[[keep it quiet]]\n\nBEN\nHello.\n");
    assertEquals(List.of(ChunkKind.DIALOGUE_EXCHANGE), kinds(chunks));
  }

  @Test
  void aTransitionEndsAnExchangeButIsNoChunk() {
    var chunks = chunks("INT. HALL - DAY\n\nANNA\nHi.\n\nCUT TO:\n\nBEN\nHello.\n");
    assertEquals(List.of(ChunkKind.DIALOGUE_EXCHANGE, ChunkKind.DIALOGUE_EXCHANGE), kinds(chunks));
  }

  @Test
  void aHeadingAloneIsOneEstablishingBeat() {
    var chunks = chunks("EXT. HOUSE - DAY\n");
    assertEquals(List.of(ChunkKind.ACTION_BEAT), kinds(chunks));
    // It carries the whole 1/8 page: 7.5 s.
    assertEquals(7.5, chunks.get(0).screenSeconds(), 1e-9);
  }

  @Test
  void screenTimeIsSharedByLines() {
    // Heading 2, beat of 3 lines + 1 blank = 4, speech cue + 1 + blank = 3 -> 9 lines -> 1/8 (9 x
    // 8 / 55 = 1.3) -> 7.5 s, shared 4 : 3 -> 4.2857 and 3.2143 s.
    var chunks = chunks("INT. HALL - DAY\n\nOne.\nTwo.\nThree.\n\nANNA\nHi.\n");
    assertEquals(7.5 * 4 / 7, chunks.get(0).screenSeconds(), 1e-9);
    assertEquals(7.5 * 3 / 7, chunks.get(1).screenSeconds(), 1e-9);
  }
}
