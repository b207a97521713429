package io.slotwise.codis;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection-shaped stand-in for router unit tests (no network, no Redis): it answers every
 * request with {@code +PONG} while "connected", and lets the test flip its state.
 */
public final class FakeConnection implements NodeConnection {
  private final HostAndPort address;
  private final CompletableFuture<Void> connected = new CompletableFuture<>();
  private volatile boolean up;
  public volatile boolean closed;
  volatile boolean drained;
  public final AtomicInteger requests = new AtomicInteger();

  /** Calls of {@link #isConnected} while down: how often the router looked at it. */
  public final AtomicInteger looks = new AtomicInteger();

  public FakeConnection(HostAndPort address, boolean up) {
    this.address = address;
    this.up = up;
    if (up) {
      connected.complete(null);
    }
  }

  public void setUp(boolean up) {
    this.up = up;
    if (up) {
      connected.complete(null);
    }
  }

  public void failFirstConnect() {
    connected.completeExceptionally(new RedisConnectionException("refused: " + address));
  }

  @Override
  public HostAndPort address() {
    return address;
  }

  @Override
  public void send(Outbound command) {
    if (!up || closed) {
      command.onFailure(new RedisConnectionException("not connected to " + address), false);
      return;
    }
    command.onReply(new Reply.SimpleString("PONG"));
  }

  @Override
  public void sendAll(List<? extends Outbound> commands) {
    commands.forEach(this::send);
  }

  @Override
  public CompletableFuture<Reply> request(Command command) {
    requests.incrementAndGet();
    if (closed) {
      return CompletableFuture.failedFuture(new SlotwiseClosedException("closed"));
    }
    if (!up) {
      return CompletableFuture.failedFuture(new RedisConnectionException("down"));
    }
    return CompletableFuture.completedFuture(new Reply.SimpleString("PONG"));
  }

  @Override
  public boolean isConnected() {
    boolean connected = up && !closed;
    if (!connected) {
      looks.incrementAndGet();
    }
    return connected;
  }

  @Override
  public int inFlight() {
    return 0;
  }

  @Override
  public CompletableFuture<Void> whenConnected() {
    return connected.copy();
  }

  @Override
  public CompletableFuture<Void> closeGracefully(Duration drain) {
    drained = true;
    closed = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "Fake{" + address + "}";
  }
}
