package dev.scenecost.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonSyntaxExceptionTest {

  @Test
  void aMessageEndingInAQuestionKeepsItsQuestionMark() {
    JsonSyntaxException e =
        new JsonSyntaxException("Expected ',' or '}' after \"budget\"; is a comma missing?", 5, 3);

    assertEquals("Expected ',' or '}' after \"budget\"; is a comma missing?", e.sentence());
  }

  @Test
  void aMessageWithoutFinalPunctuationGetsAFullStop() {
    assertEquals(
        "The settings end too early.",
        new JsonSyntaxException("The settings end too early", 9, 1).sentence());
    assertEquals("Done.", new JsonSyntaxException("Done.", 1, 1).sentence());
  }
}
