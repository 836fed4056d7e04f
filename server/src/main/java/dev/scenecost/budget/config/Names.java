package dev.scenecost.budget.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest-name suggestions for misspelt tiers, models and settings. */
public final class Names {
  private Names() {}

  /** The candidate closest to {@code name} within two edits (ignoring case), or null. */
  public static String closest(String name, Collection<String> candidates) {
    List<String> ranked = ranked(name, candidates, 2);
    return ranked.isEmpty() ? null : ranked.get(0);
  }

  /** Candidates within {@code maxDistance} edits, closest first (ties keep their order). */
  public static List<String> ranked(String name, Collection<String> candidates, int maxDistance) {
    String wanted = name.toLowerCase(Locale.ROOT);
    List<String> result = new ArrayList<>();
    for (String candidate : candidates) {
      if (distance(wanted, candidate.toLowerCase(Locale.ROOT)) <= maxDistance) {
        result.add(candidate);
      }
    }
    result.sort(Comparator.comparingInt(c -> distance(wanted, c.toLowerCase(Locale.ROOT))));
    return result;
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
