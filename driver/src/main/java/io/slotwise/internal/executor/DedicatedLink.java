package io.slotwise.internal.executor;

import io.slotwise.DedicatedConnection;
import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseException;
import io.slotwise.internal.command.Args;
import io.slotwise.internal.command.BlockingCommands;
import io.slotwise.internal.command.GenericReplies;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link DedicatedConnection}: one connection borrowed from the client's {@link
 * ExclusiveConnections} pool, every command sent on it as it is (no routing, no retries, see the
 * interface). It tracks whether the connection is clean ({@code WATCH}, {@code MULTI}, a subscribe
 * or a failed exchange make it dirty; {@code EXEC}, {@code DISCARD}, {@code UNWATCH} clean again,
 * {@code RESET} too) to decide, at {@link #close()}, whether the pool may lend it again.
 *
 * <p>Not thread-safe (one caller at a time, as the interface says); the pool it returns to is.
 */
public final class DedicatedLink implements DedicatedConnection {
  private final ExclusiveConnections exclusive;
  private final NodeConnection connection;
  private boolean watching;
  private boolean queueing;
  private boolean broken;
  private boolean closed;

  private DedicatedLink(ExclusiveConnections exclusive, NodeConnection connection) {
    this.exclusive = exclusive;
    this.connection = connection;
  }

  /** A connection to the node that owns {@code key}'s slot (the node or proxy when unsharded). */
  public static DedicatedLink forKey(ExclusiveConnections exclusive, byte[] key) {
    Command probe = Command.of("GET", new byte[][] {ascii("GET"), key}, new int[] {1}, true);
    return open(exclusive, exclusive.ownerOf(probe));
  }

  /**
   * A connection to {@code node} (as the router names it, e.g. from a redirect or the slot map).
   */
  public static DedicatedLink forNode(ExclusiveConnections exclusive, HostAndPort node) {
    return open(exclusive, exclusive.resolve(node));
  }

  private static DedicatedLink open(ExclusiveConnections exclusive, HostAndPort node) {
    return new DedicatedLink(exclusive, exclusive.borrow(node));
  }

  @Override
  public HostAndPort node() {
    return connection.address();
  }

  @Override
  public Object execute(byte[]... args) {
    Args.requireAll(args, "args");
    if (args.length == 0) {
      throw new IllegalArgumentException("args must hold at least the command name");
    }
    if (closed) {
      throw new SlotwiseClosedException("this dedicated connection to " + node() + " is closed");
    }
    String name = new String(args[0], StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
    Command command = Command.of(name, args, new int[0], false);
    exclusive.refuseInCodis(command);
    Duration blockFor = BlockingCommands.blockFor(name, args);
    Reply reply = await(command, blockFor);
    track(name, reply);
    return GenericReplies.binary(name).apply(reply);
  }

  /** Sends {@code command} on this connection; waits its timeout (plus its blocking time). */
  private Reply await(Command command, Duration blockFor) {
    long timeout = exclusive.commandTimeout().toNanos();
    try {
      var reply = connection.request(command);
      if (blockFor.isZero()) {
        return reply.get(); // blocks for as long as the server may
      }
      long bound = blockFor.isNegative() ? timeout : timeout + blockFor.toNanos();
      return reply.get(bound, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      broken = true;
      throw new SlotwiseException(
          "interrupted while waiting for " + command.name() + " on " + node(), e);
    } catch (ExecutionException e) {
      broken = true;
      Throwable cause = e.getCause();
      if (cause instanceof SlotwiseException se) {
        throw se;
      }
      throw new RedisConnectionException(
          command.name() + " on " + node() + " failed: " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      broken = true;
      throw new RedisTimeoutException(
          command.name()
              + " on the dedicated connection to "
              + node()
              + " got no reply within "
              + TimeUnit.NANOSECONDS.toMillis(timeout)
              + " ms",
          e);
    }
  }

  private void track(String name, Reply reply) {
    boolean ok = !(reply instanceof Reply.Error);
    switch (name) {
      case "WATCH" -> watching |= ok;
      case "MULTI" -> queueing |= ok;
      case "EXEC", "DISCARD", "RESET" -> {
        watching = false;
        queueing = false;
      }
      case "UNWATCH" -> watching &= !ok;
      case "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "MONITOR", "SELECT", "CLIENT", "HELLO" ->
          broken = true; // connection state the pool must not hand on
      default -> {}
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (broken || watching || queueing || !connection.isConnected()) {
      exclusive.invalidate(connection);
    } else {
      exclusive.release(connection);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
