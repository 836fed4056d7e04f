package dev.scenecost.budget.estimate.memo;

import dev.scenecost.jfountain.SourcePosition;
import dev.scenecost.jfountain.SourceRange;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two operations on an immutable value made of records, lists, maps, optionals and plain values
 * (strings, numbers, booleans, enums): move every {@link SourceRange} and {@link SourcePosition} in
 * it by a number of lines, and estimate how many bytes it holds on the heap.
 *
 * <p>Why reflection: a scene analysis is reused when the same scene reappears lower or higher in
 * the text (a line was inserted above it), and every source range in it must then move. Walking the
 * records generically means a new field of the analysis (a new cost part holding ranges) moves with
 * the rest without anyone writing a shift method for it. A value of a type it does not know (a
 * class that is not a record) cannot be moved: {@link #shiftLines} throws {@link NotRelocatable},
 * and the memo then analyses the scene again instead of reusing it.
 */
public final class RecordGraph {
  private RecordGraph() {}

  /** The value holds a type the walker cannot rebuild. */
  public static final class NotRelocatable extends RuntimeException {
    NotRelocatable(Class<?> type) {
      super("Cannot move the source ranges in a " + type.getName(), null, false, false);
    }
  }

  private record Shape(Method[] accessors, Constructor<?> constructor) {}

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  /**
   * The value with every source line moved by {@code lines}; parts that hold no range are the same
   * instances (nothing is copied that does not change).
   *
   * @throws NotRelocatable when the value holds an object that is neither a record, a list, a map,
   *     an optional nor a plain value
   */
  @SuppressWarnings("unchecked")
  public static <T> T shiftLines(T value, int lines) {
    return lines == 0 ? value : (T) shift(value, lines);
  }

  private static Object shift(Object value, int lines) {
    if (value == null || isPlain(value)) {
      return value;
    }
    if (value instanceof SourceRange range) {
      return new SourceRange(
          (SourcePosition) shift(range.start(), lines), (SourcePosition) shift(range.end(), lines));
    }
    if (value instanceof SourcePosition position) {
      return new SourcePosition(position.line() + lines, position.character());
    }
    if (value instanceof List<?> list) {
      List<Object> moved = null;
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        Object shifted = shift(item, lines);
        if (shifted != item && moved == null) {
          moved = new ArrayList<>(list.subList(0, i));
        }
        if (moved != null) {
          moved.add(shifted);
        }
      }
      return moved == null ? list : Collections.unmodifiableList(moved);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> moved = new LinkedHashMap<>();
      boolean changed = false;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object key = shift(entry.getKey(), lines);
        Object item = shift(entry.getValue(), lines);
        changed |= key != entry.getKey() || item != entry.getValue();
        moved.put(key, item);
      }
      return changed ? Collections.unmodifiableMap(moved) : map;
    }
    if (value instanceof Optional<?> optional) {
      if (optional.isEmpty()) {
        return optional;
      }
      Object shifted = shift(optional.get(), lines);
      return shifted == optional.get() ? optional : Optional.of(shifted);
    }
    if (value.getClass().isRecord()) {
      Shape shape = shape(value.getClass());
      Object[] components = new Object[shape.accessors().length];
      boolean changed = false;
      try {
        for (int i = 0; i < components.length; i++) {
          Object component = shape.accessors()[i].invoke(value);
          components[i] = shift(component, lines);
          changed |= components[i] != component;
        }
        return changed ? shape.constructor().newInstance(components) : value;
      } catch (IllegalAccessException | InstantiationException e) {
        throw new NotRelocatable(value.getClass());
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(
            "Rebuilding a " + value.getClass().getName() + " failed", e.getCause());
      }
    }
    throw new NotRelocatable(value.getClass());
  }

  /**
   * An estimate of the heap bytes the value holds (object headers, fields, arrays and the
   * characters of its strings; a part shared by several holders is counted for each). Good to
   * within a small factor, which is what bounding a cache needs.
   */
  public static long approximateBytes(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof String text) {
      return 40 + text.length(); // header, hash, array; one byte a character for Latin-1 text
    }
    if (isPlain(value)) {
      return value instanceof Enum<?> ? 0 : 16; // enum constants are shared
    }
    if (value instanceof SourceRange) {
      return 16 + 2 * 24;
    }
    if (value instanceof SourcePosition) {
      return 24;
    }
    if (value instanceof List<?> list) {
      long bytes = 40 + 8L * list.size();
      for (Object item : list) {
        bytes += approximateBytes(item);
      }
      return bytes;
    }
    if (value instanceof Map<?, ?> map) {
      long bytes = 64 + 48L * map.size();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        bytes += approximateBytes(entry.getKey()) + approximateBytes(entry.getValue());
      }
      return bytes;
    }
    if (value instanceof Optional<?> optional) {
      return 16 + approximateBytes(optional.orElse(null));
    }
    if (value.getClass().isRecord()) {
      Shape shape = shape(value.getClass());
      long bytes = 16 + 8L * shape.accessors().length;
      try {
        for (Method accessor : shape.accessors()) {
          bytes += approximateBytes(accessor.invoke(value));
        }
      } catch (ReflectiveOperationException e) {
        // Unreadable: the fields alone are counted.
      }
      return bytes;
    }
    return 64; // an object of unknown shape: a guess
  }

  /**
   * The approximate bytes of {@code moved} that it does not share with {@code original}: what
   * {@link #shiftLines} allocated to make it from the original (its ranges and the records and
   * lists on the way to them).
   */
  public static long approximateNewBytes(Object original, Object moved) {
    if (original == moved) {
      return 0;
    }
    if (moved instanceof SourceRange || moved instanceof SourcePosition) {
      return approximateBytes(moved);
    }
    if (moved == null || isPlain(moved)) {
      // Shifting never copies a plain value; read through an accessor, a primitive is boxed anew.
      return moved == null || moved.equals(original) ? 0 : approximateBytes(moved);
    }
    if (moved instanceof List<?> after && original instanceof List<?> before) {
      long bytes = 40 + 8L * after.size();
      for (int i = 0; i < after.size(); i++) {
        bytes += approximateNewBytes(i < before.size() ? before.get(i) : null, after.get(i));
      }
      return bytes;
    }
    if (moved instanceof Optional<?> after && original instanceof Optional<?> before) {
      return 16 + approximateNewBytes(before.orElse(null), after.orElse(null));
    }
    if (original != null
        && moved != null
        && moved.getClass().isRecord()
        && original.getClass() == moved.getClass()) {
      Shape shape = shape(moved.getClass());
      long bytes = 16 + 8L * shape.accessors().length;
      try {
        for (Method accessor : shape.accessors()) {
          bytes += approximateNewBytes(accessor.invoke(original), accessor.invoke(moved));
        }
      } catch (ReflectiveOperationException e) {
        // Unreadable: the fields alone are counted.
      }
      return bytes;
    }
    return approximateBytes(moved);
  }

  private static boolean isPlain(Object value) {
    return value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>;
  }

  private static Shape shape(Class<?> type) {
    return SHAPES.computeIfAbsent(
        type,
        t -> {
          RecordComponent[] components = t.getRecordComponents();
          Method[] accessors = new Method[components.length];
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
          }
          try {
            Constructor<?> constructor = t.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return new Shape(accessors, constructor);
          } catch (NoSuchMethodException e) {
            throw new NotRelocatable(t);
          }
        });
  }
}
