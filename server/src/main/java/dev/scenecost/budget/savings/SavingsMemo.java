package dev.scenecost.budget.savings;

import dev.scenecost.budget.estimate.PricingMemo;
import dev.scenecost.budget.estimate.memo.Generations;
import dev.scenecost.budget.estimate.memo.RecordGraph;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.SceneEstimate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Remembers each scene's savings from one estimate of a screenplay to the next, so that after a
 * keystroke only the edited scene's are found again (the rules read every beat's text, which on a
 * long screenplay made finding them cost as much as the estimate itself).
 *
 * <p>A scene's savings depend on its priced chunks, its place and label in the film, the first
 * scene at the same place and time, and the film's characters (a beat naming one is not empty). The
 * chunks are matched by identity: the pricing memo hands back the same pricing, and so the same
 * chunk list, while the scene's analysis, line, configuration and reference cache stay the same,
 * and those fix its text, tier and prices too. When the film's characters change, nothing is
 * reused.
 *
 * <p>A scene that lines typed above it moved has new chunks, its earlier ones with their lines
 * moved ({@link PricingMemo.Pricer#moves}): its savings are the ones found for those earlier
 * chunks, moved the same way, when its place, label and earlier scene are the same.
 *
 * <p>Kept per screenplay and one generation at a time ({@link Generations}), as the pricings are.
 * Thread-safe.
 */
public final class SavingsMemo {
  private record Generation(Set<String> names, Map<Key, List<Saving>> scenes) {}

  private final Generations<Generation> generations = new Generations<>();

  /** Starts finding the savings of an estimate of the screenplay known as {@code lineage}. */
  public Finder begin(Object lineage) {
    return begin(lineage, Map.of());
  }

  /**
   * As {@link #begin(Object)}, for an estimate that moved some scenes' pricings rather than priced
   * them ({@link PricingMemo.Pricer#moves}): their savings are the earlier ones, moved the same.
   */
  public Finder begin(Object lineage, Map<List<ChunkEstimate>, PricingMemo.Moved> moves) {
    return new Finder(lineage, generations.previous(lineage), moves);
  }

  /** The savings of one estimate, scene by scene, from the previous one where they still apply. */
  public final class Finder {
    private final Object lineage;
    private Generation previous;
    private Set<String> names = Set.of();
    private final Map<Key, List<Saving>> next = new HashMap<>();
    private final Map<List<ChunkEstimate>, PricingMemo.Moved> moves;

    private Finder(
        Object lineage, Generation previous, Map<List<ChunkEstimate>, PricingMemo.Moved> moves) {
      this.lineage = lineage;
      this.previous = previous;
      this.moves = moves;
    }

    void names(Set<String> filmCharacters) {
      names = Set.copyOf(filmCharacters);
      if (previous != null && !previous.names().equals(names)) {
        previous = null;
      }
    }

    List<Saving> scene(SceneEstimate scene, SceneEstimate earlier, Supplier<List<Saving>> find) {
      Key key =
          new Key(
              scene.chunks(),
              scene.index(),
              scene.label(),
              earlier == null ? null : earlier.label());
      List<Saving> found = previous == null ? null : previous.scenes().get(key);
      PricingMemo.Moved moved =
          found == null && previous != null ? moves.get(scene.chunks()) : null;
      if (moved != null) {
        // Lines typed above moved the scene, and its pricing with it: so are its savings.
        List<Saving> before =
            previous.scenes().get(new Key(moved.from(), key.index, key.label, key.earlier));
        if (before != null) {
          try {
            found = RecordGraph.shiftLines(before, moved.lines());
          } catch (RecordGraph.NotRelocatable e) {
            found = null; // found again below
          }
        }
      }
      if (found == null) {
        found = List.copyOf(find.get());
      }
      next.put(key, found);
      return found;
    }

    void finish() {
      generations.keep(lineage, new Generation(names, next));
    }
  }

  /** A scene's priced chunks by identity, its index and label, and the earlier scene's label. */
  private static final class Key {
    private final List<ChunkEstimate> chunks;
    private final int index;
    private final String label;
    private final String earlier;
    private final int hash;

    Key(List<ChunkEstimate> chunks, int index, String label, String earlier) {
      this.chunks = chunks;
      this.index = index;
      this.label = label;
      this.earlier = earlier;
      this.hash = Objects.hash(System.identityHashCode(chunks), index, label, earlier);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.chunks == chunks
          && key.index == index
          && Objects.equals(key.label, label)
          && Objects.equals(key.earlier, earlier);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
