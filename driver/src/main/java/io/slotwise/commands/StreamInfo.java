package io.slotwise.commands;

/**
 * The reply of {@code XINFO STREAM key}. Immutable when {@code V} is ({@code byte[]} values are
 * owned by the caller once returned). Fields a server version does not report are {@code null}.
 *
 * @param length the number of entries
 * @param radixTreeKeys keys of the underlying radix tree
 * @param radixTreeNodes nodes of the underlying radix tree
 * @param groups the number of consumer groups
 * @param lastGeneratedId the id of the last entry ever added
 * @param maxDeletedEntryId the greatest id ever deleted (Redis 7), or {@code null}
 * @param entriesAdded how many entries were ever added (Redis 7), or {@code null}
 * @param recordedFirstEntryId the first entry's id as recorded (Redis 7), or {@code null}
 * @param firstEntry the first entry, or {@code null} when the stream is empty
 * @param lastEntry the last entry, or {@code null} when the stream is empty
 * @param <V> {@code String} or {@code byte[]}
 */
public record StreamInfo<V>(
    long length,
    long radixTreeKeys,
    long radixTreeNodes,
    long groups,
    String lastGeneratedId,
    String maxDeletedEntryId,
    Long entriesAdded,
    String recordedFirstEntryId,
    StreamEntry<V> firstEntry,
    StreamEntry<V> lastEntry) {}
