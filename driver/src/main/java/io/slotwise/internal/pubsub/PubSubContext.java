package io.slotwise.internal.pubsub;

import io.slotwise.HostAndPort;
import io.slotwise.internal.executor.RetryLoop;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.transport.ConnectionSettings;
import io.slotwise.internal.transport.NettyTransport;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.RespVersion;
import io.slotwise.internal.transport.Router;
import io.slotwise.pubsub.PubSubListener;
import io.slotwise.pubsub.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@link Subscription} needs from its client: the router (where channels live, which nodes
 * are masters), the retry loop (what a refused subscribe command means), dedicated RESP3
 * connections (push frames carry the messages, so the connection stays usable for {@code CLIENT
 * INFO} checks), the command timeout, and the list of open subscriptions that closing the client
 * closes. Thread-safe; owned by the client.
 */
public final class PubSubContext {
  private final Router router;
  private final RetryLoop retries;
  private final NettyTransport transport;
  private final ConnectionSettings settings;
  private final Duration timeout;
  private final Set<Subscription> open = ConcurrentHashMap.newKeySet();

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
  }

  public Subscription subscribe(PubSubListener listener) {
    Subscription subscription = new PubSubSubscription(this, listener);
    open.add(subscription);
    return subscription;
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

  /** Closes every subscription still open (the client is closing). */
  public void closeAll() {
    for (Subscription s : List.copyOf(open)) {
      s.close();
    }
  }
}
