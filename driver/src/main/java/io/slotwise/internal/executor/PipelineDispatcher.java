package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The {@link Dispatcher} under a {@link Pipeline}: builds every invocation exactly as the executor
 * does (same routing, retries, redirects, cross-slot splitting) but queues it instead of starting
 * it; {@link #flush()} starts the whole queue at once with {@link NodeBatches#start}, which groups
 * it per node and writes each node's group in one flush.
 *
 * <p>Confined to the thread that created it. A dispatcher call from any other thread (a command
 * whose arguments resolved asynchronously, a continuation), or made while a sync is under way,
 * starts at once instead of being queued, so that it is never left behind in a queue nobody
 * flushes.
 *
 * <p>When the router does not split by slot (standalone, Codis), the first attempt of a whole batch
 * goes to one node: the router's first master (Codis: one healthy proxy, chosen once per batch).
 * Retries and redirects are routed as usual.
 */
public final class PipelineDispatcher implements Dispatcher, Starter {
  private final CommandExecutor executor;
  private final Thread owner = Thread.currentThread();
  private ArrayList<Invocation<?>> queued = new ArrayList<>();
  private boolean closed;
  private boolean syncing;

  public PipelineDispatcher(CommandExecutor executor) {
    this.executor = executor;
  }

  @Override
  public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
    return executor.submit(command, converter, null, this);
  }

  @Override
  public <T> CompletableFuture<T> executeOn(
      HostAndPort node, Command command, Function<Reply, T> converter) {
    return executor.submit(command, converter, node, this);
  }

  @Override
  public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
    return executor.mget(keys, this);
  }

  @Override
  public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
    return executor.mset(keyValues, this);
  }

  @Override
  public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
    return executor.countKeys(command, keys, this);
  }

  @Override
  public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
    return executor.fanOut(command, combiner, this);
  }

  @Override
  public List<HostAndPort> masters() {
    return executor.masters();
  }

  @Override
  public List<HostAndPort> nodes() {
    return executor.nodes();
  }

  @Override
  public boolean splitsBySlot() {
    return executor.splitsBySlot();
  }

  // --- Starter: queue -----------------------------------------------------------------------

  @Override
  public void start(Invocation<?> invocation) {
    if (closed) {
      invocation.future.completeExceptionally(closedException());
    } else if (syncing || Thread.currentThread() != owner) {
      Starter.NOW.start(invocation);
    } else {
      queued.add(invocation);
    }
  }

  @Override
  public void startAll(List<? extends Invocation<?>> invocations) {
    if (closed) {
      invocations.forEach(i -> i.future.completeExceptionally(closedException()));
    } else if (syncing || Thread.currentThread() != owner) {
      Starter.NOW.startAll(invocations);
    } else {
      queued.addAll(invocations);
    }
  }

  /**
   * Starts everything queued (one flush per node); until {@link #endSync()}, new commands (such as
   * those that continuations of this batch send) start at once.
   */
  public void beginSync() {
    syncing = true;
    if (queued.isEmpty()) {
      return;
    }
    List<Invocation<?>> batch = queued;
    queued = new ArrayList<>();
    keepOnOneNode(batch);
    NodeBatches.start(batch, true); // the caller waits for the batch on this thread
  }

  /** The caller has seen the batch complete: queue again. */
  public void endSync() {
    syncing = false;
  }

  /** After this, new commands fail at once with {@link SlotwiseClosedException}. */
  public void close() {
    closed = true;
  }

  private void keepOnOneNode(List<Invocation<?>> batch) {
    Router router = executor.router();
    if (router.splitsBySlot()) {
      return;
    }
    NodeConnection node;
    try {
      List<NodeConnection> masters = router.masters();
      if (masters.isEmpty()) {
        return;
      }
      node = masters.get(0);
    } catch (RuntimeException noNode) {
      return; // each command is routed (and retried) on its own
    }
    for (Invocation<?> invocation : batch) {
      if (!invocation.isPinned()) {
        invocation.preferFirst(node);
      }
    }
  }

  private static SlotwiseClosedException closedException() {
    return new SlotwiseClosedException("this pipeline is closed");
  }
}
