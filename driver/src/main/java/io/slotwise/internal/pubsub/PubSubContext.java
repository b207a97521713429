package io.slotwise.internal.pubsub;

import io.slotwise.HostAndPort;
import io.slotwise.internal.executor.RetryLoop;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.RespVersion;
import io.slotwise.internal.transport.Router;
import io.slotwise.pubsub.PubSubMessageListener;
import io.slotwise.pubsub.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a {@link Subscription} needs from its client: the router (where channels live, which nodes
 * are masters), the retry loop (what a refused subscribe command means), dedicated RESP3
 * connections (push frames carry the messages, so the connection stays usable for {@code CLIENT
 * INFO} checks), the command timeout, the client's scheduler (check rounds and timeouts run there,
 * as short non-blocking steps), the delivery pool shared by every subscription, and the list of
 * open subscriptions that closing the client closes.
 *
 * <p><b>Why a delivery pool and not the I/O thread:</b> an event loop serves many connections,
 * including the shared command connections; a listener that blocks on it would stall them all. The
 * pool has at most {@link Subscription#DELIVERY_THREADS} daemon threads ({@code slotwise-pubsub-N},
 * started on demand, stopped after {@value #IDLE_SECONDS} s idle), whatever the number of
 * subscriptions; each connection's messages stay in order through its own {@link SerialDelivery}.
 *
 * <p>Thread-safe; owned by the client, which calls {@link #closeAll()}.
 */
public final class PubSubContext {
  private final Router router;
  private final RetryLoop retries;
  private final NettyTransport transport;
  private final ConnectionSettings settings;
  private final Duration timeout;
  private final ScheduledExecutorService scheduler;
  private final ThreadPoolExecutor delivery;
  private final Set<Subscription> open = ConcurrentHashMap.newKeySet();

  static final int IDLE_SECONDS = 30;

  /**
   * @param settings the client's connection settings; subscriptions use them with RESP3
   * @param timeout the command timeout, which bounds each (re)subscription
   * @param retries the client's retry loop: subscribe commands are counted, and their redirects and
   *     failures reported to the router, like every other command
   */
  public PubSubContext(
      ConnectionSettings settings,
      Duration timeout,
      Router router,
      NettyTransport transport,
      RetryLoop retries) {
    this.router = router;
    this.retries = retries;
    this.transport = transport;
    this.settings = settings.withProtocol(RespVersion.RESP3);
    this.timeout = timeout;
    this.scheduler = transport.scheduler();
    this.delivery = deliveryPool();
  }

  private static ThreadPoolExecutor deliveryPool() {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            Subscription.DELIVERY_THREADS,
            Subscription.DELIVERY_THREADS,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), // holds at most one task per connection
            r -> {
              Thread t = new Thread(r, "slotwise-pubsub-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** A new, empty subscription delivering to {@code listener}; the caller owns it. */
  public Subscription subscribe(PubSubMessageListener listener) {
    PubSubSubscription subscription = new PubSubSubscription(this, listener);
    open.add(subscription);
    subscription.start();
    return subscription;
  }

  /** The ordered delivery of one connection's messages to {@code listener}, on the shared pool. */
  SerialDelivery delivery(HostAndPort node, PubSubMessageListener listener) {
    return new SerialDelivery(
        "pub/sub connection to " + node, listener, delivery, Subscription.MAX_QUEUED);
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /**
   * {@code future}, failed with a {@link TimeoutException} when not done within {@code bound}
   * (timed on the client's scheduler, no thread of its own). Returns the same future.
   */
  <T> CompletableFuture<T> within(CompletableFuture<T> future, Duration bound) {
    if (future.isDone()) {
      return future;
    }
    try {
      ScheduledFuture<?> timer =
          scheduler.schedule(
              () -> future.completeExceptionally(new TimeoutException("no answer in " + bound)),
              bound.toNanos(),
              TimeUnit.NANOSECONDS);
      future.whenComplete((v, e) -> timer.cancel(false));
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(new io.slotwise.SlotwiseClosedException("the client is closed"));
    }
    return future;
  }

  Duration timeout() {
    return timeout;
  }

  List<HostAndPort> masters() {
    List<HostAndPort> out = new ArrayList<>();
    for (NodeConnection c : router.masters()) {
      out.add(c.address());
    }
    return out;
  }

  HostAndPort ownerOf(Command command) {
    return router.route(command).address();
  }

  RetryLoop retries() {
    return retries;
  }

  NodeConnection open(HostAndPort node) {
    return transport.open(node, settings);
  }

  void forget(Subscription subscription) {
    open.remove(subscription);
  }

  /** Closes every subscription still open and stops the delivery pool (the client is closing). */
  public void closeAll() {
    for (Subscription s : List.copyOf(open)) {
      s.close();
    }
    delivery.shutdown();
  }
}
