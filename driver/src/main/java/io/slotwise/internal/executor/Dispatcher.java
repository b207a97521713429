package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The executor seen from the command facades: sends a command through the router with the retry and
 * redirect loop, and turns the final reply into the caller's type. Thread-safe.
 *
 * <p>Error replies that are not redirects or retryable states become {@link RedisServerException};
 * converters only ever see non-error replies.
 */
public interface Dispatcher {

  /** One command, routed by its first key (or to any node when keyless). */
  <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter);

  /**
   * One command to one given node (keyless node commands such as {@code PING} or {@code INFO} of a
   * chosen node), with retries on that node only.
   */
  <T> CompletableFuture<T> executeOn(
      HostAndPort node, Command command, Function<Reply, T> converter);

  /**
   * {@code MGET}: values in the caller's order, {@code null} for absent keys. Split by slot in
   * cluster mode.
   */
  CompletableFuture<List<byte[]>> mget(byte[][] keys);

  /** {@code MSET}; split by slot in cluster mode (then not atomic across slots). */
  CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues);

  /**
   * A key-counting multi-key command ({@code DEL}, {@code UNLINK}, {@code EXISTS}, {@code TOUCH}):
   * the sum of the per-slot counts in cluster mode.
   */
  CompletableFuture<Long> countKeys(String command, byte[][] keys);

  /**
   * A keyless command sent to every master ({@code FLUSHALL}, {@code SCRIPT LOAD}, {@code DBSIZE}),
   * replies combined by {@code combiner} in node order.
   */
  <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner);

  /**
   * The addresses {@link #fanOut} would reach right now: every master (cluster), the one server
   * (standalone), one healthy proxy (Codis). A snapshot; may be empty while no topology is known.
   */
  List<HostAndPort> masters();

  /**
   * Every node a user may address right now: every master then every replica (cluster), the one
   * server (standalone), every healthy proxy (Codis). A snapshot; may be empty. Default: {@link
   * #masters()}.
   */
  default List<HostAndPort> nodes() {
    return masters();
  }

  /** Whether keys are routed by slot (Redis Cluster): multi-key and generic commands care. */
  boolean splitsBySlot();

  /**
   * {@code WAIT replicas timeout} on the shared connection to the owner of {@code key}'s slot (the
   * one that carried the writes of that slot), behind the writes of that slot still waiting to be
   * retried; never resent elsewhere. Its deadline is the command timeout plus {@code timeout}.
   *
   * <p>The default refuses: a pipeline or a transaction's queue has no such connection.
   */
  default CompletableFuture<Long> waitReplicas(byte[] key, int replicas, Duration timeout) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException(
            "waitReplicas is not available in a pipeline or a transaction: call it on the client"
                + " after the pipeline or transaction returned"));
  }

  /**
   * A command that makes the server wait ({@code BLPOP}, {@code XREAD BLOCK}), on an exclusive
   * connection to the slot owner so that it never holds up a shared connection. Its deadline is the
   * command timeout plus {@code blockFor} (none when {@code blockFor} is zero).
   *
   * <p>The default refuses: dispatchers without exclusive connections (a pipeline, a transaction's
   * queue) cannot block.
   */
  default <T> CompletableFuture<T> executeBlocking(
      Command command, Function<Reply, T> converter, Duration blockFor) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException(
            command.name() + " blocks its connection and is not available here"));
  }
}
