package dev.scenecost.budget.estimate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided search (Jazzer, {@code mvn verify -Pfuzz}) for a text on which the compact
 * counter and JTokkit disagree; {@code mvn verify} replays the saved inputs
 * (src/test/resources/.../O200kCounterFuzzTestInputs/anyText/).
 */
class O200kCounterFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void anyText(byte[] input) {
    O200kCounterTest.assertSameCount(new String(input, StandardCharsets.UTF_8));
  }
}
