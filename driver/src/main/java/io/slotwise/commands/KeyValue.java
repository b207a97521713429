package io.slotwise.commands;

/**
 * A key and the value found under it: the reply of {@code BLPOP}, {@code BRPOP} ({@code V} is the
 * element) and {@code BZPOPMIN}/{@code BZPOPMAX} ({@code V} is a {@link ScoredValue}). Immutable
 * (the {@code byte[]} variants share the reply's arrays: do not modify them); never holds nulls.
 *
 * @param key the key the value was taken from
 * @param value the value
 */
public record KeyValue<K, V>(K key, V value) {}
