package dev.scenecost.budget.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact counter against JTokkit's own o200k_base encoding, the reference. */
class O200kCounterTest {
  static final Encoding JTOKKIT =
      Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  static final O200kCounter COUNTER = O200kCounter.load();

  private static final String SCENE =
      """
      INT. LIGHTHOUSE - NIGHT

      Rain lashes the glass. MARGUERITE (60s), oilskin coat, climbs the spiral stair two steps
      at a time -- the lamp is OUT.

      MARGUERITE
      (breathless)
      Forty-one years and it's never once gone dark. Don't you dare start now!

      She slams the breaker. Nothing. Again. The lens turns, 360°, and light sweeps the sea.

      > CUT TO:

      [[tier: hero]] /* boneyard */ ~lyric line~ **bold** _underline_ *italic* 1,250.75 $3.50
      """;

  @Test
  void countsWhatJTokkitCounts_onScreenplayText() {
    for (String line : SCENE.split("\n", -1)) {
      assertSameCount(line);
    }
    assertSameCount(SCENE);
    assertSameCount(SCENE.repeat(20));
  }

  @Test
  void countsWhatJTokkitCounts_onOtherScriptsAndSymbols() {
    List<String> samples =
        List.of(
            "",
            " ",
            "\n",
            "\r\n\r\n",
            "a",
            "Ä",
            "東京タワーの下で、彼女は待っていた。",
            "Он сказал: «Нет». Она ответила — «Да».",
            "مرحبا بالعالم، كيف حالك؟",
            "नमस्ते दुनिया",
            "🎬🎥 Scene 12 — 👩‍👩‍👧 family 🇫🇷",
            "e\u0301 a\u0308 combining",
            "lone \uD83C surrogate \uDC00 halves",
            "I'M HERE, you're there, THEY'LL see, we'd know",
            "123456789 3.14159 1/2 ½ ²³",
            "\t\t  \u00a0\u2003 tabs and odd spaces  \n  ");
    for (String sample : samples) {
      assertSameCount(sample);
    }
  }

  /** Pieces past JTokkit's 500-byte switch to its other merge routine, and n log n here. */
  @Test
  void countsWhatJTokkitCounts_onLongPieces() {
    assertSameCount("=".repeat(2_000));
    assertSameCount(" ".repeat(3_000) + "x");
    assertSameCount("-.".repeat(1_500));
    assertSameCount("a".repeat(1_200));
    assertSameCount("ab".repeat(700) + "ba".repeat(700));
    assertSameCount("😀".repeat(400));
    assertSameCount("!?".repeat(300) + "\n".repeat(300));
  }

  @Test
  void countsWhatJTokkitCounts_onRandomText() {
    String alphabet =
        "aeiou tnrshdlAEZQ0123456789 .,;:'\"!?-()[]{}*/_~#=@<>|\\\n\r\t"
            + "éßøçÅ東京語中ДжЯمرनक😀🎬\u0301\u200d\u00a0";
    int[] codePoints = alphabet.codePoints().toArray();
    Random random = new Random(20261201);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(round % 10 == 0 ? 600 : 60);
      for (int i = 0; i < length; i++) {
        int codePoint = codePoints[random.nextInt(codePoints.length)];
        int repeat = random.nextInt(8) == 0 ? random.nextInt(12) + 1 : 1;
        for (int r = 0; r < repeat; r++) {
          text.appendCodePoint(codePoint);
        }
      }
      assertSameCount(text.toString());
    }
  }

  @Test
  void everyTokenOfTheVocabularyIsOneToken() {
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      int rank = random.nextInt(199_998);
      IntArrayList token = new IntArrayList();
      token.add(rank);
      byte[] bytes = JTOKKIT.decodeBytes(token);
      assertEquals(1, COUNTER.countPiece(bytes), () -> "token " + rank);
    }
  }

  @Test
  void aDamagedVocabularyIsRefusedWithAFix() {
    byte[] outOfOrder = "IQ== 0\nIg== 2\n".getBytes(StandardCharsets.US_ASCII);
    IllegalStateException wrongRank =
        assertThrows(IllegalStateException.class, () -> O200kCounter.parse(outOfOrder));
    assertTrue(wrongRank.getMessage().contains("line 2"), wrongRank.getMessage());
    assertTrue(wrongRank.getMessage().contains("reinstall"), wrongRank.getMessage());

    IllegalStateException empty =
        assertThrows(IllegalStateException.class, () -> O200kCounter.parse(new byte[0]));
    assertTrue(empty.getMessage().contains("reinstall"), empty.getMessage());

    byte[] notBase64 = "I*== 0\n".getBytes(StandardCharsets.US_ASCII);
    assertThrows(IllegalStateException.class, () -> O200kCounter.parse(notBase64));

    O200kCounter tiny =
        O200kCounter.parse("IQ== 0\nIg== 1\nISI= 2\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals(1, tiny.countPiece("!\"".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(2, tiny.countPiece("!!".getBytes(StandardCharsets.US_ASCII)));
  }

  static void assertSameCount(String text) {
    assertEquals(
        JTOKKIT.countTokensOrdinary(text), COUNTER.count(text), () -> "tokens of «" + text + "»");
  }
}
