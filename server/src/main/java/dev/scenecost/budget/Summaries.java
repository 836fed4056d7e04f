package dev.scenecost.budget;

import dev.scenecost.budget.result.Appearance;
import dev.scenecost.budget.result.CharacterSummary;
import dev.scenecost.budget.result.CharacterUse;
import dev.scenecost.budget.result.Cost;
import dev.scenecost.budget.result.LocationSummary;
import dev.scenecost.budget.result.SceneEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Characters and locations across the film, gathered from the scene estimates. */
record Summaries(Map<String, CharacterSummary> characters, Map<String, LocationSummary> locations) {

  static Summaries of(List<SceneEstimate> scenes) {
    Map<String, List<Appearance>> appearances = new LinkedHashMap<>();
    Map<String, Integer> dialogue = new LinkedHashMap<>();
    Map<String, Cost> reference = new LinkedHashMap<>();
    Map<String, Set<String>> tiers = new LinkedHashMap<>();
    Map<String, List<Appearance>> places = new LinkedHashMap<>();
    Map<String, Cost> plates = new LinkedHashMap<>();
    long allDialogue = 0;
    for (SceneEstimate scene : scenes) {
      for (CharacterUse use : scene.characters()) {
        appearances
            .computeIfAbsent(use.name(), n -> new ArrayList<>())
            .add(new Appearance(scene.index(), scene.tier(), use.onScreen(), use.speaks()));
        dialogue.merge(use.name(), use.dialogueCharacters(), Integer::sum);
        allDialogue += use.dialogueCharacters();
        tiers.computeIfAbsent(use.name(), n -> new LinkedHashSet<>());
        if (use.onScreen()) {
          tiers.get(use.name()).add(scene.tier());
          if (!use.reused()) {
            reference.putIfAbsent(use.name(), use.referenceCost());
          }
        }
      }
      places
          .computeIfAbsent(scene.location().name(), n -> new ArrayList<>())
          .add(new Appearance(scene.index(), scene.tier(), true, false));
      if (!scene.location().reused()) {
        plates.putIfAbsent(scene.location().name(), scene.location().referenceCost());
      }
    }
    Map<String, CharacterSummary> characters = new LinkedHashMap<>();
    for (String name : appearances.keySet()) {
      int spoken = dialogue.get(name);
      characters.put(
          name,
          new CharacterSummary(
              name,
              appearances.get(name),
              spoken,
              allDialogue == 0 ? 0 : (double) spoken / allDialogue,
              reference.getOrDefault(name, Cost.ZERO),
              tiers.get(name)));
    }
    Map<String, LocationSummary> locations = new LinkedHashMap<>();
    places.forEach(
        (name, list) ->
            locations.put(
                name, new LocationSummary(name, list, plates.getOrDefault(name, Cost.ZERO))));
    return new Summaries(characters, locations);
  }
}
