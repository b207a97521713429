/**
 * RESP2/RESP3 on the wire: the byte-level {@code Command}, its encoder, the incremental decoder
 * with its limits, and the neutral reply types. Knows nothing of slots, nodes or configuration.
 *
 * <p>Internal: not part of the API and without any compatibility promise; its public types are
 * public only so that other driver packages can reach them, and may change or vanish in any
 * release.
 */
package io.slotwise.internal.protocol;
