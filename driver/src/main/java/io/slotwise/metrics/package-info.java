/**
 * Observability: the recorder SPI {@link io.slotwise.metrics.SlotwiseRecorder}, which a client
 * calls with command outcomes, redirects, retries, topology refreshes and connection events; the
 * read-only {@link io.slotwise.metrics.ConnectionInfo} view it receives for each connection; and
 * {@link io.slotwise.metrics.MicrometerRecorder}, the Micrometer implementation (needs the optional
 * {@code micrometer-core} dependency).
 *
 * <p>Public API.
 */
package io.slotwise.metrics;
