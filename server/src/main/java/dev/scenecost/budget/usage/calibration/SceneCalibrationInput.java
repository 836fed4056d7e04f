package dev.scenecost.budget.usage.calibration;

import dev.scenecost.budget.usage.ledger.ModalityAmounts;
import dev.scenecost.budget.usage.ledger.SceneRef;

/**
 * What calibration needs to know of a scene, in plain numbers: the engine's estimate per modality
 * (before contingency), its screen time, whether the writer marked it finished, and what the ledger
 * says it has cost so far.
 *
 * @param scene which scene
 * @param screenSeconds its screen time
 * @param estimate the raw estimate per modality, before the film's contingency
 * @param done true when the scene carries {@code [[status: done]]}
 * @param actual what the ledger's rows for this scene add up to, per modality
 */
public record SceneCalibrationInput(
    SceneRef scene,
    double screenSeconds,
    ModalityAmounts estimate,
    boolean done,
    ModalityAmounts actual) {}
