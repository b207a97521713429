package io.slotwise.cluster;

import io.slotwise.HostAndPort;

/**
 * One progress report of a slot migration. Immutable.
 *
 * @param slot the slot being moved, 0..16383
 * @param source the node the keys leave (the slot's owner before the migration)
 * @param target the node the keys go to
 * @param keysMoved keys handed to {@code MIGRATE} for this slot so far by this call (keys moved by
 *     an earlier, interrupted call are not counted; a key a client deleted between {@code
 *     GETKEYSINSLOT} and {@code MIGRATE} is counted although nothing moved)
 * @param keysLeft keys the source still holds in the slot, as {@code CLUSTER COUNTKEYSINSLOT} said
 *     after the last batch
 * @param done whether the slot now belongs to the target on the source, the target and every other
 *     master that answered
 */
public record MigrationProgress(
    int slot,
    HostAndPort source,
    HostAndPort target,
    long keysMoved,
    long keysLeft,
    boolean done) {}
