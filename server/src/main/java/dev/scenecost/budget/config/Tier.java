package dev.scenecost.budget.config;

/**
 * A named bundle of models and settings a scene is generated with.
 *
 * @param name {@code hero}, {@code standard}, {@code background}, {@code previz} or a custom name
 * @param description one line for hovers
 * @param video the video model and its output format
 * @param images the image model for character sheets and location plates
 * @param voice the voice model for dialogue
 * @param text the text model that writes shot prompts
 * @param generationsPerUsableSecond the tier's own yield, or null for the film's
 */
public record Tier(
    String name,
    String description,
    VideoSpec video,
    ImageSpec images,
    VoiceSpec voice,
    TextSpec text,
    Double generationsPerUsableSecond) {

  /**
   * Video model and format.
   *
   * @param maxClipSeconds the longest clip the model generates
   */
  public record VideoSpec(String model, int width, int height, int fps, double maxClipSeconds) {}

  /**
   * Image model, image size and how many images a reference needs.
   *
   * @param perCharacter images in a character sheet
   * @param perLocation images in a location plate
   */
  public record ImageSpec(String model, int width, int height, int perCharacter, int perLocation) {}

  /** Voice model and how many takes each line is generated. */
  public record VoiceSpec(String model, int takes) {}

  /** Text model and the output allowed for each shot prompt it writes. */
  public record TextSpec(String model, int outputTokensPerPrompt) {}
}
