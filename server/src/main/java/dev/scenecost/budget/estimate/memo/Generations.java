package dev.scenecost.budget.estimate.memo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last generation of a memo that lives from one estimate of a screenplay to the next, for each
 * of the {@link #LINEAGES} screenplays estimated last (a screenplay is known by its lineage: its
 * file, or null for texts that are not files). An estimate reads the previous generation of its
 * screenplay and keeps its own in its place, so what is held does not grow with the length of a
 * session. Thread-safe.
 *
 * @param <G> one estimate's remembered values
 */
public final class Generations<G> {
  /** Screenplays whose last generation is kept (open documents, most recently estimated first). */
  public static final int LINEAGES = 16;

  private final Map<Object, G> last =
      new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, G> eldest) {
          return size() > LINEAGES;
        }
      };

  /** The generation the last estimate of the screenplay kept; null if none. */
  public synchronized G previous(Object lineage) {
    return last.get(lineage);
  }

  /** Keeps {@code generation}, and only it, for the next estimate of the screenplay. */
  public synchronized void keep(Object lineage, G generation) {
    last.put(lineage, generation);
  }
}
