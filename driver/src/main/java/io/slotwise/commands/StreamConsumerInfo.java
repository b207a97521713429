package io.slotwise.commands;

/**
 * One consumer of a group, as {@code XINFO CONSUMERS key group} describes it. Immutable and
 * thread-safe.
 *
 * @param name the consumer's name
 * @param pending entries delivered to it and not yet acknowledged
 * @param idleMillis milliseconds since it last interacted with the server
 * @param inactiveMillis milliseconds since its last successful read (Redis 7.2), or {@code null}
 */
public record StreamConsumerInfo(String name, long pending, long idleMillis, Long inactiveMillis) {}
