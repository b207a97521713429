package io.slotwise.internal.command;

import io.slotwise.internal.cluster.SlotGroup;
import io.slotwise.internal.cluster.SlotGrouping;
import io.slotwise.internal.executor.CommandExecutor;
import io.slotwise.internal.executor.Invocation;
import io.slotwise.internal.executor.Starter;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Cross-slot multi-key commands in cluster mode: keys grouped by slot ({@link SlotGrouping}), one
 * sub-command per slot ({@code GET}/{@code SET} for a lone key), the sub-commands for one node
 * written in one flush ({@link Invocation#startAll}, or queued by a pipeline: {@link Starter}),
 * results merged back in the caller's order in O(n). Keys that share one slot go as a single
 * command.
 *
 * <p>Not atomic across slots: each sub-command succeeds or fails on its own, and a failure fails
 * the whole call (other sub-commands may have been applied, as with any cluster client).
 */
public final class CrossSlot {
  private final CommandExecutor executor;

  public CrossSlot(CommandExecutor executor) {
    this.executor = executor;
  }

  public CompletableFuture<List<byte[]>> mget(byte[][] keys, Starter starter) {
    List<SlotGroup> groups = SlotGrouping.of(keys).groups();
    List<Invocation<List<byte[]>>> parts = new ArrayList<>(groups.size());
    for (SlotGroup group : groups) {
      // MGET even for a lone key: GET would fail on a key of another type, where MGET answers
      // null for it, and the caller asked for MGET's semantics. The cost on the server is the same.
      byte[][] selected = group.select(keys);
      Invocation<List<byte[]>> part =
          invocation(MultiKey.command("MGET", selected, 1, true), CommandExecutor::bulkList);
      if (selected.length > 1) {
        part.answerSplitSlotWith(() -> mgetKeyByKey(selected));
      }
      parts.add(part);
    }
    return run(parts, starter)
        .thenApply(results -> SlotGrouping.mergeInOrder(keys.length, groups, results));
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
    List<Invocation<Reply>> parts = new ArrayList<>(groups.size());
    for (SlotGroup group : groups) {
      String name = group.isSingle() ? "SET" : "MSET";
      byte[][] pairs = group.interleave(keys, values);
      byte[][] args = new byte[pairs.length + 1][];
      args[0] = name.getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(pairs, 0, args, 1, pairs.length);
      int[] keyIndexes = new int[group.size()];
      for (int j = 0; j < keyIndexes.length; j++) {
        keyIndexes[j] = 1 + 2 * j;
      }
      parts.add(invocation(Command.of(name, args, keyIndexes, false), Function.identity()));
    }
    return run(parts, starter).thenApply(results -> null);
  }

  public CompletableFuture<Long> countKeys(String name, byte[][] keys, Starter starter) {
    List<SlotGroup> groups = SlotGrouping.of(keys).groups();
    boolean readOnly = name.equals("EXISTS");
    List<Invocation<Long>> parts = new ArrayList<>(groups.size());
    for (SlotGroup group : groups) {
      byte[][] selected = group.select(keys);
      Invocation<Long> part =
          invocation(MultiKey.command(name, selected, 1, readOnly), CommandExecutor::integer);
      if (readOnly && selected.length > 1) {
        part.answerSplitSlotWith(() -> countKeyByKey(name, selected));
      }
      parts.add(part);
    }
    return run(parts, starter).thenApply(CrossSlot::sum);
  }

  /**
   * {@code MGET} of keys in one slot that a migration split ({@code TRYAGAIN}): one {@code MGET}
   * per key, each following its own {@code ASK}, so the read is answered while the slot stays
   * split. Each value is the key's value at some moment of the call, as for keys in several slots:
   * the one-slot snapshot is given up, never the values. Writes are never split (they wait).
   */
  private CompletableFuture<List<byte[]>> mgetKeyByKey(byte[][] keys) {
    List<Invocation<List<byte[]>>> parts = new ArrayList<>(keys.length);
    for (byte[] key : keys) {
      parts.add(
          invocation(
              MultiKey.command("MGET", new byte[][] {key}, 1, true), CommandExecutor::bulkList));
    }
    return run(parts, Starter.NOW)
        .thenApply(
            results -> {
              List<byte[]> values = new ArrayList<>(keys.length);
              results.forEach(values::addAll);
              return values;
            });
  }

  /** {@code EXISTS} of keys in one split slot, key by key (see {@link #mgetKeyByKey}). */
  private CompletableFuture<Long> countKeyByKey(String name, byte[][] keys) {
    List<Invocation<Long>> parts = new ArrayList<>(keys.length);
    for (byte[] key : keys) {
      parts.add(
          invocation(
              MultiKey.command(name, new byte[][] {key}, 1, true), CommandExecutor::integer));
    }
    return run(parts, Starter.NOW).thenApply(CrossSlot::sum);
  }

  private static long sum(List<Long> counts) {
    long sum = 0;
    for (Long n : counts) {
      sum += n;
    }
    return sum;
  }

  private <T> Invocation<T> invocation(Command command, Function<Reply, T> converter) {
    return new Invocation<>(executor, command, converter, null);
  }

  /**
   * Hands every part to {@code starter} (started together: one flush per node) and collects their
   * results in part order.
   */
  private static <T> CompletableFuture<List<T>> run(List<Invocation<T>> parts, Starter starter) {
    starter.startAll(parts);
    CompletableFuture<?>[] futures = new CompletableFuture<?>[parts.size()];
    for (int i = 0; i < futures.length; i++) {
      futures[i] = parts.get(i).future;
    }
    return CompletableFuture.allOf(futures)
        .thenApply(
            done -> {
              List<T> results = new ArrayList<>(parts.size());
              for (Invocation<T> part : parts) {
                results.add(part.future.join());
              }
              return results;
            });
  }
}
