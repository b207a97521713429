package io.slotwise;

import io.slotwise.commands.AsyncRedisCommands;
import java.util.List;

/**
 * A batch of commands sent together: every command method of {@link AsyncRedisCommands} queues its
 * command and returns its future at once, <em>without sending anything</em>; {@link #sync()} sends
 * the whole queue and waits for it.
 *
 * <pre>{@code
 * try (Pipeline p = client.pipeline()) {
 *   CompletableFuture<String> a = p.get("a");
 *   CompletableFuture<Long> n = p.incr("n");
 *   p.sync();                        // one write per node, all nodes in parallel
 *   String value = a.join();         // complete now
 * }
 * }</pre>
 *
 * <p><b>Batching.</b> At {@link #sync()} the queued commands are grouped by the node that owns
 * their slot; each node's group is written back to back in one flush, and the groups of all nodes
 * go out in parallel. In standalone and Codis mode the whole batch goes to one node (one proxy).
 * Cross-slot {@code MGET}/{@code MSET}/{@code DEL}/{@code EXISTS}/... are split per slot and their
 * parts join the same per-node groups. Replies are matched to their commands, so results come back
 * in the caller's order ({@link #syncAll()}).
 *
 * <p><b>Failures are per command.</b> Each command succeeds or fails on its own: an error reply, a
 * timeout or a broken connection fails that command's future only. A {@code MOVED} or {@code ASK}
 * redirects only the commands it answered (a {@code MOVED} also updates the slot map), with the
 * same retry rules and the same command timeout as a single command; the timeout of a queued
 * command runs from {@link #sync()}, not from the call that queued it.
 *
 * <p><b>Threads.</b> Not thread-safe: a pipeline is confined to the thread that created it, which
 * queues, syncs and closes it. (A command whose future another thread's callback creates through it
 * is sent at once instead of being queued.) The futures complete on driver I/O threads: do not
 * block in their callbacks. Create as many pipelines as you need; they are cheap and share the
 * client's connections.
 *
 * <p><b>Lifecycle.</b> Obtained from {@link SlotwiseClient#pipeline()}; the caller owns it and
 * closes it. {@link #close()} syncs whatever is still queued and then refuses new commands (their
 * futures fail with {@link SlotwiseClosedException}); it does not close the client or any
 * connection. Closing the client fails the commands still in flight.
 */
public interface Pipeline extends AsyncRedisCommands, AutoCloseable {

  /**
   * Sends every queued command (one flush per node, all nodes in parallel) and waits until all of
   * their futures are complete, successfully or not. Failures are <em>not</em> thrown: read them
   * from the futures. Returns at once when nothing is queued. The pipeline can be used again
   * afterwards.
   *
   * @throws RedisTimeoutException if the futures are not all complete within the command timeout
   *     plus a margin (each command has its own deadline, so this only happens when the driver's
   *     threads are starved)
   * @throws SlotwiseException if the thread is interrupted while waiting (the interrupt flag is
   *     restored)
   */
  void sync();

  /**
   * Like {@link #sync()}, and returns the result of every command queued since the last sync, in
   * the order they were called: the value a command's future holds (possibly {@code null}), or, for
   * a command that failed, its exception (a {@link SlotwiseException} subclass such as {@link
   * RedisServerException}) as the element — failures are not thrown.
   *
   * @return a new mutable list, one element per queued command
   */
  List<Object> syncAll();

  /** Syncs what is still queued (as {@link #sync()}), then refuses new commands. Idempotent. */
  @Override
  void close();
}
