package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;

/**
 * A character present in a scene.
 *
 * @param name upper-case name as in the cues ({@code EDWARD}), extensions removed
 * @param onScreen false when the character is only heard (every cue V.O., O.S., O.C. ...)
 * @param speaks true when the character has a speech in the scene
 * @param reused true when the reference images come from the cache (an earlier on-screen appearance
 *     paid for them); false on the first on-screen appearance or when off screen
 * @param referenceCost what the character sheet costs here: paid when new, saved when reused, zero
 *     when off screen
 * @param dialogueCharacters characters of the character's spoken text in the scene
 * @param firstMention where the character first appears in the scene (cue or action mention)
 */
public record CharacterUse(
    String name,
    boolean onScreen,
    boolean speaks,
    boolean reused,
    Cost referenceCost,
    int dialogueCharacters,
    SourceRange firstMention) {}
