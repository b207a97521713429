package io.slotwise.commands;

/**
 * One entry of the extended form of {@code XPENDING}: delivered to a consumer, not yet
 * acknowledged. Immutable and thread-safe.
 *
 * @param id the entry id
 * @param consumer the consumer it was delivered to
 * @param idleMillis milliseconds since it was last delivered
 * @param deliveryCount how many times it was delivered
 */
public record PendingMessage(String id, String consumer, long idleMillis, long deliveryCount) {}
