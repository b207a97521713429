package io.slotwise.commands;

/**
 * A sorted-set member with its score, as returned by {@code ZRANGE ... WITHSCORES}. Immutable and
 * thread-safe when {@code V} is ({@code String} is; a {@code byte[]} member is owned by the caller
 * once returned, and compares by identity in {@link #equals}).
 *
 * @param value the member, never {@code null}
 * @param score the score; may be {@code ±Infinity}
 * @param <V> {@code String} or {@code byte[]}
 */
public record ScoredValue<V>(V value, double score) {}
