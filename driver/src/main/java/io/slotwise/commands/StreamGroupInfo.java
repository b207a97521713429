package io.slotwise.commands;

/**
 * One consumer group, as {@code XINFO GROUPS key} describes it. Immutable and thread-safe. Fields a
 * server version does not report are {@code null}.
 *
 * @param name the group's name
 * @param consumers the number of consumers
 * @param pending entries delivered and not yet acknowledged
 * @param lastDeliveredId the id of the last entry delivered to the group
 * @param entriesRead entries the group has read (Redis 7), or {@code null}
 * @param lag entries not yet delivered (Redis 7), or {@code null} when unknown
 */
public record StreamGroupInfo(
    String name,
    long consumers,
    long pending,
    String lastDeliveredId,
    Long entriesRead,
    Long lag) {}
