package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.EffectCategory;
import dev.scenecost.budget.result.EffectHit;
import dev.scenecost.jfountain.SourceRange;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the words of the effects lexicon in text. A word matches a term as written, or after
 * dropping a plural or verb ending ({@code -s -es -ed -d -ing}), so {@code explodes} matches {@code
 * explode}; two-word terms match two consecutive words.
 */
public final class EffectsScanner {
  private static final String[] ENDINGS = {"s", "es", "ed", "d", "ing"};

  private final Map<String, String> categoryByTerm = new HashMap<>();

  public EffectsScanner(List<EffectCategory> lexicon) {
    for (EffectCategory category : lexicon) {
      for (String term : category.terms()) {
        categoryByTerm.putIfAbsent(term, category.name());
      }
    }
  }

  /** Adds the hits in {@code text} (an element's text starting at {@code element}'s start). */
  public void scan(String text, SourceRange element, int leadingSkip, List<EffectHit> hits) {
    int i = 0;
    int previousStart = -1;
    String previousWord = null;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetter(text.charAt(i))) {
        if (text.charAt(i) != ' ') {
          previousWord = null;
        }
        i++;
      }
      int start = i;
      while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      String pairCategory = previousWord == null ? null : match(previousWord + " " + word);
      if (pairCategory != null) {
        hits.add(
            new EffectHit(
                pairCategory,
                text.substring(previousStart, i),
                TextPositions.range(element, leadingSkip, text, previousStart, i)));
      } else {
        String category = match(word);
        if (category != null) {
          hits.add(
              new EffectHit(
                  category,
                  text.substring(start, i),
                  TextPositions.range(element, leadingSkip, text, start, i)));
        }
      }
      previousWord = word;
      previousStart = start;
    }
  }

  private String match(String word) {
    String category = categoryByTerm.get(word);
    if (category != null) {
      return category;
    }
    for (String ending : ENDINGS) {
      if (word.length() <= ending.length() + 2 || !word.endsWith(ending)) {
        continue;
      }
      String stem = word.substring(0, word.length() - ending.length());
      category = categoryByTerm.get(stem);
      if (category == null && (ending.equals("ed") || ending.equals("ing"))) {
        // stabbed -> stab, running -> run, smoking -> smoke
        int n = stem.length();
        category =
            n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)
                ? categoryByTerm.get(stem.substring(0, n - 1))
                : categoryByTerm.get(stem + "e");
      }
      if (category != null) {
        return category;
      }
    }
    return null;
  }
}
