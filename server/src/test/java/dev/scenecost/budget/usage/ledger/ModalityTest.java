package dev.scenecost.budget.usage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModalityTest {
  @Test
  void eachEstimatedModalityIsRecordedUnderTheSameWord() {
    assertEquals(Modality.VIDEO, Modality.of(dev.scenecost.budget.result.Modality.VIDEO));
    assertEquals(Modality.IMAGES, Modality.of(dev.scenecost.budget.result.Modality.IMAGES));
    assertEquals(Modality.VOICE, Modality.of(dev.scenecost.budget.result.Modality.VOICE));
    assertEquals(Modality.TEXT, Modality.of(dev.scenecost.budget.result.Modality.TEXT));
  }

  @Test
  void ledgerWordsStayAsWrittenInExistingLedgers() {
    // Ledgers already on disk carry these words; changing one would orphan their rows.
    assertEquals(
        List.of("video", "images", "voice", "text", "other"),
        Arrays.stream(Modality.values()).map(Modality::word).toList());
    assertEquals(Optional.of(Modality.OTHER), Modality.parse(" Music "));
    assertEquals(Optional.of(Modality.VOICE), Modality.parse("TTS"));
  }
}
