package dev.scenecost.budget.estimate;

import dev.scenecost.jfountain.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds characters named in capitals in action, the way screenplays introduce them ({@code WILL
 * BLOOM, AGE 3, listens}). A run of capitalised words is a character when it, or its first word, is
 * the name of a speaking character anywhere in the film; otherwise when it is followed by a comma
 * or a parenthesis (the introduction convention), is at most three words long and is not a
 * screenplay term or sound effect.
 */
final class CapitalisedNames {
  private static final Set<String> NOT_NAMES =
      Set.of(
          "INT",
          "EXT",
          "INT.",
          "EXT.",
          "CUT",
          "FADE",
          "FADES",
          "V.O.",
          "O.S.",
          "O.C.",
          "CONTINUOUS",
          "LATER",
          "POV",
          "INSERT",
          "SUPER",
          "TITLE",
          "TITLES",
          "CLOSE",
          "CLOSE-UP",
          "ANGLE",
          "BACK",
          "MONTAGE",
          "FLASHBACK",
          "END",
          "THE",
          "AND",
          "BANG",
          "BOOM",
          "CRASH",
          "SMASH",
          "WHAM",
          "THUD",
          "NOTE",
          "OK",
          "OKAY",
          "TV",
          "DAY",
          "NIGHT",
          "MORNING",
          "EVENING",
          "ONE",
          "TWO",
          "THREE",
          "SFX",
          "VFX",
          "CONT'D",
          "BEAT",
          "PAUSE",
          "SILENCE",
          "DISSOLVE",
          "SLOW",
          "MOTION",
          "WIDE",
          "SHOT",
          "MOMENTS",
          "SERIES",
          "SHOTS",
          "INTERCUT",
          "OVER",
          "BLACK",
          "WHITE",
          "ON",
          "TO",
          "OF",
          "IN",
          "AT",
          "&",
          "CAMERA",
          "FRAME",
          "VOICE",
          "VOICES",
          "LOUDER",
          "RIGHT",
          "LEFT",
          "UP",
          "DOWN",
          "SOUND",
          "MUSIC",
          "NOISE",
          "MORE",
          "CREAK",
          "RUMBLE",
          "FLASH",
          "ROAR",
          "HISS",
          "PING",
          "DRUM",
          "HONK",
          "WHOOSH",
          "THUNK",
          "CLICK",
          "RING",
          "KNOCK");
  private static final Set<String> ARTICLES =
      Set.of(
          "A", "AN", "THE", "HIS", "HER", "THEIR", "ITS", "OUR", "MY", "YOUR", "SOME", "ANOTHER",
          "EVERY");

  /** A character mention: the name it resolves to and where it is written. */
  record Mention(String name, SourceRange range) {}

  private CapitalisedNames() {}

  static void find(
      String text, SourceRange element, int leadingSkip, Set<String> speakers, List<Mention> out) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isNameChar(text.charAt(i)) || (i > 0 && isNameChar(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int runStart = i;
      List<String> words = new ArrayList<>();
      int runEnd = i;
      int at = i;
      while (true) {
        int wordEnd = at;
        while (wordEnd < n && isNameChar(text.charAt(wordEnd))) {
          wordEnd++;
        }
        String word = trimWord(text.substring(at, wordEnd));
        if (!isCapitalised(word)) {
          break;
        }
        words.add(word);
        runEnd = at + word.length();
        boolean spaceThenWord =
            wordEnd < n - 1 && text.charAt(wordEnd) == ' ' && isNameChar(text.charAt(wordEnd + 1));
        if (spaceThenWord) {
          at = wordEnd + 1;
        } else {
          break;
        }
      }
      if (words.isEmpty()) {
        while (i < n && isNameChar(text.charAt(i))) {
          i++;
        }
        continue;
      }
      resolveParts(words, text, runStart, runEnd, element, leadingSkip, speakers, out);
      i = Math.max(runEnd, i + 1);
    }
  }

  /** EDWARD AND WILL names two characters: each part is resolved on its own. */
  private static void resolveParts(
      List<String> words,
      String text,
      int runStart,
      int runEnd,
      SourceRange element,
      int leadingSkip,
      Set<String> speakers,
      List<Mention> out) {
    int partStart = runStart;
    List<String> part = new ArrayList<>();
    for (int w = 0; w <= words.size(); w++) {
      boolean joiner = w < words.size() && (words.get(w).equals("AND") || words.get(w).equals("&"));
      if (w == words.size() || joiner) {
        if (!part.isEmpty()) {
          int partEnd = w == words.size() ? runEnd : partStart + String.join(" ", part).length();
          String name = resolve(part, text, w == words.size() ? runEnd : partEnd, speakers);
          if (name != null) {
            out.add(
                new Mention(
                    name, TextPositions.range(element, leadingSkip, text, partStart, partEnd)));
          }
          partStart = partEnd + (joiner ? words.get(w).length() + 2 : 0);
        } else if (joiner) {
          partStart += words.get(w).length() + 1;
        }
        part = new ArrayList<>();
        continue;
      }
      part.add(words.get(w));
    }
  }

  private static String resolve(List<String> words, String text, int runEnd, Set<String> speakers) {
    String bare = possessive(String.join(" ", words));
    if (speakers.contains(bare)) {
      return bare;
    }
    String first = possessive(words.get(0));
    if (speakers.contains(first)) {
      return first;
    }
    char after = runEnd < text.length() ? text.charAt(runEnd) : '\n';
    boolean introduced =
        after == ','
            || (after == ' ' && runEnd + 1 < text.length() && text.charAt(runEnd + 1) == '(');
    if (!introduced || words.size() > 3 || ARTICLES.contains(words.get(0))) {
      return null;
    }
    for (String word : words) {
      if (NOT_NAMES.contains(word)) {
        return null;
      }
    }
    String last = words.get(words.size() - 1);
    if (words.size() == 1 && (last.endsWith("ING") || last.endsWith("S"))) {
      // RINGING, GASPS, CHEERS: sounds, not people.
      return null;
    }
    return bare;
  }

  private static String possessive(String name) {
    boolean possessive = name.endsWith("'S") || name.endsWith("’S");
    return possessive ? name.substring(0, name.length() - 2) : name;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '\''
        || c == '’'
        || c == '.'
        || c == '-'
        || c == '&';
  }

  /** Drops a sentence-ending full stop, keeping initials such as {@code V.O.} intact. */
  private static String trimWord(String word) {
    if (word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static boolean isCapitalised(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
