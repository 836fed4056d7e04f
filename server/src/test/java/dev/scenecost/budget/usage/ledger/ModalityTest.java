package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModalityTest {
  @Test
  void eachEstimatedPartIsRecordedUnderItsWordAndImagesHoldKeyframesAndReferences() {
    assertEquals(Modality.VIDEO, Modality.of(dev.scenecost.budget.result.Modality.VIDEO));
    assertEquals(Modality.IMAGES, Modality.of(dev.scenecost.budget.result.Modality.KEYFRAMES));
    assertEquals(Modality.IMAGES, Modality.of(dev.scenecost.budget.result.Modality.REFERENCES));
    assertEquals(Modality.VOICE, Modality.of(dev.scenecost.budget.result.Modality.VOICE));
    assertEquals(Modality.LIPSYNC, Modality.of(dev.scenecost.budget.result.Modality.LIPSYNC));
    assertEquals(Modality.MUSIC, Modality.of(dev.scenecost.budget.result.Modality.MUSIC));
    assertEquals(Modality.TEXT, Modality.of(dev.scenecost.budget.result.Modality.TEXT));
  }

  @Test
  void ledgerWordsStayAsWrittenInExistingLedgers() {
    // Ledgers already on disk carry video, images, voice, text and other; those words stay. The
    // parts added with the shot model (schema 2) have words of their own.
    assertEquals(
        List.of(
            "video", "images", "voice", "lipsync", "fixes", "upscale", "music", "sound", "text",
            "other"),
        Arrays.stream(Modality.values()).map(Modality::word).toList());
    assertEquals(Optional.of(Modality.MUSIC), Modality.parse(" Music "));
    assertEquals(Optional.of(Modality.IMAGES), Modality.parse("keyframes"));
    assertEquals(Optional.of(Modality.VOICE), Modality.parse("TTS"));
  }
}
