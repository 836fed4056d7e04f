package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;

/**
 * One chunk of a scene at the scene's tier.
 *
 * @param kind action beat or dialogue exchange
 * @param range from the first to the last element of the chunk
 * @param lines printed lines of the chunk (blank lines after it included)
 * @param screenSeconds the chunk's share of the scene's screen time, by lines
 * @param textTokens o200k tokens of the chunk's text (the body of its shot prompt)
 * @param generatedSeconds video seconds to generate: screen seconds x generations per usable second
 *     x the scene's complexity factor
 * @param clips clips needed, none longer than the video model's maximum clip
 * @param speakers names of the characters who speak in the chunk, in order of first speech
 * @param dialogueCharacters characters of spoken text (what voice models bill)
 * @param video video tokens (latent) and money
 * @param voice voice tokens (spoken text tokens x takes) and money
 * @param text prompt tokens (input and output) and money
 */
public record ChunkEstimate(
    ChunkKind kind,
    SourceRange range,
    int lines,
    double screenSeconds,
    int textTokens,
    double generatedSeconds,
    int clips,
    List<String> speakers,
    int dialogueCharacters,
    Cost video,
    Cost voice,
    Cost text) {
  public ChunkEstimate {
    speakers = List.copyOf(speakers);
  }

  public Cost total() {
    return video.plus(voice).plus(text);
  }
}
