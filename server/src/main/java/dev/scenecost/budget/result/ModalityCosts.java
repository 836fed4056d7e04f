package dev.scenecost.budget.result;

import java.util.EnumMap;
import java.util.Map;

/**
 * Tokens and money per part of the bill; {@link #total()} is their sum and {@link #images()} the
 * keyframes and references together (the one image line of reports before schema 2).
 */
public record ModalityCosts(
    Cost video,
    Cost keyframes,
    Cost references,
    Cost voice,
    Cost lipsync,
    Cost fixes,
    Cost upscale,
    Cost music,
    Cost sound,
    Cost text) {
  public static final ModalityCosts ZERO = new ModalityCosts(new EnumMap<>(Modality.class));

  /** From a map of parts; absent parts are zero. */
  public ModalityCosts(Map<Modality, Cost> parts) {
    this(
        parts.getOrDefault(Modality.VIDEO, Cost.ZERO),
        parts.getOrDefault(Modality.KEYFRAMES, Cost.ZERO),
        parts.getOrDefault(Modality.REFERENCES, Cost.ZERO),
        parts.getOrDefault(Modality.VOICE, Cost.ZERO),
        parts.getOrDefault(Modality.LIPSYNC, Cost.ZERO),
        parts.getOrDefault(Modality.FIXES, Cost.ZERO),
        parts.getOrDefault(Modality.UPSCALE, Cost.ZERO),
        parts.getOrDefault(Modality.MUSIC, Cost.ZERO),
        parts.getOrDefault(Modality.SOUND, Cost.ZERO),
        parts.getOrDefault(Modality.TEXT, Cost.ZERO));
  }

  /** One part alone. */
  public static ModalityCosts of(Modality modality, Cost cost) {
    return ZERO.with(modality, cost);
  }

  public Cost get(Modality modality) {
    return switch (modality) {
      case VIDEO -> video;
      case KEYFRAMES -> keyframes;
      case REFERENCES -> references;
      case VOICE -> voice;
      case LIPSYNC -> lipsync;
      case FIXES -> fixes;
      case UPSCALE -> upscale;
      case MUSIC -> music;
      case SOUND -> sound;
      case TEXT -> text;
    };
  }

  /** Keyframes and references: every image generated. */
  public Cost images() {
    return keyframes.plus(references);
  }

  /** The same costs with one part replaced. */
  public ModalityCosts with(Modality modality, Cost cost) {
    Map<Modality, Cost> parts = asMap();
    parts.put(modality, cost);
    return new ModalityCosts(parts);
  }

  /** The parts in order, zeros included. */
  public Map<Modality, Cost> asMap() {
    Map<Modality, Cost> parts = new EnumMap<>(Modality.class);
    for (Modality modality : Modality.values()) {
      parts.put(modality, get(modality));
    }
    return parts;
  }

  // total() and plus() are written out part by part: they run for every shot and scene of every
  // estimate, and going through a map per call was most of an estimate's garbage.

  public Cost total() {
    long tokens =
        video.tokens()
            + keyframes.tokens()
            + references.tokens()
            + voice.tokens()
            + lipsync.tokens()
            + fixes.tokens()
            + upscale.tokens()
            + music.tokens()
            + sound.tokens()
            + text.tokens();
    double amount =
        video.amount()
            + keyframes.amount()
            + references.amount()
            + voice.amount()
            + lipsync.amount()
            + fixes.amount()
            + upscale.amount()
            + music.amount()
            + sound.amount()
            + text.amount();
    return new Cost(tokens, amount);
  }

  public ModalityCosts plus(ModalityCosts other) {
    return new ModalityCosts(
        video.plus(other.video),
        keyframes.plus(other.keyframes),
        references.plus(other.references),
        voice.plus(other.voice),
        lipsync.plus(other.lipsync),
        fixes.plus(other.fixes),
        upscale.plus(other.upscale),
        music.plus(other.music),
        sound.plus(other.sound),
        text.plus(other.text));
  }
}
