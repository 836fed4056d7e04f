package dev.scenecost.budget.report;

/**
 * One part of a cost (video, reference images, voice, prompts, and whatever the engine adds),
 * iterated by every face in the engine's order, so a new part needs no change in a renderer.
 *
 * @param key the engine's name, as in the JSON ({@code video})
 * @param label how a heading names it ({@code Reference images})
 * @param word how a sentence names it ({@code images})
 * @param cost its money
 * @param tokens its tokens
 */
public record Part(String key, String label, String word, Figure cost, Figure tokens) {}
