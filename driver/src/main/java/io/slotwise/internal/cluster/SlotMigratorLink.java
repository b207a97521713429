package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.RequestOutbound;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The migrator's blocking admin channel: one connection per node, opened on first use, and calls
 * that wait for their reply with a deadline. Error replies come back as {@link Reply.Error} values;
 * transport failures and timeouts as {@link RedisConnectionException} / {@link
 * RedisTimeoutException} naming the node. Thread-safe; closing closes every connection it opened,
 * then the resource that opened them.
 */
public final class SlotMigratorLink implements AutoCloseable {

  private final Function<HostAndPort, NodeConnection> opener;
  private final AutoCloseable owned;
  private final Duration connectTimeout;
  private final Duration commandTimeout;
  private final Map<HostAndPort, NodeConnection> connections = new LinkedHashMap<>();
  private boolean closed;

  /**
   * @param opener opens a connection to an address as the cluster announces it
   * @param owned closed after the connections (the transport behind {@code opener}), or null
   */
  public SlotMigratorLink(
      Function<HostAndPort, NodeConnection> opener,
      AutoCloseable owned,
      Duration connectTimeout,
      Duration commandTimeout) {
    this.opener = opener;
    this.owned = owned;
    this.connectTimeout = connectTimeout;
    this.commandTimeout = commandTimeout;
  }

  Duration commandTimeout() {
    return commandTimeout;
  }

  /** Sends a keyless text command, e.g. {@code call(node, "CLUSTER", "NODES")}. */
  Reply call(HostAndPort node, String... words) {
    return call(node, Command.keyless(false, words), commandTimeout);
  }

  /** Sends {@code command} and waits up to {@code timeout} for its reply. */
  Reply call(HostAndPort node, Command command, Duration timeout) {
    return await(node, command, connection(node).request(command), timeout);
  }

  /**
   * Sends {@code ASKING} and {@code command} back to back on the node's connection (nothing in
   * between), so the command may touch a slot the node is importing; returns the command's reply.
   */
  Reply callAsking(HostAndPort node, Command command) {
    RequestOutbound asking = new RequestOutbound(Command.keyless(false, "ASKING"));
    RequestOutbound cmd = new RequestOutbound(command);
    connection(node).sendAll(List.of(asking, cmd));
    Reply a = await(node, asking.command(), asking.future(), commandTimeout);
    if (a instanceof Reply.Error e) {
      throw new SlotwiseException("ASKING refused by " + node + ": " + e.message());
    }
    return await(node, command, cmd.future(), commandTimeout);
  }

  /** The text of a bulk, verbatim or status reply (as {@code CLUSTER NODES} answers), else null. */
  static String text(Reply reply) {
    if (reply instanceof Reply.Bulk b) {
      return b.utf8();
    }
    if (reply instanceof Reply.Verbatim v) {
      return new String(v.text(), StandardCharsets.UTF_8);
    }
    if (reply instanceof Reply.SimpleString s) {
      return s.value();
    }
    return null;
  }

  private synchronized NodeConnection connection(HostAndPort node) {
    if (closed) {
      throw new io.slotwise.SlotwiseClosedException("the slot migrator is closed");
    }
    NodeConnection c = connections.get(node);
    if (c != null) {
      return c;
    }
    NodeConnection opened = opener.apply(node);
    try {
      opened.whenConnected().get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      opened.close();
      throw new RedisConnectionException("interrupted while connecting to " + node, e);
    } catch (ExecutionException | TimeoutException e) {
      opened.close();
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new RedisConnectionException("cannot connect to " + node + ": " + cause, cause);
    }
    connections.put(node, opened);
    return opened;
  }

  private static Reply await(
      HostAndPort node, Command command, CompletableFuture<Reply> future, Duration timeout) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisConnectionException(
          "interrupted while waiting for " + command.name() + " on " + node, e);
    } catch (TimeoutException e) {
      throw new RedisTimeoutException(
          command.name() + " on " + node + " got no reply within " + timeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SlotwiseException se) {
        throw se;
      }
      throw new RedisConnectionException(
          command.name() + " on " + node + " failed: " + cause, cause);
    }
  }

  @Override
  public void close() {
    List<NodeConnection> toClose;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toClose = new ArrayList<>(connections.values());
      connections.clear();
    }
    for (NodeConnection c : toClose) {
      c.close();
    }
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new SlotwiseException("closing the migrator's transport failed", e);
      }
    }
  }
}
