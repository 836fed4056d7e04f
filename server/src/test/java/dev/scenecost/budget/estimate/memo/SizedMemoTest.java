package dev.scenecost.budget.estimate.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizedMemoTest {
  @Test
  void evictsTheLeastRecentlyUsedWhenTheBytesWouldPassTheBound() {
    List<String> evicted = new ArrayList<>();
    SizedMemo<String, Integer> memo = new SizedMemo<>(100, (k, v) -> evicted.add(k));
    memo.put("a", 1, 40);
    memo.put("b", 2, 40);
    assertEquals(1, memo.get("a")); // a is now more recent than b
    memo.put("c", 3, 40); // 120 > 100: b goes
    assertEquals(List.of("b"), evicted);
    assertNull(memo.get("b"));
    assertEquals(80, memo.bytes());
    memo.put("d", 4, 100); // needs the whole bound: a and c go
    assertEquals(List.of("b", "a", "c"), evicted);
    assertEquals(100, memo.bytes());
    assertEquals(1, memo.size());
  }

  @Test
  void replacingAKeyCountsOnlyTheNewValueAndAnEntryOverTheBoundIsNotKept() {
    SizedMemo<String, Integer> memo = new SizedMemo<>(100);
    memo.put("a", 1, 30);
    memo.put("a", 2, 50);
    assertEquals(50, memo.bytes());
    assertEquals(2, memo.get("a"));
    memo.put("huge", 3, 101);
    assertNull(memo.get("huge"));
    assertEquals(50, memo.bytes());
  }
}
