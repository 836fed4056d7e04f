package dev.scenecost.budget.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ValueParsersTest {
  @Test
  void money() {
    assertEquals(OptionalDouble.of(12_000), ValueParsers.money("$12,000"));
    assertEquals(OptionalDouble.of(12_000), ValueParsers.money("12000"));
    assertEquals(OptionalDouble.of(1_500), ValueParsers.money("$1.5k"));
    assertEquals(OptionalDouble.of(2_000_000), ValueParsers.money("€2M"));
    assertEquals(OptionalDouble.of(150.5), ValueParsers.money(" 150.50 USD "));
    assertEquals(OptionalDouble.of(99), ValueParsers.money("US$99"));
    assertTrue(ValueParsers.money("lots").isEmpty());
    assertTrue(ValueParsers.money("-5").isEmpty());
    assertTrue(ValueParsers.money("1,00").isEmpty());
  }

  @Test
  void percent() {
    assertEquals(OptionalDouble.of(25), ValueParsers.percent("25%"));
    assertEquals(OptionalDouble.of(12.5), ValueParsers.percent("12.5 %"));
    assertTrue(ValueParsers.percent("a quarter").isEmpty());
  }

  @Test
  void durations() {
    assertEquals(OptionalDouble.of(45), ValueParsers.durationSeconds("45s"));
    assertEquals(OptionalDouble.of(45), ValueParsers.durationSeconds("45"));
    assertEquals(OptionalDouble.of(90), ValueParsers.durationSeconds("1m 30s"));
    assertEquals(OptionalDouble.of(90), ValueParsers.durationSeconds("1:30"));
    assertEquals(OptionalDouble.of(120), ValueParsers.durationSeconds("2 min"));
    assertEquals(OptionalDouble.of(90), ValueParsers.durationSeconds("1.5m"));
    assertTrue(ValueParsers.durationSeconds("soon").isEmpty());
    assertTrue(ValueParsers.durationSeconds("0s").isEmpty());
  }

  @Test
  void importance() {
    assertEquals(4, ValueParsers.importance("High").getAsInt());
    assertEquals(1, ValueParsers.importance("1").getAsInt());
    assertEquals(3, ValueParsers.importance("normal").getAsInt());
    assertTrue(ValueParsers.importance("6").isEmpty());
  }
}
