package dev.scenecost.budget.config;

import dev.scenecost.budget.result.ShotType;
import java.util.EnumMap;
import java.util.Map;

/**
 * A named bundle of models and settings a scene is generated with.
 *
 * @param name {@code hero}, {@code standard}, {@code background}, {@code previz} or a custom name
 * @param description one line for hovers
 * @param video the video model and its output format
 * @param images the image model for character sheets and location plates (asset locking)
 * @param voice the voice model for dialogue when the video model does not speak it
 * @param text the text model that writes shot prompts
 * @param production how the film is made at this tier: ratios by shot type, keyframes, asset
 *     locking, lip-sync, fixes, upscaling, music and sound
 * @param models every model the tier names, by part ({@code video}, {@code keyframes}, {@code
 *     upscale.interpolation} ...), in order
 * @param modelLocations where each model name is written in a settings file, by part; parts from
 *     the built-in defaults are absent
 */
public record Tier(
    String name,
    String description,
    VideoSpec video,
    ImageSpec images,
    VoiceSpec voice,
    TextSpec text,
    Production production,
    Map<String, String> models,
    Map<String, ValueLocation> modelLocations) {
  public Tier {
    models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
    modelLocations = Map.copyOf(modelLocations);
  }

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

  /**
   * The workflow around the video model. Absent parts (null) cost nothing at this tier.
   *
   * @param ratios generated seconds per finished second, by shot type
   * @param nativeAudio true when the video model generates sound with the picture and speaks the
   *     dialogue (every shot priced with audio; no voice or lip-sync)
   * @param sheetAttempts attempts at each character sheet before one is kept
   * @param keyframes start frames (and end frames) per shot, or null for text-to-video
   * @param lora a LoRA trained per speaking character, or null
   * @param lipsync lip-sync of TTS onto dialogue shots, or null
   * @param fixes edit / extend / inpaint passes, or null
   * @param upscale upscaling (and interpolation) of kept footage, or null
   * @param music score per finished minute, or null
   * @param sound sound effects per finished minute, or null
   */
  public record Production(
      Map<ShotType, Ratio> ratios,
      boolean nativeAudio,
      int sheetAttempts,
      Keyframes keyframes,
      Lora lora,
      Lipsync lipsync,
      Fixes fixes,
      Upscale upscale,
      PerMinute music,
      PerMinute sound) {
    public Production {
      ratios = java.util.Collections.unmodifiableMap(new EnumMap<>(ratios));
    }

    public Ratio ratio(ShotType type) {
      return ratios.getOrDefault(type, Ratio.ONE);
    }
  }

  /**
   * Generated seconds per finished second for one shot type: the low end for a simple scene, raised
   * by the scene's complexity factor up to the high end.
   */
  public record Ratio(double low, double high) {
    public static final Ratio ONE = new Ratio(1, 1);

    /** {@code min(high, low x complexity)}. */
    public double at(double complexity) {
      return Math.min(high, low * complexity);
    }
  }

  /** Start-frame variants per shot, plus one end frame when {@code endFrame}. */
  public record Keyframes(String model, int variants, boolean endFrame) {
    public int perShot() {
      return variants + (endFrame ? 1 : 0);
    }
  }

  /** Training runs of a LoRA per speaking character, priced per run. */
  public record Lora(String model, int runs) {}

  /** Lip-sync model (per second) and retakes of each dialogue shot. */
  public record Lipsync(String model, int retakes) {}

  /** Fix model (per second) and the share of shots that need a pass. */
  public record Fixes(String model, double share) {}

  /**
   * Upscale model (per second), the handles added to the kept seconds, and an optional
   * interpolation model (per second, or null).
   */
  public record Upscale(String model, double handles, String interpolation) {}

  /** Audio model priced per second, and how many takes each finished minute needs. */
  public record PerMinute(String model, double takes) {}
}
