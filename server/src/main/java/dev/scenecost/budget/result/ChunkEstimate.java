package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * One chunk of a scene at the scene's tier: the unit of meaning and of prompting, cut into shots.
 *
 * @param kind action beat or dialogue exchange
 * @param range from the first to the last element of the chunk
 * @param lines printed lines of the chunk (blank lines after it included)
 * @param screenSeconds the chunk's share of the scene's screen time, by lines
 * @param textTokens o200k tokens of the chunk's text (the body of its shot prompts)
 * @param type the shot type of every shot of the chunk
 * @param speakers names of the characters who speak in the chunk, in order of first speech
 * @param dialogueCharacters characters of spoken text (what voice models bill)
 * @param shots the chunk's shots, in order
 */
public record ChunkEstimate(
    ChunkKind kind,
    SourceRange range,
    int lines,
    double screenSeconds,
    int textTokens,
    ShotType type,
    List<String> speakers,
    int dialogueCharacters,
    List<ShotEstimate> shots) {
  public ChunkEstimate {
    speakers = List.copyOf(speakers);
    shots = List.copyOf(shots);
  }

  /** The parts of every shot of the chunk. */
  public ModalityCosts modalities() {
    ModalityCosts sum = ModalityCosts.ZERO;
    for (ShotEstimate shot : shots) {
      sum = sum.plus(shot.modalities());
    }
    return sum;
  }

  /** Video seconds generated for the chunk's shots. */
  public double generatedSeconds() {
    return shots.stream().mapToDouble(ShotEstimate::generatedSeconds).sum();
  }

  /** Generations (each billed whole) for the chunk's shots. */
  public int clips() {
    return shots.stream().mapToInt(ShotEstimate::clips).sum();
  }

  public Cost video() {
    Cost sum = Cost.ZERO;
    for (ShotEstimate shot : shots) {
      sum = sum.plus(shot.modalities().video());
    }
    return sum;
  }

  public Cost voice() {
    return modalities().voice();
  }

  public Cost text() {
    return modalities().text();
  }

  public Cost total() {
    return modalities().total();
  }
}
