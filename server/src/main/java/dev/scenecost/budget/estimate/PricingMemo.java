package dev.scenecost.budget.estimate;

import dev.scenecost.budget.config.Tier;
import dev.scenecost.budget.estimate.memo.Generations;
import dev.scenecost.budget.estimate.memo.RecordGraph;
import dev.scenecost.budget.result.ChunkEstimate;
import dev.scenecost.budget.result.ModalityCosts;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Remembers each scene's pricing from one estimate of a screenplay to the next, so that after a
 * keystroke only the scenes whose analysis or reference cache changed are priced again (a feature
 * has thousands of shots at four tiers; pricing them all took most of an estimate's time).
 *
 * <p>A pricing is a function of the scene's analysis, the tier and which of the characters and the
 * location the scene uses are already cached by earlier scenes. The analysis is matched by
 * identity: the scene memo hands back the same analysis while a scene's content, line and
 * configuration stay the same (and a new one when any of them changes), and an analysis is made
 * under one configuration, so the tier's name stands for the tier.
 *
 * <p>A scene that lines typed above it moved has a new analysis, a copy of the one it was moved
 * from with its lines moved ({@link SceneMemo.Analysed}). Its sums at each tier are remembered by
 * that origin, since they do not depend on where the scene stands; its own tier's shot-by-shot
 * pricing is the origin's, its ranges moved the same way. So a line break costs the scenes below it
 * a walk over their ranges, not a pricing.
 *
 * <p>Kept per screenplay (its lineage: the file, or null for a text that is not one), one
 * generation at a time: an estimate reads the pricings of the previous estimate of the same
 * screenplay and keeps only those it used ({@link Generations}), so what is held is at most two
 * estimates' worth for each screenplay estimated lately, whatever the length of the session.
 * Thread-safe.
 */
public final class PricingMemo {
  private final Generations<Map<Key, Object>> generations = new Generations<>();

  /** Starts an estimate of the screenplay known as {@code lineage}. */
  public Pricer begin(Object lineage) {
    Map<Key, Object> previous = generations.previous(lineage);
    return new Pricer(lineage, previous == null ? Map.of() : previous);
  }

  /** The pricings of one estimate, read from the previous one where they still apply. */
  public final class Pricer {
    private final Object lineage;
    private final Map<Key, Object> previous;
    private final Map<Key, Object> next = new HashMap<>();

    /** The chunks of each pricing moved from an earlier one, by identity (one thread prices). */
    private final Map<List<ChunkEstimate>, Moved> moves = new IdentityHashMap<>();

    private Pricer(Object lineage, Map<Key, Object> previous) {
      this.lineage = lineage;
      this.previous = previous;
    }

    /**
     * The scene's pricings as the reference cache stands before it (read once, for every tier): the
     * sets must not change while the returned pricer is used.
     */
    public ScenePricer scene(
        CostModel costs,
        int index,
        SceneMemo.Analysed<SceneAnalysis> analysed,
        Set<String> cachedCharacters,
        Set<String> cachedLocations) {
      SceneAnalysis scene = analysed.analysis();
      return new ScenePricer(
          costs,
          index,
          analysed,
          cachedCharacters,
          cachedLocations,
          cacheState(scene, cachedCharacters, cachedLocations));
    }

    /** One scene's pricings at each tier, from the previous estimate where they still apply. */
    public final class ScenePricer {
      private final CostModel costs;
      private final int index;
      private final SceneAnalysis scene;
      private final SceneAnalysis origin;
      private final int fromOrigin;
      private final Set<String> cachedCharacters;
      private final Set<String> cachedLocations;
      private final BitSet state;

      private ScenePricer(
          CostModel costs,
          int index,
          SceneMemo.Analysed<SceneAnalysis> analysed,
          Set<String> cachedCharacters,
          Set<String> cachedLocations,
          BitSet state) {
        this.costs = costs;
        this.index = index;
        this.scene = analysed.analysis();
        this.origin = analysed.origin();
        this.fromOrigin = analysed.linesFromOrigin();
        this.cachedCharacters = cachedCharacters;
        this.cachedLocations = cachedLocations;
        this.state = state;
      }

      /**
       * {@link CostModel#price}, or the same pricing from the previous estimate. A scene whose
       * analysis is new only because lines typed above it moved it (a copy of an analysis priced
       * before) gets that pricing with its ranges moved, as its analysis got them ({@link
       * RecordGraph#shiftLines}), instead of being priced shot by shot again.
       */
      public ScenePricing price(Tier tier) {
        Key exact = new Key(scene, tier.name(), Kind.DETAILED, state, 0);
        // By the scene's place in the film too: identical scenes moved from one origin each keep
        // their own pricing, and with it their own savings.
        Key byOrigin = new Key(origin, tier.name(), Kind.DETAILED_AT, state, index);
        ScenePricing pricing = (ScenePricing) recall(exact);
        if (pricing == null) {
          Placed placed = (Placed) recall(byOrigin);
          if (placed != null) {
            try {
              int lines = fromOrigin - placed.fromOrigin();
              pricing = RecordGraph.shiftLines(placed.pricing(), lines);
              moves.put(pricing.chunks(), new Moved(placed.pricing().chunks(), lines));
            } catch (RecordGraph.NotRelocatable e) {
              pricing = null; // holds something that cannot be moved: priced again below
            }
          }
          if (pricing == null) {
            pricing = costs.price(scene, tier, cachedCharacters, cachedLocations);
          }
        }
        next.put(exact, pricing);
        next.put(byOrigin, new Placed(pricing, fromOrigin));
        return pricing;
      }

      /**
       * {@link CostModel#quote}, or the same sums from the previous estimate. Sums do not depend on
       * where the scene stands, so they are remembered by the analysis the scene's was moved from:
       * a line break typed above a hundred scenes leaves their quotes as they were.
       */
      public ModalityCosts quote(Tier tier) {
        return (ModalityCosts)
            recallOr(
                new Key(origin, tier.name(), Kind.SUMS, state, 0),
                () -> costs.quote(scene, tier, cachedCharacters, cachedLocations));
      }
    }

    /** What this or the previous estimate found for the key, else what {@code make} makes. */
    private Object recallOr(Key key, Supplier<Object> make) {
      Object known = recall(key);
      if (known == null) {
        known = make.get();
      }
      next.put(key, known);
      return known;
    }

    /** What this or the previous estimate found for the key, or null. */
    private Object recall(Key key) {
      Object known = next.get(key);
      return known != null ? known : previous.get(key);
    }

    /** Keeps this estimate's pricings, and only those, for the next estimate of the screenplay. */
    public void finish() {
      generations.keep(lineage, next);
    }

    /**
     * The priced chunks of the scenes this estimate moved rather than priced, each with the chunks
     * it was moved from (the very list an earlier estimate's scene held) and by how many lines: so
     * what was found from those chunks (savings) can be moved along instead of found again.
     */
    public Map<List<ChunkEstimate>, Moved> moves() {
      return Collections.unmodifiableMap(moves);
    }
  }

  /**
   * What pricing asks of the cache: whether each of the scene's on-screen characters and each
   * person its chunks name is cached already, then whether its location is.
   */
  private static BitSet cacheState(
      SceneAnalysis scene, Set<String> cachedCharacters, Set<String> cachedLocations) {
    BitSet state = new BitSet();
    int bit = 0;
    for (SceneAnalysis.Presence presence : scene.characters()) {
      if (cachedCharacters.contains(presence.name())) {
        state.set(bit);
      }
      bit++;
    }
    for (SceneAnalysis.Chunk chunk : scene.chunks()) {
      for (String person : chunk.people()) {
        if (cachedCharacters.contains(person)) {
          state.set(bit);
        }
        bit++;
      }
    }
    if (cachedLocations.contains(scene.location())) {
      state.set(bit);
    }
    return state;
  }

  /**
   * Chunks moved from other chunks: the same as {@code from} but {@code lines} further down.
   *
   * @param from the chunks an earlier pricing held
   * @param lines how many lines further down (negative: up)
   */
  public record Moved(List<ChunkEstimate> from, int lines) {}

  /** A pricing shot by shot, and how many lines below its origin the scene stood when priced. */
  private record Placed(ScenePricing pricing, int fromOrigin) {}

  /** What a key remembers. */
  private enum Kind {
    /** A scene's sums at a tier, by the analysis its own was moved from. */
    SUMS,
    /** A scene's pricing shot by shot, by its analysis. */
    DETAILED,
    /**
     * A pricing shot by shot and where it was made ({@link Placed}), by the analysis moved from.
     */
    DETAILED_AT
  }

  /**
   * A scene analysis by identity, a tier, what is remembered, the cache state, and for {@link
   * Kind#DETAILED_AT} the scene's index.
   */
  private static final class Key {
    private final SceneAnalysis scene;
    private final String tier;
    private final Kind kind;
    private final BitSet cached;
    private final int index;
    private final int hash;

    Key(SceneAnalysis scene, String tier, Kind kind, BitSet cached, int index) {
      this.scene = scene;
      this.tier = tier;
      this.kind = kind;
      this.cached = cached;
      this.index = index;
      this.hash =
          (((System.identityHashCode(scene) * 31 + tier.hashCode()) * 31 + cached.hashCode()) * 31
                      + index)
                  * 3
              + kind.ordinal();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.scene == scene
          && key.kind == kind
          && key.index == index
          && key.tier.equals(tier)
          && key.cached.equals(cached);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
