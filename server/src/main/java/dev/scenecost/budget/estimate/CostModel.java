package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.PriceEntry;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.Tier;
import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.LocationUse;
import dev.scenecost.budget.result.Modality;
import dev.scenecost.budget.result.ModalityCosts;
import dev.scenecost.budget.result.ShotEstimate;
import dev.scenecost.budget.result.ShotPrompt;
import dev.scenecost.budget.result.ShotType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prices an analysed scene at a tier, shot by shot (docs/estimation.md). The cache state says which
 * characters and locations already have locked references and prompt descriptions from earlier
 * scenes. Catalog prices are in US dollars; every amount is converted with the exchange rate and
 * multiplied by the platform markup.
 */
public final class CostModel {
  private final ProjectConfig config;

  public CostModel(ProjectConfig config) {
    this.config = config;
  }

  /** The scene at the tier, shot by shot: what the scene is estimated at. */
  public ScenePricing price(
      SceneAnalysis scene, Tier tier, Set<String> cachedCharacters, Set<String> cachedLocations) {
    return price(scene, tier, cachedCharacters, cachedLocations, true);
  }

  /**
   * The scene's parts at another tier, the same sums as {@link #price} without its shots, chunks
   * and characters: what a quote for a tier the scene is not at needs.
   */
  public ModalityCosts quote(
      SceneAnalysis scene, Tier tier, Set<String> cachedCharacters, Set<String> cachedLocations) {
    return price(scene, tier, cachedCharacters, cachedLocations, false).modalities();
  }

  private ScenePricing price(
      SceneAnalysis scene,
      Tier tier,
      Set<String> cachedCharacters,
      Set<String> cachedLocations,
      boolean detailed) {
    Tier.Production production = tier.production();

    // Asset locking: a sheet (and a LoRA for a principal, one who speaks in the film) per new
    // on-screen character, a plate for
    // a new location; paid in the scene where the asset first appears, saved where it is reused.
    Cost sheet = referenceImages(tier, tier.images().perCharacter() * production.sheetAttempts());
    Cost lora = lora(production.lora());
    Cost plate = referenceImages(tier, tier.images().perLocation());
    Cost references = Cost.ZERO;
    Cost savings = Cost.ZERO;
    List<CharacterUse> characters = new ArrayList<>();
    Set<String> freshAssets = new HashSet<>();
    Set<String> lockedHere = new HashSet<>(cachedCharacters);
    int descriptions = 1;
    int newDescriptions = 0;
    for (SceneAnalysis.Presence presence : scene.characters()) {
      boolean reused = presence.onScreen() && cachedCharacters.contains(presence.name());
      Cost asset = presence.principal() ? sheet.plus(lora) : sheet;
      if (presence.onScreen()) {
        descriptions++;
        lockedHere.add(presence.name());
        if (reused) {
          savings = savings.plus(asset);
        } else {
          references = references.plus(asset);
          if (detailed) {
            freshAssets.add(characterKey(presence.name()));
          }
          newDescriptions++;
        }
      }
      if (detailed) {
        characters.add(
            new CharacterUse(
                presence.name(),
                presence.onScreen(),
                presence.speaks(),
                reused,
                presence.onScreen() ? asset : Cost.ZERO,
                presence.dialogueCharacters(),
                presence.firstMention()));
      }
    }
    boolean locationReused = cachedLocations.contains(scene.location());
    if (locationReused) {
      savings = savings.plus(plate);
    } else {
      references = references.plus(plate);
      freshAssets.add(locationKey(scene.location()));
      newDescriptions++;
    }
    LocationUse location =
        detailed
            ? new LocationUse(
                scene.location(), scene.timeOfDay(), scene.interior(), locationReused, plate)
            : null;
    String heading = detailed ? headingContext(scene) : null;
    String locationKey = detailed ? locationKey(scene.location()) : null;

    // Shot by shot: video, keyframes, voice, lip-sync, fixes, upscale and the prompt.
    int descriptionTokens = config.prompt().descriptionTokens();
    PriceEntry text = config.catalog().get(tier.text().model());
    double input = PriceEntry.orZero(text.inputCostPerToken());
    double cached = text.cachedInputPerToken();
    List<ChunkEstimate> chunks = new ArrayList<>();
    ModalityCosts shotsTotal = ModalityCosts.ZERO;
    int number = 0;
    for (SceneAnalysis.Chunk chunk : scene.chunks()) {
      int count = shotCount(chunk.screenSeconds());
      List<ShotEstimate> shots = detailed ? new ArrayList<>(count) : List.of();
      List<String> seen =
          detailed
              ? chunk.people().stream().filter(p -> lockedHere.contains(p)).toList()
              : List.of();
      for (int i = 0; i < count; i++) {
        number++;
        double seconds = chunk.screenSeconds() / count;
        double share = 1.0 / count;
        Map<Modality, Cost> parts = new EnumMap<>(Modality.class);
        Shot video = video(tier, chunk.type(), seconds, scene.complexityFactor());
        parts.put(Modality.VIDEO, video.cost());
        parts.put(Modality.KEYFRAMES, keyframes(tier));
        if (chunk.draft().kind() == ChunkKind.DIALOGUE_EXCHANGE && !production.nativeAudio()) {
          parts.put(Modality.VOICE, voice(tier, chunk, share));
          parts.put(Modality.LIPSYNC, lipsync(tier, seconds));
        }
        parts.put(Modality.FIXES, fixes(tier, seconds));
        parts.put(Modality.UPSCALE, upscale(tier, seconds));

        // Descriptions new to the film are read at full price by the scene's first prompt and
        // from the cache by every prompt after that.
        int fresh = number == 1 ? newDescriptions : 0;
        int fromCache = descriptions - fresh;
        int outputTokens = tier.text().outputTokensPerPrompt();
        long inputTokens = chunk.textTokens() + (long) descriptions * descriptionTokens;
        double textUsd =
            chunk.textTokens() * input
                + (double) fresh * descriptionTokens * input
                + (double) fromCache * descriptionTokens * cached
                + (double) outputTokens * PriceEntry.orZero(text.outputCostPerToken());
        parts.put(Modality.TEXT, new Cost(inputTokens + outputTokens, money(textUsd)));
        savings =
            savings.plus(
                new Cost(
                    (long) fromCache * descriptionTokens,
                    money((double) fromCache * descriptionTokens * (input - cached))));

        ModalityCosts costs = new ModalityCosts(parts);
        if (detailed) {
          List<ShotEstimate.ShotReference> refs = new ArrayList<>();
          List<String> keys = new ArrayList<>();
          keys.add(locationKey);
          seen.forEach(name -> keys.add(characterKey(name)));
          for (String key : keys) {
            refs.add(new ShotEstimate.ShotReference(key, freshAssets.remove(key)));
          }
          shots.add(
              new ShotEstimate(
                  number,
                  chunk.type(),
                  seconds,
                  video.ratio(),
                  video.generated(),
                  video.clipSeconds(),
                  video.clips(),
                  video.billed(),
                  video.audio(),
                  production.keyframes() == null ? 0 : production.keyframes().perShot(),
                  refs,
                  new ShotPrompt(
                      heading, chunk.type(), i, count, seconds, keys, chunk.draft().promptPieces()),
                  costs));
        }
        shotsTotal = shotsTotal.plus(costs);
      }
      if (detailed) {
        chunks.add(
            new ChunkEstimate(
                chunk.draft().kind(),
                chunk.draft().range(),
                chunk.draft().lines(),
                chunk.screenSeconds(),
                chunk.textTokens(),
                chunk.type(),
                chunk.speakers(),
                chunk.dialogueCharacters(),
                shots));
      }
    }
    ModalityCosts modalities =
        shotsTotal
            .with(Modality.REFERENCES, references)
            .with(Modality.MUSIC, perMinute(production.music(), scene.screenSeconds()))
            .with(Modality.SOUND, perMinute(production.sound(), scene.screenSeconds()));
    return new ScenePricing(tier.name(), modalities, savings, chunks, characters, location);
  }

  /** Shots a chunk is cut into: as few as keep each within the longest shot; none when empty. */
  int shotCount(double seconds) {
    if (seconds <= 0) {
      return 0;
    }
    return Math.max(1, (int) Math.ceil(seconds / config.shots().longestShotSeconds() - 1e-9));
  }

  /** A shot's video: ratio, generated seconds, whole clips billed, tokens and money. */
  record Shot(
      double ratio,
      double generated,
      double clipSeconds,
      int clips,
      double billed,
      boolean audio,
      Cost cost) {}

  /**
   * The video of one shot: generated = finished x R (the tier's ratio for the type, raised by the
   * complexity); a model with clip lengths bills each generation whole at the shortest length that
   * holds the shot (a shot longer than the longest clip is cut into equal segments), so billed =
   * clips x clip length; a model without clip lengths bills the generated seconds.
   */
  Shot video(Tier tier, ShotType type, double seconds, double complexity) {
    Tier.VideoSpec spec = tier.video();
    PriceEntry model = config.catalog().get(spec.model());
    double ratio = tier.production().ratio(type).at(complexity);
    double generated = seconds * ratio;
    // Generated with sound on, every shot pays the audio price (its ambience is kept too).
    boolean audio = tier.production().nativeAudio();
    List<Double> lengths =
        model.clipSeconds().stream().filter(l -> l <= spec.maxClipSeconds() + 1e-9).toList();
    if (lengths.isEmpty() && !model.clipSeconds().isEmpty()) {
      lengths = List.of(model.clipSeconds().get(0));
    }
    double clipSeconds = 0;
    int clips;
    double billed;
    long tokens;
    if (lengths.isEmpty() || generated <= 0) {
      billed = generated;
      clips = clips(generated, spec.maxClipSeconds());
      tokens = videoTokens(generated, spec);
    } else {
      double longest = lengths.get(lengths.size() - 1);
      int segments = Math.max(1, (int) Math.ceil(seconds / longest - 1e-9));
      double segment = seconds / segments;
      clipSeconds = longest;
      for (double length : lengths) {
        if (length >= segment - 1e-9) {
          clipSeconds = length;
          break;
        }
      }
      clips = segments * (int) Math.ceil(segment * ratio / clipSeconds - 1e-9);
      billed = clips * clipSeconds;
      tokens = clips * clipTokens(clipSeconds, spec);
    }
    Double perSecond = model.videoPerSecond(spec.height(), audio);
    double usd =
        perSecond != null
            ? billed * perSecond
            : tokens * PriceEntry.orZero(model.outputCostPerToken());
    return new Shot(
        ratio, generated, clipSeconds, clips, billed, audio, new Cost(tokens, money(usd)));
  }

  /** Start-frame variants and the end frame of one shot, at the keyframe model. */
  Cost keyframes(Tier tier) {
    Tier.Keyframes keyframes = tier.production().keyframes();
    if (keyframes == null || keyframes.perShot() == 0) {
      return Cost.ZERO;
    }
    return images(keyframes.model(), tier.images(), keyframes.perShot());
  }

  /** The shot's share of the chunk's dialogue, spoken {@code takes} times by the voice model. */
  Cost voice(Tier tier, SceneAnalysis.Chunk chunk, double share) {
    int takes = tier.voice().takes();
    double characters = chunk.dialogueCharacters() * share;
    return new Cost(
        Math.round(chunk.spokenTokens() * takes * share), speech(tier, characters).amount());
  }

  /** {@code characters} of dialogue spoken {@code takes} times by the tier's voice model. */
  public Cost speech(Tier tier, double characters) {
    PriceEntry voice = config.catalog().get(tier.voice().model());
    if (voice == null) {
      return Cost.ZERO;
    }
    int takes = tier.voice().takes();
    double usd =
        voice.inputCostPerCharacter() != null
            ? characters * takes * voice.inputCostPerCharacter()
            : characters
                / config.prompt().speechCharactersPerSecond()
                * takes
                * PriceEntry.orZero(voice.outputCostPerSecond());
    return new Cost(0, money(usd));
  }

  /** Lip-sync of a dialogue shot: its seconds x retakes at the lip-sync model's price. */
  Cost lipsync(Tier tier, double seconds) {
    return lipsync(tier.production().lipsync(), tier, seconds);
  }

  /** Lip-sync of {@code seconds} x retakes with that part (null: none), at the tier's size. */
  public Cost lipsync(Tier.Lipsync lipsync, Tier tier, double seconds) {
    if (lipsync == null) {
      return Cost.ZERO;
    }
    return perSecond(lipsync.model(), tier, seconds * lipsync.retakes());
  }

  /** The expected fix pass: share x the shot's seconds at the fix model's price. */
  Cost fixes(Tier tier, double seconds) {
    Tier.Fixes fixes = tier.production().fixes();
    if (fixes == null || fixes.share() == 0) {
      return Cost.ZERO;
    }
    return perSecond(fixes.model(), tier, seconds * fixes.share());
  }

  /** Upscale (and interpolation) of the kept seconds plus handles. */
  Cost upscale(Tier tier, double seconds) {
    return upscale(tier.production().upscale(), tier, seconds);
  }

  /** Upscale of {@code seconds} plus handles with that part (null: none), to the tier's size. */
  public Cost upscale(Tier.Upscale upscale, Tier tier, double seconds) {
    if (upscale == null) {
      return Cost.ZERO;
    }
    double kept = seconds * (1 + upscale.handles());
    Cost cost = perSecond(upscale.model(), tier, kept);
    if (upscale.interpolation() != null) {
      cost =
          new Cost(
              cost.tokens(),
              cost.amount() + perSecond(upscale.interpolation(), tier, kept).amount());
    }
    return cost;
  }

  /** Music or sound for a scene: its screen time x takes at the audio model's price per second. */
  Cost perMinute(Tier.PerMinute part, double screenSeconds) {
    if (part == null) {
      return Cost.ZERO;
    }
    PriceEntry model = config.catalog().get(part.model());
    if (model == null) {
      return Cost.ZERO;
    }
    return new Cost(
        0, money(screenSeconds * part.takes() * PriceEntry.orZero(model.outputCostPerSecond())));
  }

  /** Video seconds priced by a per-second model at the tier's resolution, with latent tokens. */
  private Cost perSecond(String modelName, Tier tier, double seconds) {
    PriceEntry model = config.catalog().get(modelName);
    if (model == null || seconds <= 0) {
      return Cost.ZERO;
    }
    Double price = model.videoPerSecond(tier.video().height(), false);
    return new Cost(videoTokens(seconds, tier.video()), money(seconds * PriceEntry.orZero(price)));
  }

  private Cost lora(Tier.Lora lora) {
    if (lora == null || lora.runs() == 0) {
      return Cost.ZERO;
    }
    PriceEntry model = config.catalog().get(lora.model());
    if (model == null) {
      return Cost.ZERO;
    }
    return new Cost(0, money(lora.runs() * PriceEntry.orZero(model.price("output_cost_per_run"))));
  }

  /**
   * The video of an estimated shot had it been generated at another frame height by the same model:
   * the same clips billed, at the model's price for that height. Null when the entry names no price
   * for that height (with audio when the shot has it), or prices the tier's video by tokens.
   */
  public Cost videoAtHeight(Tier tier, ShotEstimate shot, int height) {
    PriceEntry model = config.catalog().get(tier.video().model());
    if (model == null
        || model.videoPerSecond(tier.video().height(), shot.nativeAudio()) == null
        || !model.namesResolutionPrice(height, shot.nativeAudio())) {
      return null;
    }
    double perSecond = model.videoPerSecond(height, shot.nativeAudio());
    return new Cost(0, money(shot.billedSeconds() * perSecond));
  }

  /** {@code count} keyframe images at the tier's keyframe model, else its image model. */
  public Cost keyframeImages(Tier tier, int count) {
    Tier.Keyframes keyframes = tier.production().keyframes();
    return images(
        keyframes == null ? tier.images().model() : keyframes.model(), tier.images(), count);
  }

  /** Images of a reference set: count x price per image (tokens x price per token if so priced). */
  public Cost referenceImages(Tier tier, int count) {
    return images(tier.images().model(), tier.images(), count);
  }

  private Cost images(String modelName, Tier.ImageSpec size, int count) {
    PriceEntry model = config.catalog().get(modelName);
    if (model == null || count == 0) {
      return Cost.ZERO;
    }
    long perImage =
        model.outputTokensPerImage() != null
            ? model.outputTokensPerImage()
            : (long) ceilDiv(size.width(), 16) * ceilDiv(size.height(), 16);
    Double usd = model.imagePrice(size.width(), size.height(), perImage);
    return new Cost(perImage * count, money(PriceEntry.orZero(usd) * count));
  }

  /** US dollars in the project's currency, with the platform markup. */
  private double money(double usd) {
    return usd * config.exchangeRate() * config.platformMarkup();
  }

  /** The scene heading's context a shot prompt opens with: interior, location, time of day. */
  static String headingContext(SceneAnalysis scene) {
    StringBuilder context = new StringBuilder();
    context.append(scene.interior() == null ? "" : scene.interior() + " ");
    context.append(scene.location());
    if (scene.timeOfDay() != null && !scene.timeOfDay().isBlank()) {
      context.append(" - ").append(scene.timeOfDay().trim().toUpperCase(Locale.ROOT));
    }
    return context.toString();
  }

  /** The stable cache key of a character's sheet: {@code character:} and the name in kebab case. */
  public static String characterKey(String name) {
    return "character:" + slug(name);
  }

  /** The stable cache key of a location's plate: {@code location:} and the name in kebab case. */
  public static String locationKey(String location) {
    return "location:" + slug(location);
  }

  /**
   * The text in lower case, each run of characters other than letters and digits (any script) as
   * one hyphen, none at either end; "unnamed" when nothing is left. Written out rather than with
   * regular expressions because every shot of every scene asks for its keys after each keystroke.
   */
  private static String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (isLetterOrNumber(c)) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        gap = false;
        slug.appendCodePoint(c);
      } else {
        gap = true;
      }
    }
    return slug.length() == 0 ? "unnamed" : slug.toString();
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter or a number of any kind. */
  private static boolean isLetterOrNumber(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
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
