package io.slotwise.internal.command;

import io.slotwise.RedisProtocolException;
import io.slotwise.internal.cluster.SlotGroup;
import io.slotwise.internal.cluster.SlotGrouping;
import io.slotwise.internal.executor.CommandExecutor;
import io.slotwise.internal.executor.Invocation;
import io.slotwise.internal.executor.Parts;
import io.slotwise.internal.executor.Starter;
import io.slotwise.internal.protocol.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Cross-slot multi-key commands in cluster mode: keys grouped by slot ({@link SlotGrouping}, each
 * key hashed once: every part carries its group's slot), one sub-command per slot ({@code SET} for
 * a lone {@code MSET} pair), the sub-commands for one node written in one flush ({@link
 * io.slotwise.internal.executor.Starter#startAll}, or queued by a pipeline: {@link Starter}),
 * results merged back in the caller's order in O(n). Keys that share one slot go as a single
 * command. The parts answer the caller's one future through {@link Parts}: no future per part to
 * wait on.
 *
 * <p>Not atomic across slots: each sub-command succeeds or fails on its own, and the first failure
 * fails the whole call at once (other sub-commands may have been applied, as with any cluster
 * client).
 */
public final class CrossSlot {
  private final CommandExecutor executor;

  public CrossSlot(CommandExecutor executor) {
    this.executor = executor;
  }

  public CompletableFuture<List<byte[]>> mget(byte[][] keys, Starter starter) {
    List<SlotGroup> groups = SlotGrouping.of(keys).groups();
    Parts<byte[][], List<byte[]>> parts =
        new Parts<>(
            executor,
            groups.size(),
            results -> SlotGrouping.mergeArraysInOrder(keys.length, groups, results));
    for (SlotGroup group : groups) {
      // MGET even for a lone key: GET would fail on a key of another type, where MGET answers
      // null for it, and the caller asked for MGET's semantics. The cost on the server is the same.
      Invocation<byte[][]> part =
          parts.add(MultiKey.command("MGET", keys, group, true), CrossSlot::values);
      if (group.size() > 1) {
        part.answerSplitSlotWith(() -> mgetKeyByKey(keys, group));
      }
    }
    return parts.start(starter);
  }

  public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues, Starter starter) {
    byte[][] keys = new byte[keyValues.size()][];
    byte[][] values = new byte[keyValues.size()][];
    int i = 0;
    for (Map.Entry<byte[], byte[]> e : keyValues.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("MSET keys and values must not be null");
      }
      keys[i] = e.getKey();
      values[i++] = e.getValue();
    }
    List<SlotGroup> groups = SlotGrouping.of(keys).groups();
    Parts<Object, Void> parts = new Parts<>(executor, groups.size(), results -> null);
    for (SlotGroup group : groups) {
      parts.add(MultiKey.msetCommand(keys, values, group), reply -> null);
    }
    return parts.start(starter);
  }

  public CompletableFuture<Long> countKeys(String name, byte[][] keys, Starter starter) {
    List<SlotGroup> groups = SlotGrouping.of(keys).groups();
    boolean readOnly = name.equals("EXISTS");
    Parts<Long, Long> parts = new Parts<>(executor, groups.size(), CrossSlot::sum);
    for (SlotGroup group : groups) {
      Invocation<Long> part =
          parts.add(MultiKey.command(name, keys, group, readOnly), CommandExecutor::integer);
      if (readOnly && group.size() > 1) {
        part.answerSplitSlotWith(() -> countKeyByKey(name, keys, group));
      }
    }
    return parts.start(starter);
  }

  /**
   * {@code MGET} of the keys of one slot that a migration split ({@code TRYAGAIN}): one {@code
   * MGET} per key, each following its own {@code ASK}, so the read is answered while the slot stays
   * split. Each value is the key's value at some moment of the call, as for keys in several slots:
   * the one-slot snapshot is given up, never the values. Writes are never split (they wait).
   */
  private CompletableFuture<byte[][]> mgetKeyByKey(byte[][] keys, SlotGroup group) {
    Parts<byte[][], byte[][]> parts = new Parts<>(executor, group.size(), CrossSlot::concat);
    for (SlotGroup single : group.singles()) {
      parts.add(MultiKey.command("MGET", keys, single, true), CrossSlot::values);
    }
    return parts.start(Starter.NOW);
  }

  /** {@code EXISTS} of the keys of one split slot, key by key (see {@link #mgetKeyByKey}). */
  private CompletableFuture<Long> countKeyByKey(String name, byte[][] keys, SlotGroup group) {
    Parts<Long, Long> parts = new Parts<>(executor, group.size(), CrossSlot::sum);
    for (SlotGroup single : group.singles()) {
      parts.add(MultiKey.command(name, keys, single, true), CommandExecutor::integer);
    }
    return parts.start(Starter.NOW);
  }

  private static byte[][] concat(List<byte[][]> results) {
    int n = 0;
    for (byte[][] r : results) {
      n += r.length;
    }
    byte[][] values = new byte[n][];
    int at = 0;
    for (byte[][] r : results) {
      System.arraycopy(r, 0, values, at, r.length);
      at += r.length;
    }
    return values;
  }

  /**
   * An {@code MGET} reply as its values in one array, null for an absent key or a value of another
   * type (as {@link CommandExecutor#bulkList}, without a list around them).
   */
  private static byte[][] values(Reply reply) {
    if (!(reply instanceof Reply.Array array)) {
      throw new RedisProtocolException("expected an array reply to MGET, got " + reply);
    }
    List<Reply> items = array.items();
    byte[][] values = new byte[items.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = items.get(i) instanceof Reply.Bulk bulk ? bulk.value() : null;
    }
    return values;
  }

  private static long sum(List<Long> counts) {
    long sum = 0;
    for (Long n : counts) {
      sum += n;
    }
    return sum;
  }
}
