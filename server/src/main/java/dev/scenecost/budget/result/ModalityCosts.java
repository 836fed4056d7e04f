package dev.scenecost.budget.result;

/** Tokens and money per modality; {@link #total()} is their sum. */
public record ModalityCosts(Cost video, Cost images, Cost voice, Cost text) {
  public static final ModalityCosts ZERO =
      new ModalityCosts(Cost.ZERO, Cost.ZERO, Cost.ZERO, Cost.ZERO);

  public Cost get(Modality modality) {
    return switch (modality) {
      case VIDEO -> video;
      case IMAGES -> images;
      case VOICE -> voice;
      case TEXT -> text;
    };
  }

  public Cost total() {
    return video.plus(images).plus(voice).plus(text);
  }

  public ModalityCosts plus(ModalityCosts other) {
    return new ModalityCosts(
        video.plus(other.video),
        images.plus(other.images),
        voice.plus(other.voice),
        text.plus(other.text));
  }
}
