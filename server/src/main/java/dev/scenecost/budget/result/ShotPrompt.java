package dev.scenecost.budget.result;

import java.util.List;
import java.util.Locale;

/**
 * What a shot's prompt is made of; the text is written only when asked for ({@link #text}). A
 * feature has thousands of shots and is priced again after every keystroke, while the prompts are
 * read only by the shot list, so the estimate keeps the parts (the pieces are the scene analysis's
 * own strings, shared, not copied) rather than the text.
 *
 * @param heading the scene heading's context: interior, location and time of day
 * @param type what the shot shows
 * @param index which shot of its chunk, from 0
 * @param count the chunk's shots
 * @param seconds the shot's finished seconds
 * @param keys the cache keys of the assets the shot uses, location first
 * @param pieces the beat's paragraph, or the exchange's directions and lines, in order
 */
public record ShotPrompt(
    String heading,
    ShotType type,
    int index,
    int count,
    double seconds,
    List<String> keys,
    List<String> pieces) {
  public ShotPrompt {
    keys = List.copyOf(keys);
    pieces = List.copyOf(pieces);
  }

  /** The prompt: context, the shot, its assets by key, then the text with its spaces collapsed. */
  public String text() {
    StringBuilder prompt = new StringBuilder(heading.length() + 64 + 16 * keys.size());
    prompt.append(heading).append(". ").append(type.label());
    if (count > 1) {
      prompt.append(", part ").append(index + 1).append(" of ").append(count);
    }
    prompt.append(String.format(Locale.ROOT, ", %.1f s. ", seconds));
    prompt.append("Uses ");
    for (int i = 0; i < keys.size(); i++) {
      prompt.append(i == 0 ? "" : ", ").append('@').append(keys.get(i));
    }
    prompt.append(". ");
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < pieces.size(); p++) {
      if (p > 0 && (body.length() == 0 || body.charAt(body.length() - 1) != ' ')) {
        body.append(' '); // pieces are joined with a space
      }
      String piece = pieces.get(p);
      for (int i = 0; i < piece.length(); i++) {
        char c = piece.charAt(i);
        if (isRegexSpace(c)) {
          if (body.length() == 0 || body.charAt(body.length() - 1) != ' ') {
            body.append(' ');
          }
        } else {
          body.append(c);
        }
      }
    }
    prompt.append(body.toString().trim());
    return prompt.toString();
  }

  /** What {@code \s} matches in a regular expression (ASCII whitespace), as the text always did. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  @Override
  public String toString() {
    return text();
  }
}
