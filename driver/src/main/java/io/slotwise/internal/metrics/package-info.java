/**
 * Plumbing behind the recorder SPI of {@code io.slotwise.metrics}: the composite recorder, the
 * read-only connection views handed to recorders, and the per-node gauges of the Micrometer
 * recorder.
 *
 * <p>Internal: not part of the API and without any compatibility promise; its public types are
 * public only so that other driver packages can reach them, and may change or vanish in any
 * release.
 */
package io.slotwise.internal.metrics;
