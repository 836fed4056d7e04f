package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.PriceEntry;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.Tier;
import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.LocationUse;
import dev.scenecost.budget.result.ModalityCosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prices an analysed scene at a tier. The cache state says which characters and locations already
 * have reference images and prompt descriptions from earlier scenes. Catalog prices are in US
 * dollars; every amount is converted with the exchange rate.
 */
public final class CostModel {
  private final ProjectConfig config;

  public CostModel(ProjectConfig config) {
    this.config = config;
  }

  public ScenePricing price(
      SceneAnalysis scene, Tier tier, Set<String> cachedCharacters, Set<String> cachedLocations) {
    double rate = config.exchangeRate();
    PriceEntry video = config.catalog().get(tier.video().model());
    PriceEntry voice = config.catalog().get(tier.voice().model());
    PriceEntry text = config.catalog().get(tier.text().model());
    double generations =
        tier.generationsPerUsableSecond() != null
            ? tier.generationsPerUsableSecond()
            : config.yield().generationsPerUsableSecond();

    // Reference images: a sheet per new on-screen character, a plate for a new location.
    Cost sheet = referenceImages(tier, tier.images().perCharacter());
    Cost plate = referenceImages(tier, tier.images().perLocation());
    Cost images = Cost.ZERO;
    Cost savings = Cost.ZERO;
    List<CharacterUse> characters = new ArrayList<>();
    int descriptions = 1;
    int newDescriptions = 0;
    for (SceneAnalysis.Presence presence : scene.characters()) {
      boolean reused = presence.onScreen() && cachedCharacters.contains(presence.name());
      if (presence.onScreen()) {
        descriptions++;
        if (reused) {
          savings = savings.plus(sheet);
        } else {
          images = images.plus(sheet);
          newDescriptions++;
        }
      }
      characters.add(
          new CharacterUse(
              presence.name(),
              presence.onScreen(),
              presence.speaks(),
              reused,
              presence.onScreen() ? sheet : Cost.ZERO,
              presence.dialogueCharacters(),
              presence.firstMention()));
    }
    boolean locationReused = cachedLocations.contains(scene.location());
    if (locationReused) {
      savings = savings.plus(plate);
    } else {
      images = images.plus(plate);
      newDescriptions++;
    }
    LocationUse location =
        new LocationUse(
            scene.location(), scene.timeOfDay(), scene.interior(), locationReused, plate);

    // Per chunk: video, voice and the shot prompt.
    int descriptionTokens = config.prompt().descriptionTokens();
    double input = PriceEntry.orZero(text.inputCostPerToken());
    double cached = text.cachedInputPerToken();
    double output = PriceEntry.orZero(text.outputCostPerToken());
    int outputTokens = tier.text().outputTokensPerPrompt();
    List<ChunkEstimate> chunks = new ArrayList<>();
    Cost videoTotal = Cost.ZERO;
    Cost voiceTotal = Cost.ZERO;
    Cost textTotal = Cost.ZERO;
    boolean firstChunk = true;
    for (SceneAnalysis.Chunk chunk : scene.chunks()) {
      double generated = chunk.screenSeconds() * generations * scene.complexityFactor();
      int clips = clips(generated, tier.video().maxClipSeconds());
      long latent = videoTokens(generated, tier.video());
      double videoUsd =
          video.outputCostPerSecond() != null
              ? generated * video.outputCostPerSecond()
              : latent * PriceEntry.orZero(video.outputCostPerToken());
      Cost videoCost = new Cost(latent, videoUsd * rate);

      Cost voiceCost = Cost.ZERO;
      if (chunk.draft().kind() == ChunkKind.DIALOGUE_EXCHANGE) {
        int takes = tier.voice().takes();
        double voiceUsd =
            voice.inputCostPerCharacter() != null
                ? (double) chunk.dialogueCharacters() * takes * voice.inputCostPerCharacter()
                : chunk.dialogueCharacters()
                    / config.prompt().speechCharactersPerSecond()
                    * takes
                    * PriceEntry.orZero(voice.outputCostPerSecond());
        voiceCost = new Cost((long) chunk.spokenTokens() * takes, voiceUsd * rate);
      }

      // Descriptions new to the film are read at full price by the scene's first prompt and
      // from the cache by every prompt after that.
      int fresh = firstChunk ? newDescriptions : 0;
      int fromCache = descriptions - fresh;
      long inputTokens = chunk.textTokens() + (long) descriptions * descriptionTokens;
      double textUsd =
          chunk.textTokens() * input
              + (double) fresh * descriptionTokens * input
              + (double) fromCache * descriptionTokens * cached
              + (double) outputTokens * output;
      Cost textCost = new Cost(inputTokens + outputTokens, textUsd * rate);
      savings =
          savings.plus(
              new Cost(
                  (long) fromCache * descriptionTokens,
                  (double) fromCache * descriptionTokens * (input - cached) * rate));
      firstChunk = false;

      chunks.add(
          new ChunkEstimate(
              chunk.draft().kind(),
              chunk.draft().range(),
              chunk.draft().lines(),
              chunk.screenSeconds(),
              chunk.textTokens(),
              generated,
              clips,
              chunk.speakers(),
              chunk.dialogueCharacters(),
              videoCost,
              voiceCost,
              textCost));
      videoTotal = videoTotal.plus(videoCost);
      voiceTotal = voiceTotal.plus(voiceCost);
      textTotal = textTotal.plus(textCost);
    }
    return new ScenePricing(
        tier.name(),
        new ModalityCosts(videoTotal, images, voiceTotal, textTotal),
        savings,
        chunks,
        characters,
        location);
  }

  /** Images of a reference set: count x price per image (tokens x price per token if so priced). */
  public Cost referenceImages(Tier tier, int count) {
    PriceEntry model = config.catalog().get(tier.images().model());
    long perImage =
        model.outputTokensPerImage() != null
            ? model.outputTokensPerImage()
            : (long) ceilDiv(tier.images().width(), 16) * ceilDiv(tier.images().height(), 16);
    double usd =
        model.outputCostPerImage() != null
            ? model.outputCostPerImage()
            : perImage * PriceEntry.orZero(model.outputCostPerToken());
    return new Cost(perImage * count, usd * count * config.exchangeRate());
  }

  /** Clips needed for {@code seconds} of video when no clip may exceed {@code maxClip}. */
  public static int clips(double seconds, double maxClip) {
    if (seconds <= 0) {
      return 0;
    }
    return (int) Math.ceil(seconds / maxClip - 1e-9);
  }

  /**
   * Latent tokens of {@code seconds} of video cut into clips of at most the maximum length: per
   * clip of F frames, ((F - 1) / 4 + 1) x ceil(H / 16) x ceil(W / 16), integer division.
   */
  public static long videoTokens(double seconds, Tier.VideoSpec video) {
    int clips = clips(seconds, video.maxClipSeconds());
    if (clips == 0) {
      return 0;
    }
    long full = clipTokens(video.maxClipSeconds(), video);
    double last = seconds - (clips - 1) * video.maxClipSeconds();
    return full * (clips - 1) + clipTokens(last, video);
  }

  static long clipTokens(double seconds, Tier.VideoSpec video) {
    long frames = Math.round(seconds * video.fps());
    if (frames <= 0) {
      return 0;
    }
    long latentFrames = (frames - 1) / 4 + 1;
    return latentFrames * ceilDiv(video.height(), 16) * ceilDiv(video.width(), 16);
  }

  private static int ceilDiv(int value, int divisor) {
    return (value + divisor - 1) / divisor;
  }
}
