package io.slotwise.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stream entry: its id and its fields in the order they were added ({@code XRANGE}, {@code
 * XREAD}, {@code XCLAIM}, ...). Immutable when {@code V} is ({@code String} is; {@code byte[]}
 * fields share the reply's arrays, owned by the caller once returned).
 *
 * @param id the entry id, {@code <millis>-<sequence>}, e.g. {@code "1700000000000-0"}
 * @param fields field/value pairs in insertion order; empty for an entry deleted while it was
 *     pending ({@code XREADGROUP} of a consumer's history)
 * @param <V> {@code String} or {@code byte[]}
 */
public record StreamEntry<V>(String id, List<Map.Entry<V, V>> fields) {

  /** The same record; {@code fields} is copied into an unmodifiable list. */
  public StreamEntry {
    fields = List.copyOf(fields);
  }

  /**
   * The fields as a map in insertion order (a new {@link LinkedHashMap}); useful for {@code String}
   * entries (a {@code byte[]} key compares by identity).
   */
  public Map<V, V> fieldMap() {
    Map<V, V> out = new LinkedHashMap<>();
    for (Map.Entry<V, V> e : fields) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }
}
