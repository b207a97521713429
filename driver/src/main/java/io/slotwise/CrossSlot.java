package io.slotwise;

import io.slotwise.cluster.SlotGrouping;
import io.slotwise.protocol.Command;
import io.slotwise.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Cross-slot multi-key commands in cluster mode: keys grouped by slot, one sub-command per slot
 * ({@code GET}/{@code SET} for a lone key), sub-commands for one node written in one flush, results
 * merged back in the caller's order in O(n). Keys sharing one slot go as a single command.
 *
 * <p>Not atomic across slots: each sub-command succeeds or fails on its own, and the first failure
 * fails the whole call (some sub-commands may have been applied, as with any cluster client).
 */
final class CrossSlot {
  private static final byte[] GET = bytes("GET");
  private static final byte[] SET = bytes("SET");

  private final CommandExecutor executor;

  CrossSlot(CommandExecutor executor) {
    this.executor = executor;
  }

  CompletableFuture<List<byte[]>> mget(byte[][] keys) {
    List<SlotGrouping.SlotGroup> groups = SlotGrouping.of(keys).groups();
    List<Invocation<List<byte[]>>> parts = new ArrayList<>(groups.size());
    for (SlotGrouping.SlotGroup group : groups) {
      int[] idx = group.indexes();
      if (idx.length == 1) {
        byte[] key = keys[idx[0]];
        Command get = Command.of("GET", new byte[][] {GET, key}, new int[] {1}, true);
        parts.add(invocation(get, reply -> Arrays.asList(bulk(reply))));
      } else {
        parts.add(invocation(MultiKey.command("MGET", pick(keys, idx), 1, true), CommandExecutor::bulkList));
      }
    }
    Invocation.startAll(parts);
    return allOf(parts)
        .thenApply(
            done -> {
              byte[][] merged = new byte[keys.length][];
              for (int g = 0; g < groups.size(); g++) {
                int[] idx = groups.get(g).indexes();
                List<byte[]> values = parts.get(g).future.join();
                for (int j = 0; j < idx.length; j++) {
                  merged[idx[j]] = values.get(j);
                }
              }
              return Arrays.asList(merged);
            });
  }

  CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
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
    List<SlotGrouping.SlotGroup> groups = SlotGrouping.of(keys).groups();
    List<Invocation<Object>> parts = new ArrayList<>(groups.size());
    for (SlotGrouping.SlotGroup group : groups) {
      int[] idx = group.indexes();
      byte[][] args = new byte[idx.length * 2 + 1][];
      int[] keyIndexes = new int[idx.length];
      args[0] = idx.length == 1 ? SET : bytes("MSET");
      for (int j = 0; j < idx.length; j++) {
        keyIndexes[j] = 1 + 2 * j;
        args[1 + 2 * j] = keys[idx[j]];
        args[2 + 2 * j] = values[idx[j]];
      }
      parts.add(invocation(Command.of(idx.length == 1 ? "SET" : "MSET", args, keyIndexes, false), r -> r));
    }
    Invocation.startAll(parts);
    return allOf(parts).thenApply(done -> null);
  }

  CompletableFuture<Long> countKeys(String name, byte[][] keys) {
    List<SlotGrouping.SlotGroup> groups = SlotGrouping.of(keys).groups();
    boolean readOnly = name.equals("EXISTS");
    List<Invocation<Long>> parts = new ArrayList<>(groups.size());
    for (SlotGrouping.SlotGroup group : groups) {
      parts.add(invocation(MultiKey.command(name, pick(keys, group.indexes()), 1, readOnly), CommandExecutor::integer));
    }
    Invocation.startAll(parts);
    return allOf(parts)
        .thenApply(
            done -> {
              long sum = 0;
              for (Invocation<Long> part : parts) {
                sum += part.future.join();
              }
              return sum;
            });
  }

  private <T> Invocation<T> invocation(Command command, java.util.function.Function<Reply, T> converter) {
    return new Invocation<>(executor, command, converter, null);
  }

  private static CompletableFuture<Void> allOf(List<? extends Invocation<?>> parts) {
    CompletableFuture<?>[] futures = new CompletableFuture<?>[parts.size()];
    for (int i = 0; i < futures.length; i++) {
      futures[i] = parts.get(i).future;
    }
    return CompletableFuture.allOf(futures);
  }

  private static byte[][] pick(byte[][] keys, int[] indexes) {
    byte[][] picked = new byte[indexes.length][];
    for (int i = 0; i < indexes.length; i++) {
      picked[i] = keys[indexes[i]];
    }
    return picked;
  }

  private static byte[] bulk(Reply reply) {
    return reply instanceof Reply.Bulk b ? b.value() : null;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
