package io.slotwise.commands;

import java.util.List;

/**
 * The entries {@code XREAD} or {@code XREADGROUP} returned for one stream. Immutable when {@code K}
 * and {@code V} are ({@code byte[]} ones are owned by the caller once returned).
 *
 * @param stream the stream's key
 * @param entries its entries, oldest first
 * @param <K> {@code String} or {@code byte[]}
 * @param <V> {@code String} or {@code byte[]}
 */
public record StreamMessages<K, V>(K stream, List<StreamEntry<V>> entries) {

  /** The same record; {@code entries} is copied into an unmodifiable list. */
  public StreamMessages {
    entries = List.copyOf(entries);
  }
}
