/**
 * Redis Cluster routing: the immutable slot map snapshot, topology loading, parsing and refresh,
 * redirect parsing, replica selection, cross-slot key grouping, node failure bookkeeping, and the
 * steps of the slot migrator.
 *
 * <p>Internal: not part of the API and without any compatibility promise; its public types are
 * public only so that other driver packages can reach them, and may change or vanish in any
 * release.
 */
package io.slotwise.internal.cluster;
