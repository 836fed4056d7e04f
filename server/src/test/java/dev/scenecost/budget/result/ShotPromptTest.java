package dev.scenecost.budget.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scenecost.budget.estimate.CostModel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Prompts and cache keys are written without regular expressions (they are made for every shot of
 * every estimate); they read exactly as the expressions they replace wrote them.
 */
class ShotPromptTest {
  private static final List<String> NAMES =
      List.of(
          "ANNA",
          "YOUNG EDWARD",
          "  MRS. O'HARA  ",
          "--",
          "",
          "DR. JEKYLL & MR. HYDE",
          "ÉLODIE",
          "李小龙",
          "AGENT 007",
          "Ⅻ CLOCK",
          "KITCHEN - CONTINUOUS",
          "\tTAB\nNEWLINE");

  @Test
  void cacheKeysAsTheExpressionWroteThem() {
    for (String name : NAMES) {
      String slug =
          name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
      String expected = "character:" + (slug.isEmpty() ? "unnamed" : slug);
      assertEquals(expected, CostModel.characterKey(name), name);
    }
  }

  @Test
  void theTextCollapsesSpacesAsTheExpressionDid() {
    List<List<String>> pieces =
        List.of(
            List.of("Dust hangs in the light."),
            List.of("  Leading and trailing  ", "\tANNA: (quietly)\n", "Hello,\r\n  world.  "),
            List.of("", " ", "x"),
            List.of("a\u000Bb\fc", "\u00A0kept\u00A0"),
            List.of());
    for (List<String> body : pieces) {
      ShotPrompt prompt =
          new ShotPrompt(
              "INT. ATTIC - DAY",
              ShotType.DIALOGUE,
              1,
              3,
              2.25,
              List.of("location:attic", "character:anna"),
              body);
      String expected =
          "INT. ATTIC - DAY. "
              + ShotType.DIALOGUE.label()
              + ", part 2 of 3, 2.3 s. Uses @location:attic, @character:anna. "
              + String.join(" ", body).replaceAll("\\s+", " ").trim();
      assertEquals(expected, prompt.text(), body.toString());
    }
  }
}
