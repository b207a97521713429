package io.slotwise.internal.cluster;

import static io.slotwise.internal.cluster.Replies.array;
import static io.slotwise.internal.cluster.Replies.bulk;
import static io.slotwise.internal.cluster.Replies.flat;
import static io.slotwise.internal.cluster.Replies.integer;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Scripted stand-ins for cluster nodes at the NodeConnection level (no network), for unit tests of
 * routing and refresh logic: each address answers {@code CLUSTER SHARDS/SLOTS/INFO} from the view
 * set for it, or is down, or never answers, or answers only {@code CLUSTER SLOTS} (Redis 6).
 * Thread-safe.
 */
public final class FakeNodes implements Function<HostAndPort, NodeConnection> {

  /** One slot range of a view. */
  public record Range(int start, int end, HostAndPort master) {}

  public final Map<HostAndPort, List<Range>> views = new ConcurrentHashMap<>();
  public final Map<HostAndPort, Long> epochs = new ConcurrentHashMap<>();
  public final Set<HostAndPort> down = ConcurrentHashMap.newKeySet();
  public final Set<HostAndPort> slotsOnly = ConcurrentHashMap.newKeySet();
  public final Set<HostAndPort> silent = ConcurrentHashMap.newKeySet();
  public final List<FakeConnection> opened = new CopyOnWriteArrayList<>();

  /** When set, layout requests are parked here instead of answered. */
  public volatile boolean hold;

  final List<Runnable> held = new CopyOnWriteArrayList<>();

  static Range range(int start, int end, HostAndPort master) {
    return new Range(start, end, master);
  }

  /** Every address in {@code nodes} answers with this view. */
  public void view(List<HostAndPort> nodes, Range... ranges) {
    for (HostAndPort n : nodes) {
      views.put(n, List.of(ranges));
    }
  }

  /** Answers every parked request. */
  public void release() {
    hold = false;
    List<Runnable> copy = new ArrayList<>(held);
    held.clear();
    copy.forEach(Runnable::run);
  }

  /** Every command name sent to this address, over all its connections. */
  public List<String> requests(HostAndPort address) {
    List<String> out = new ArrayList<>();
    for (FakeConnection c : opened) {
      if (c.address.equals(address)) {
        out.addAll(c.requests);
      }
    }
    return out;
  }

  public long opens(HostAndPort address) {
    return opened.stream().filter(c -> c.address.equals(address)).count();
  }

  public FakeConnection latest(HostAndPort address) {
    FakeConnection found = null;
    for (FakeConnection c : opened) {
      if (c.address.equals(address)) {
        found = c;
      }
    }
    return found;
  }

  @Override
  public NodeConnection apply(HostAndPort address) {
    FakeConnection c = new FakeConnection(address);
    opened.add(c);
    return c;
  }

  Reply answer(HostAndPort address, Command command) {
    List<Range> view = views.get(address);
    switch (command.name()) {
      case "CLUSTER SHARDS":
        if (slotsOnly.contains(address)) {
          return new Reply.Error("ERR unknown subcommand 'SHARDS'. Try CLUSTER HELP.");
        }
        return view == null
            ? new Reply.Error("ERR This instance has cluster support disabled")
            : shards(view);
      case "CLUSTER SLOTS":
        return view == null
            ? new Reply.Error("ERR This instance has cluster support disabled")
            : slots(view);
      case "CLUSTER INFO":
        return new Reply.Bulk(
            ("cluster_state:ok\r\ncluster_current_epoch:"
                    + epochs.getOrDefault(address, 6L)
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      default:
        return new Reply.SimpleString("OK");
    }
  }

  static Reply shards(List<Range> view) {
    List<Reply> shards = new ArrayList<>();
    for (Range r : view) {
      shards.add(
          flat(
              "slots", array(integer(r.start), integer(r.end)),
              "nodes",
                  array(
                      flat(
                          "id",
                          "id-" + r.master.port(),
                          "port",
                          r.master.port(),
                          "ip",
                          r.master.host(),
                          "endpoint",
                          r.master.host(),
                          "role",
                          "master",
                          "replication-offset",
                          1,
                          "health",
                          "online"))));
    }
    return new Reply.Array(shards);
  }

  static Reply slots(List<Range> view) {
    List<Reply> ranges = new ArrayList<>();
    for (Range r : view) {
      ranges.add(
          array(
              integer(r.start),
              integer(r.end),
              array(
                  bulk(r.master.host()), integer(r.master.port()), bulk("id-" + r.master.port()))));
    }
    return new Reply.Array(ranges);
  }

  /** A recording connection whose replies come from the enclosing {@link FakeNodes}. */
  public final class FakeConnection implements NodeConnection {
    final HostAndPort address;
    public final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    public volatile boolean closed;
    public volatile boolean closedGracefully;

    /** Like a real connection whose first connect failed and which reconnected later. */
    public volatile boolean firstConnectFailed;

    FakeConnection(HostAndPort address) {
      this.address = address;
    }

    @Override
    public HostAndPort address() {
      return address;
    }

    @Override
    public void send(Outbound command) {
      request(command.command())
          .whenComplete(
              (r, e) -> {
                if (e != null) {
                  command.onFailure(e, false);
                } else {
                  command.onReply(r);
                }
              });
    }

    @Override
    public void sendAll(List<? extends Outbound> commands) {
      commands.forEach(this::send);
    }

    @Override
    public CompletableFuture<Reply> request(Command command) {
      requests.add(command.name());
      if (closed) {
        return CompletableFuture.failedFuture(new RedisConnectionException("closed: " + address));
      }
      if (down.contains(address)) {
        return CompletableFuture.failedFuture(
            new RedisConnectionException("Connection refused: " + address));
      }
      CompletableFuture<Reply> f = new CompletableFuture<>();
      if (silent.contains(address)) {
        return f;
      }
      boolean layout =
          command.name().equals("CLUSTER SHARDS") || command.name().equals("CLUSTER SLOTS");
      if (hold && layout) {
        held.add(() -> f.complete(answer(address, command)));
        return f;
      }
      f.complete(answer(address, command));
      return f;
    }

    @Override
    public boolean isConnected() {
      return !closed && !down.contains(address);
    }

    @Override
    public int inFlight() {
      return 0;
    }

    @Override
    public CompletableFuture<Void> whenConnected() {
      if (down.contains(address) || firstConnectFailed) {
        return CompletableFuture.failedFuture(
            new RedisConnectionException("Connection refused: " + address));
      }
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> closeGracefully(Duration drain) {
      closedGracefully = true;
      closed = true;
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public String toString() {
      return "FakeConnection{" + address + "}";
    }
  }
}
