package dev.scenecost.budget.config;

import java.util.List;

/**
 * A breakdown category of the effects lexicon.
 *
 * @param name {@code stunts}, {@code crowd}, {@code vehicles} ...
 * @param weight added to a scene's complexity factor when the category appears in it
 * @param terms lower-case words (base forms; plurals and -ed/-ing forms match too) or two-word
 *     phrases
 */
public record EffectCategory(String name, double weight, List<String> terms) {
  public EffectCategory {
    terms = List.copyOf(terms);
  }
}
