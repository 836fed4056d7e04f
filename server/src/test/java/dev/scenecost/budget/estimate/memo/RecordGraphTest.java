package dev.scenecost.budget.estimate.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scenecost.jfountain.SourceRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordGraphTest {
  record Mark(String word, SourceRange range) {}

  record Holder(
      List<Mark> marks, Map<String, Mark> byWord, Optional<Mark> first, List<String> words) {}

  @Test
  void movesEveryRangeLinesOnlyAndKeepsWhatHoldsNone() {
    Mark fire = new Mark("fire", SourceRange.of(3, 4, 3, 8));
    Mark rain = new Mark("rain", SourceRange.of(5, 0, 6, 2));
    List<String> words = List.of("fire", "rain");
    Holder holder = new Holder(List.of(fire, rain), Map.of("fire", fire), Optional.of(rain), words);

    Holder moved = RecordGraph.shiftLines(holder, 10);

    assertEquals(
        new Holder(
            List.of(
                new Mark("fire", SourceRange.of(13, 4, 13, 8)),
                new Mark("rain", SourceRange.of(15, 0, 16, 2))),
            Map.of("fire", new Mark("fire", SourceRange.of(13, 4, 13, 8))),
            Optional.of(new Mark("rain", SourceRange.of(15, 0, 16, 2))),
            words),
        moved);
    assertSame(words, moved.words(), "a list without ranges is not copied");
    assertSame(holder, RecordGraph.shiftLines(holder, 0));
    assertEquals(holder, RecordGraph.shiftLines(moved, -10));
  }

  @Test
  void aTypeItCannotRebuildIsRefusedNotSkipped() {
    record WithSet(Set<SourceRange> ranges) {}
    assertThrows(
        RecordGraph.NotRelocatable.class,
        () -> RecordGraph.shiftLines(new WithSet(Set.of(SourceRange.of(1, 0, 1, 1))), 2));
  }

  @Test
  void aMovedCopyIsCountedForTheRangesItDoesNotShare() {
    String word = "a".repeat(1000);
    Holder holder =
        new Holder(
            List.of(new Mark(word, SourceRange.of(1, 0, 1, 4))),
            Map.of(),
            Optional.empty(),
            List.of(word));
    Holder moved = RecordGraph.shiftLines(holder, 3);
    long whole = RecordGraph.approximateBytes(moved);
    long added = RecordGraph.approximateNewBytes(holder, moved);
    // New: the holder (16 + 4 fields x 8), the marks list (40 + 8), the mark (16 + 2 x 8) and its
    // range (64); the 1,000-character word, the map, the optional and the words list are shared.
    assertEquals(48 + 48 + 32 + 64, added);
    assertTrue(whole > added + 2000, "the word is counted twice in the whole: " + whole);
  }

  @Test
  void approximateBytesGrowWithTheTextHeld() {
    long small = RecordGraph.approximateBytes(new Mark("a", SourceRange.of(0, 0, 0, 1)));
    long large =
        RecordGraph.approximateBytes(new Mark("a".repeat(1000), SourceRange.of(0, 0, 0, 1)));
    assertEquals(999, large - small);
    assertTrue(small > 64);
  }
}
