package io.slotwise.commands;

/**
 * One member found by {@code GEOSEARCH}, with what {@link GeoSearchArgs} asked for. Immutable when
 * {@code V} is ({@code byte[]} members are owned by the caller once returned).
 *
 * @param member the member
 * @param distance its distance from the centre in the search's unit, or {@code null} without {@code
 *     WITHDIST}
 * @param hash its 52-bit geohash score, or {@code null} without {@code WITHHASH}
 * @param coordinates its position, or {@code null} without {@code WITHCOORD}
 * @param <V> {@code String} or {@code byte[]}
 */
public record GeoResult<V>(V member, Double distance, Long hash, GeoCoordinates coordinates) {}
