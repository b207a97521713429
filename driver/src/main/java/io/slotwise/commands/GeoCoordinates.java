package io.slotwise.commands;

/**
 * A point on the earth as Redis geo commands take and return it: longitude first. Immutable and
 * thread-safe.
 *
 * @param longitude degrees east, -180 to 180
 * @param latitude degrees north, about -85.05 to 85.05 (the range Redis can index)
 */
public record GeoCoordinates(double longitude, double latitude) {}
