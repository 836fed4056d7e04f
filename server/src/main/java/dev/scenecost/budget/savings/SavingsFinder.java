package dev.scenecost.budget.savings;

import dev.scenecost.budget.config.ConfigLoader;
import dev.scenecost.budget.config.ProjectConfig;
import dev.scenecost.budget.config.Tier;
import dev.scenecost.budget.estimate.CostModel;
import dev.scenecost.budget.format.Amounts;
import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.ChunkKind;
import dev.scenecost.budget.result.EffectHit;
import dev.scenecost.budget.result.FilmEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import dev.scenecost.budget.result.ShotEstimate;
import dev.scenecost.budget.result.ShotType;
import dev.scenecost.jfountain.Scene;
import dev.scenecost.jfountain.Screenplay;
import dev.scenecost.jfountain.SourceRange;
import dev.scenecost.jfountain.node.Action;
import dev.scenecost.jfountain.node.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds savings the writer can act on (docs/estimation.md, "Savings the writer can act on"), read
 * from the estimate as it is priced: each amount is the part of the scene's estimate a cheaper way
 * of generating would not spend. Findings only; nothing here changes a price.
 */
public final class SavingsFinder {
  /** An establishing shot is taken as the first seconds of a scene's opening beat. */
  static final double ESTABLISHING_SECONDS = 3.0;

  /** The frame height {@code generate-low-upscale} generates at before upscaling. */
  static final int LOW_HEIGHT = 720;

  /** Dialogue coverage with more people than this is not static enough for one keyframe. */
  static final int MAX_DIALOGUE_PEOPLE = 2;

  /** How a character's cache key starts ({@link CostModel#characterKey}). */
  private static final String CHARACTER_KEY = "character:";

  /** The upscaler a tier without one is priced with (the built-in tier's part that uses it). */
  static final String FALLBACK_UPSCALER = "flashvsr";

  /** The lip-sync model a tier without one is priced with (the built-in tier's part). */
  static final String FALLBACK_LIPSYNC = "sync/lipsync-2";

  /** Words that say something moves: a beat with one of them needs a generated clip. */
  private static final Set<String> MOTION_STEMS =
      Set.copyOf(
          List.of(
              "run",
              "ran",
              "walk",
              "mov",
              "fall",
              "fell",
              "jump",
              "leap",
              "driv",
              "drove",
              "fly",
              "flie",
              "flew",
              "turn",
              "open",
              "clos",
              "enter",
              "exit",
              "leav",
              "left",
              "crash",
              "chas",
              "danc",
              "swing",
              "throw",
              "threw",
              "climb",
              "rush",
              "rac",
              "spin",
              "roll",
              "pour",
              "step",
              "ris",
              "rose",
              "sway",
              "blow",
              "flicker",
              "wav",
              "shak",
              "burst",
              "slid",
              "pass",
              "crawl",
              "hurr",
              "drift",
              "flow",
              "sweep",
              "push",
              "pull",
              "lift",
              "drop",
              "grab",
              "kick",
              "hit",
              "fight",
              "flee",
              "fled",
              "storm",
              "explod",
              "shoot",
              "shot",
              "spark",
              "flash",
              "swirl",
              "tumbl",
              "roar",
              "gallop",
              "rac",
              "stream",
              "creep",
              "crept",
              "sneak",
              "snuck",
              "approach",
              "arriv",
              "depart",
              "follow",
              "track",
              "pan",
              "zoom",
              "cross",
              "hurl",
              "toss",
              "wander",
              "stagger",
              "stumbl",
              "lunge",
              "dash",
              "bolt",
              "sprint",
              "march",
              "ride",
              "rode",
              "swim",
              "swam",
              "sail",
              "float",
              "bounc",
              "collaps",
              "shatter",
              "smash",
              "break",
              "broke",
              "slam",
              "bang",
              "knock",
              "tap",
              "nod",
              "smil",
              "laugh",
              "cry",
              "cri",
              "sit",
              "sat",
              "stand",
              "stood",
              "look",
              "glanc",
              "watch",
              "reach",
              "hand",
              "kiss",
              "hug",
              "take",
              "took",
              "put",
              "pick"));

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  private SavingsFinder() {}

  public static List<Saving> find(
      FilmEstimate film, Screenplay screenplay, ProjectConfig config, SavingsSettings settings) {
    return find(film, screenplay, config, settings, null);
  }

  /**
   * As {@link #find(FilmEstimate, Screenplay, ProjectConfig, SavingsSettings)}, taking each scene's
   * savings from the previous estimate of the same screenplay where nothing they depend on changed.
   *
   * @param memo the previous estimate's savings, or null to find every scene's afresh
   */
  public static List<Saving> find(
      FilmEstimate film,
      Screenplay screenplay,
      ProjectConfig config,
      SavingsSettings settings,
      SavingsMemo.Finder memo) {
    List<Saving> savings = new ArrayList<>();
    CostModel costs = new CostModel(config);
    Map<String, SceneEstimate> seenAt = new HashMap<>();
    Set<String> names = film.characters().keySet();
    if (memo != null) {
      memo.names(names);
    }
    for (SceneEstimate scene : film.scenes()) {
      String place = placeKey(scene);
      SceneEstimate earlier = place == null ? null : seenAt.get(place);
      if (place != null && earlier == null) {
        seenAt.put(place, scene);
      }
      if (memo == null) {
        savings.addAll(scene(film, scene, earlier, screenplay, config, settings, costs, names));
      } else {
        savings.addAll(
            memo.scene(
                scene,
                earlier,
                () -> scene(film, scene, earlier, screenplay, config, settings, costs, names)));
      }
    }
    if (memo != null) {
      memo.finish();
    }
    return savings;
  }

  /** The savings of one scene; {@code earlier} is the first scene at the same place, if any. */
  private static List<Saving> scene(
      FilmEstimate film,
      SceneEstimate scene,
      SceneEstimate earlier,
      Screenplay screenplay,
      ProjectConfig config,
      SavingsSettings settings,
      CostModel costs,
      Set<String> names) {
    List<Saving> savings = new ArrayList<>();
    Scene parsed = screenplay.scenes().get(scene.index());
    ChunkEstimate establishing = null;
    if (earlier != null && settings.enabled(SavingRule.REUSE_ESTABLISHING_SHOT)) {
      ChunkEstimate first = scene.chunks().isEmpty() ? null : scene.chunks().get(0);
      if (first != null
          && empty(first, scene, text(first, parsed), names)
          && first.screenSeconds() > 0) {
        double seconds = Math.min(ESTABLISHING_SECONDS, first.screenSeconds());
        double amount = first.video().amount() * seconds / first.screenSeconds();
        if (amount >= settings.minimum(SavingRule.REUSE_ESTABLISHING_SHOT)) {
          establishing = first;
          savings.add(
              new Saving(
                  SavingRule.REUSE_ESTABLISHING_SHOT,
                  scene.index(),
                  scene.label(),
                  first.range(),
                  amount,
                  "The scene returns to "
                      + scene.location().name()
                      + " at "
                      + scene.location().timeOfDay().trim()
                      + ", first seen in scene "
                      + earlier.label()
                      + ": reusing that establishing shot instead of generating its first "
                      + Amounts.duration(seconds)
                      + " again saves about "
                      + Amounts.money(amount, film.currencySymbol())
                      + "."));
        }
      }
    }
    Tier tier = config.tier(scene.tier()).orElse(null);
    if (tier == null) {
      return savings;
    }
    // A beat one rule already replaces is left to it, so no amount is counted twice.
    Set<ChunkEstimate> claimed =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (establishing != null) {
      claimed.add(establishing);
    }
    if (settings.enabled(SavingRule.STILL_WITH_CAMERA_MOVE)) {
      stills(film, scene, parsed, tier, costs, names, settings, claimed, savings);
    }
    if (settings.enabled(SavingRule.LIPSYNC_ON_KEYFRAME)) {
      lipsyncOnKeyframes(film, scene, tier, costs, settings, claimed, savings);
    }
    if (settings.enabled(SavingRule.GENERATE_LOW_UPSCALE)) {
      lowResolution(film, scene, tier, costs, settings, claimed, savings);
    }
    return savings;
  }

  private static void stills(
      FilmEstimate film,
      SceneEstimate scene,
      Scene parsed,
      Tier tier,
      CostModel costs,
      Set<String> names,
      SavingsSettings settings,
      Set<ChunkEstimate> claimed,
      List<Saving> savings) {
    double still = costs.referenceImages(tier, 1).amount();
    for (ChunkEstimate chunk : scene.chunks()) {
      if (claimed.contains(chunk) || chunk.kind() != ChunkKind.ACTION_BEAT) {
        continue;
      }
      String text = text(chunk, parsed);
      if (!empty(chunk, scene, text, names) || moves(chunk, scene, text)) {
        continue;
      }
      double amount = chunk.video().amount() - still;
      if (amount >= settings.minimum(SavingRule.STILL_WITH_CAMERA_MOVE)) {
        claimed.add(chunk);
        savings.add(
            new Saving(
                SavingRule.STILL_WITH_CAMERA_MOVE,
                scene.index(),
                scene.label(),
                chunk.range(),
                amount,
                "No one is on screen and nothing moves in this beat: one still ("
                    + Amounts.money(still, film.currencySymbol())
                    + " at \""
                    + tier.name()
                    + "\") with a camera move instead of "
                    + Amounts.duration(chunk.generatedSeconds())
                    + " of generated video saves about "
                    + Amounts.money(amount, film.currencySymbol())
                    + "."));
      }
    }
  }

  /**
   * Static dialogue coverage (an exchange of dialogue shots, no effect in it, at most two people)
   * lip-synced onto one keyframe per shot: the shots' video less the keyframes, the lip-sync of the
   * finished seconds (with the tier's retakes) and, where the video model spoke the lines, the
   * voice that must now speak them.
   */
  private static void lipsyncOnKeyframes(
      FilmEstimate film,
      SceneEstimate scene,
      Tier tier,
      CostModel costs,
      SavingsSettings settings,
      Set<ChunkEstimate> claimed,
      List<Saving> savings) {
    Tier.Lipsync lipsync =
        tier.production().lipsync() != null
            ? tier.production().lipsync()
            : builtIn(t -> t.production().lipsync(), FALLBACK_LIPSYNC, Tier.Lipsync::model);
    if (lipsync == null) {
      return;
    }
    String symbol = film.currencySymbol();
    for (ChunkEstimate chunk : scene.chunks()) {
      if (claimed.contains(chunk)
          || chunk.kind() != ChunkKind.DIALOGUE_EXCHANGE
          || chunk.type() != ShotType.DIALOGUE
          || chunk.shots().isEmpty()
          || people(chunk) > MAX_DIALOGUE_PEOPLE
          || scene.effects().stream().anyMatch(hit -> inside(hit.range(), chunk.range()))) {
        continue;
      }
      double video = chunk.video().amount();
      double keyframes = costs.keyframeImages(tier, chunk.shots().size()).amount();
      double synced = costs.lipsync(lipsync, tier, chunk.screenSeconds()).amount();
      boolean spoken = chunk.shots().get(0).nativeAudio();
      double voice = spoken ? costs.speech(tier, chunk.dialogueCharacters()).amount() : 0;
      double amount = video - keyframes - synced - voice;
      if (amount < settings.minimum(SavingRule.LIPSYNC_ON_KEYFRAME)) {
        continue;
      }
      claimed.add(chunk);
      savings.add(
          new Saving(
              SavingRule.LIPSYNC_ON_KEYFRAME,
              scene.index(),
              scene.label(),
              chunk.range(),
              amount,
              "Static dialogue, no effects and at most two people: lip-syncing "
                  + Amounts.duration(chunk.screenSeconds())
                  + " with \""
                  + lipsync.model()
                  + "\" ("
                  + Amounts.money(synced, symbol)
                  + ") onto "
                  + (chunk.shots().size() == 1
                      ? "one keyframe"
                      : chunk.shots().size() + " keyframes")
                  + " ("
                  + Amounts.money(keyframes, symbol)
                  + ")"
                  + (spoken
                      ? ", the lines spoken by \""
                          + tier.voice().model()
                          + "\" ("
                          + Amounts.money(voice, symbol)
                          + ")"
                      : "")
                  + " instead of generating "
                  + Amounts.duration(chunk.generatedSeconds())
                  + " of video ("
                  + Amounts.money(video, symbol)
                  + ") saves about "
                  + Amounts.money(amount, symbol)
                  + "."));
    }
  }

  /**
   * A scene generated above 720p, generated at the video model's own 720p price (the same clips)
   * and upscaled to the tier's size, kept seconds plus handles: an extra pass even where the tier
   * already upscales, so the saving is never overstated. Beats another rule replaces are left out.
   */
  private static void lowResolution(
      FilmEstimate film,
      SceneEstimate scene,
      Tier tier,
      CostModel costs,
      SavingsSettings settings,
      Set<ChunkEstimate> claimed,
      List<Saving> savings) {
    if (tier.video().height() <= LOW_HEIGHT) {
      return;
    }
    Tier.Upscale own = tier.production().upscale();
    Tier.Upscale upscale =
        own != null
            ? new Tier.Upscale(own.model(), own.handles(), null)
            : builtIn(t -> t.production().upscale(), FALLBACK_UPSCALER, Tier.Upscale::model);
    if (upscale == null) {
      return;
    }
    if (upscale.interpolation() != null) {
      upscale = new Tier.Upscale(upscale.model(), upscale.handles(), null);
    }
    double video = 0;
    double low = 0;
    double upscaled = 0;
    double kept = 0;
    for (ChunkEstimate chunk : scene.chunks()) {
      if (claimed.contains(chunk)) {
        continue;
      }
      for (ShotEstimate shot : chunk.shots()) {
        var atLow = costs.videoAtHeight(tier, shot, LOW_HEIGHT);
        if (atLow == null) {
          return;
        }
        video += shot.modalities().video().amount();
        low += atLow.amount();
        upscaled += costs.upscale(upscale, tier, shot.finishedSeconds()).amount();
        kept += shot.finishedSeconds();
      }
    }
    double amount = video - low - upscaled;
    if (kept <= 0 || amount < settings.minimum(SavingRule.GENERATE_LOW_UPSCALE)) {
      return;
    }
    String symbol = film.currencySymbol();
    savings.add(
        new Saving(
            SavingRule.GENERATE_LOW_UPSCALE,
            scene.index(),
            scene.label(),
            scene.headingRange(),
            amount,
            "Generating this scene's video with \""
                + tier.video().model()
                + "\" at "
                + LOW_HEIGHT
                + "p ("
                + Amounts.money(low, symbol)
                + ") and upscaling the kept "
                + Amounts.duration(kept)
                + " to "
                + tier.video().height()
                + "p with \""
                + upscale.model()
                + "\" ("
                + Amounts.money(upscaled, symbol)
                + ") instead of generating at "
                + tier.video().height()
                + "p ("
                + Amounts.money(video, symbol)
                + ") saves about "
                + Amounts.money(amount, symbol)
                + "."));
  }

  /** People in an exchange: its speakers, or the characters its shots show if more. */
  private static int people(ChunkEstimate chunk) {
    int shown = 0;
    for (ShotEstimate shot : chunk.shots()) {
      int here =
          (int)
              shot.references().stream().filter(ref -> ref.key().startsWith(CHARACTER_KEY)).count();
      shown = Math.max(shown, here);
    }
    return Math.max(shown, chunk.speakers().size());
  }

  /**
   * The part a tier without one borrows: the built-in tier's part that uses the named model (its
   * handles or retakes with it), priced from the project's catalog; null when no built-in tier uses
   * it.
   */
  private static <T> T builtIn(
      java.util.function.Function<Tier, T> part,
      String model,
      java.util.function.Function<T, String> modelOf) {
    for (Tier builtIn : ConfigLoader.defaults().tiers().values()) {
      T candidate = part.apply(builtIn);
      if (candidate != null && model.equals(modelOf.apply(candidate))) {
        return candidate;
      }
    }
    return null;
  }

  /** The total of the savings. */
  public static double total(List<Saving> savings) {
    return savings.stream().mapToDouble(Saving::amount).sum();
  }

  private static String placeKey(SceneEstimate scene) {
    if (scene.location() == null || scene.location().timeOfDay() == null) {
      return null;
    }
    String time = scene.location().timeOfDay().trim().toUpperCase(Locale.ROOT);
    if (time.isEmpty() || time.equals("CONTINUOUS") || time.equals("LATER")) {
      return null;
    }
    return scene.location().name() + "\u0000" + time;
  }

  /** No character is mentioned or speaks in the chunk. */
  private static boolean empty(
      ChunkEstimate chunk, SceneEstimate scene, String text, Set<String> names) {
    if (!chunk.speakers().isEmpty()) {
      return false;
    }
    for (CharacterUse character : scene.characters()) {
      if (character.firstMention() != null && inside(character.firstMention(), chunk.range())) {
        return false;
      }
    }
    // Names are looked up word by word (and in runs of up to three words, for YOUNG EDWARD).
    List<String> words = new ArrayList<>();
    var matcher = WORD.matcher(text.toUpperCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    for (int i = 0; i < words.size(); i++) {
      String run = words.get(i);
      for (int length = 1; length <= 3 && i + length <= words.size(); length++) {
        if (length > 1) {
          run = run + " " + words.get(i + length - 1);
        }
        if (names.contains(run)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A motion word or an effect in the chunk. */
  private static boolean moves(ChunkEstimate chunk, SceneEstimate scene, String text) {
    for (EffectHit hit : scene.effects()) {
      if (inside(hit.range(), chunk.range())) {
        return true;
      }
    }
    var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (words.find()) {
      String word = words.group();
      // Every stem is 2 to 8 letters: look the word's prefixes up instead of trying each stem.
      for (int length = 2; length <= Math.min(8, word.length()); length++) {
        if (MOTION_STEMS.contains(word.substring(0, length))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(ChunkEstimate chunk, Scene parsed) {
    StringBuilder text = new StringBuilder();
    for (Element element : parsed.elements()) {
      if (element instanceof Action && inside(element.range(), chunk.range())) {
        text.append(element.text()).append('\n');
      }
    }
    return text.toString();
  }

  private static boolean inside(SourceRange inner, SourceRange outer) {
    return outer.start().compareTo(inner.start()) <= 0 && inner.end().compareTo(outer.end()) <= 0;
  }
}
