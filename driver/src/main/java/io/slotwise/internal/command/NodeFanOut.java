package io.slotwise.internal.command;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseException;
import io.slotwise.codis.CodisUnsupportedCommandException;
import io.slotwise.commands.NodeResults;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * One command sent to each of several nodes at once (each retried on its own node only, through
 * {@link Dispatcher#executeOn}), the answers gathered into {@link NodeResults}: a node's failure is
 * recorded for that node and hides no other. The future fails as a whole only when there is no node
 * to send to, or when the command is refused before sending (Codis). Stateless; thread-safe.
 */
final class NodeFanOut {
  private NodeFanOut() {}

  /** {@code command} to each of {@code nodes}, each reply converted by {@code converter}. */
  static <T> CompletableFuture<NodeResults<T>> send(
      Dispatcher dispatcher,
      List<HostAndPort> nodes,
      Command command,
      Function<Reply, T> converter) {
    if (nodes.isEmpty()) {
      return CompletableFuture.failedFuture(
          new RedisConnectionException("no node is known to send " + command.name() + " to"));
    }
    List<CompletableFuture<T>> parts = new ArrayList<>(nodes.size());
    for (HostAndPort node : nodes) {
      CompletableFuture<T> part;
      try {
        part = dispatcher.executeOn(node, command, converter);
      } catch (RuntimeException e) {
        part = CompletableFuture.failedFuture(e);
      }
      parts.add(part);
    }
    Throwable refused = refusal(parts.get(0));
    if (refused != null) {
      return CompletableFuture.failedFuture(refused);
    }
    return CompletableFuture.allOf(
            parts.stream().map(NodeFanOut::settled).toArray(CompletableFuture[]::new))
        .thenApply(done -> gather(nodes, parts, command.name()));
  }

  /**
   * The refusal {@code first} failed with before anything was sent (the command is refused in this
   * mode, e.g. by Codis), or null: a refusal holds for every node, so it fails the command whole.
   */
  private static Throwable refusal(CompletableFuture<?> first) {
    if (!first.isCompletedExceptionally()) {
      return null;
    }
    try {
      first.join();
      return null;
    } catch (CompletionException | CancellationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return cause instanceof CodisUnsupportedCommandException ? cause : null;
    }
  }

  /** A future that completes normally when {@code f} completes either way. */
  private static CompletableFuture<Void> settled(CompletableFuture<?> f) {
    return f.handle((v, e) -> null);
  }

  private static <T> NodeResults<T> gather(
      List<HostAndPort> nodes, List<CompletableFuture<T>> parts, String command) {
    Map<HostAndPort, T> values = new LinkedHashMap<>();
    Map<HostAndPort, SlotwiseException> failures = new LinkedHashMap<>();
    List<HostAndPort> distinct = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      HostAndPort node = nodes.get(i);
      if (values.containsKey(node) || failures.containsKey(node)) {
        continue; // the same node listed twice (a remapped address): its first answer counts
      }
      distinct.add(node);
      CompletableFuture<T> part = parts.get(i);
      try {
        values.put(node, part.join());
      } catch (RuntimeException e) {
        failures.put(node, SyncCommandsImpl.unwrap(e, command + " on " + node));
      }
    }
    return new NodeResults<>(distinct, values, failures);
  }
}
