package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.RedisTimeoutException;
import io.slotwise.cluster.ClusterTopologyException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads the slot layout from cluster nodes and picks the view most of them agree on.
 *
 * <p>Algorithm: the candidates are asked in batches of {@value #NODES_PER_BATCH}, in parallel. Each
 * node gets {@code CLUSTER SHARDS} (or {@code CLUSTER SLOTS} once it has answered that {@code
 * SHARDS} is an unknown subcommand — remembered per address) and {@code CLUSTER INFO} for its
 * current epoch. When at least one node of a batch answered, the views are grouped by {@link
 * SlotMap#sameLayoutAs}; the largest group wins, a tie goes to the highest epoch, then to the view
 * covering the most slots. When every node of a batch failed, the next batch is asked; when all
 * failed, the result fails with a {@link ClusterTopologyException} naming each address and why.
 *
 * <p>Thread-safe. Uses the connections it is given and never closes them. Every request is bounded
 * by the request timeout, so a silent node cannot stall a refresh. Replies are parsed, and views
 * compared, on the {@code builder} executor, off the connections' I/O threads.
 */
public final class TopologyLoader {

  /** Three views are enough to outvote one node with a stale view, and cheap to ask for. */
  static final int NODES_PER_BATCH = 3;

  private static final Command SHARDS = Command.keyless(true, "CLUSTER", "SHARDS");
  private static final Command SLOTS = Command.keyless(true, "CLUSTER", "SLOTS");
  private static final Command INFO = Command.keyless(true, "CLUSTER", "INFO");

  private final UnaryOperator<HostAndPort> remapper;
  private final boolean tls;
  private final Duration requestTimeout;
  private final ScheduledExecutorService scheduler;
  private final Executor builder;
  private final Set<HostAndPort> slotsOnly = ConcurrentHashMap.newKeySet();

  TopologyLoader(
      UnaryOperator<HostAndPort> remapper,
      boolean tls,
      Duration requestTimeout,
      ScheduledExecutorService scheduler,
      Executor builder) {
    this.remapper = remapper;
    this.tls = tls;
    this.requestTimeout = requestTimeout;
    this.scheduler = scheduler;
    this.builder = builder;
  }

  /** Whether this address answered that it does not know {@code CLUSTER SHARDS}. */
  boolean usesClusterSlots(HostAndPort address) {
    return slotsOnly.contains(address);
  }

  /**
   * Loads the layout from the candidates (distinct addresses, in order of preference).
   *
   * @param connections the persistent connection to an address (opened if needed)
   */
  CompletableFuture<SlotMap> load(
      List<HostAndPort> candidates, Function<HostAndPort, NodeConnection> connections) {
    return loadFrom(candidates, 0, connections, new ArrayList<>());
  }

  private CompletableFuture<SlotMap> loadFrom(
      List<HostAndPort> candidates,
      int from,
      Function<HostAndPort, NodeConnection> connections,
      List<String> failures) {
    if (from >= candidates.size()) {
      return CompletableFuture.failedFuture(
          new ClusterTopologyException(
              "could not load the cluster topology from any of "
                  + candidates
                  + ": "
                  + String.join("; ", failures)));
    }
    List<HostAndPort> batch =
        candidates.subList(from, Math.min(candidates.size(), from + NODES_PER_BATCH));
    List<CompletableFuture<SlotMap>> views = new ArrayList<>();
    for (HostAndPort address : batch) {
      views.add(queryQuietly(address, connections));
    }
    return CompletableFuture.allOf(views.toArray(new CompletableFuture<?>[0]))
        .handleAsync((ignored, e) -> views, builder)
        .thenCompose(
            done -> {
              List<SlotMap> answered = new ArrayList<>();
              for (int i = 0; i < done.size(); i++) {
                CompletableFuture<SlotMap> f = done.get(i);
                if (f.isCompletedExceptionally()) {
                  failures.add(batch.get(i) + " (" + describe(f) + ")");
                } else {
                  answered.add(f.join());
                }
              }
              if (!answered.isEmpty()) {
                return CompletableFuture.completedFuture(choose(answered));
              }
              return loadFrom(candidates, from + batch.size(), connections, failures);
            });
  }

  private CompletableFuture<SlotMap> queryQuietly(
      HostAndPort address, Function<HostAndPort, NodeConnection> connections) {
    try {
      return query(connections.apply(address));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** One node's view: its layout with its current epoch (-1 when {@code CLUSTER INFO} failed). */
  CompletableFuture<SlotMap> query(NodeConnection connection) {
    HostAndPort address = connection.address();
    // whenConnected() reports only the first connect: a connection that failed it but has
    // reconnected since is usable, one that is reconnecting fails its request at once.
    CompletableFuture<Void> ready =
        connection.isConnected()
            ? CompletableFuture.completedFuture(null)
            : bounded(connection.whenConnected(), address, "connect");
    return ready.thenCompose(
        v -> {
          CompletableFuture<Long> epoch =
              bounded(connection.request(INFO), address, "CLUSTER INFO")
                  .handle((reply, e) -> e == null ? currentEpoch(reply) : -1L);
          return layout(connection).thenCombine(epoch, SlotMap::withEpoch);
        });
  }

  private CompletableFuture<SlotMap> layout(NodeConnection connection) {
    HostAndPort address = connection.address();
    if (slotsOnly.contains(address)) {
      return bounded(connection.request(SLOTS), address, "CLUSTER SLOTS")
          .thenApplyAsync(reply -> TopologyParser.parseSlots(reply, address, remapper), builder);
    }
    return bounded(connection.request(SHARDS), address, "CLUSTER SHARDS")
        .thenComposeAsync(
            reply -> {
              if (reply instanceof Reply.Error e && isUnknownCommand(e)) {
                slotsOnly.add(address);
                return layout(connection);
              }
              return CompletableFuture.completedFuture(
                  TopologyParser.parseShards(reply, address, remapper, tls));
            },
            builder);
  }

  /** Redis 6: "ERR Unknown subcommand or wrong number of arguments for 'SHARDS'...". */
  static boolean isUnknownCommand(Reply.Error error) {
    String text = error.message().toLowerCase(Locale.ROOT);
    return text.contains("unknown subcommand") || text.contains("unknown command");
  }

  /** {@code cluster_current_epoch} from a {@code CLUSTER INFO} reply, or -1. */
  static long currentEpoch(Reply reply) {
    String text;
    if (reply instanceof Reply.Bulk b) {
      text = b.utf8();
    } else if (reply instanceof Reply.Verbatim v) {
      text = new String(v.text(), StandardCharsets.UTF_8);
    } else {
      return -1;
    }
    for (String line : text.split("\r?\n")) {
      if (line.startsWith("cluster_current_epoch:")) {
        try {
          return Long.parseLong(line.substring("cluster_current_epoch:".length()).trim());
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  /**
   * The view most nodes agree on; a tie goes to the highest epoch, then the most covered slots,
   * then the first answer.
   */
  static SlotMap choose(List<SlotMap> views) {
    SlotMap best = null;
    int bestVotes = 0;
    for (SlotMap candidate : views) {
      int votes = 0;
      long epoch = -1;
      for (SlotMap other : views) {
        if (candidate.sameLayoutAs(other)) {
          votes++;
          epoch = Math.max(epoch, other.epoch());
        }
      }
      SlotMap view = candidate.withEpoch(epoch);
      if (best == null || better(view, votes, best, bestVotes)) {
        best = view;
        bestVotes = votes;
      }
    }
    return best;
  }

  private static boolean better(SlotMap a, int aVotes, SlotMap b, int bVotes) {
    if (aVotes != bVotes) {
      return aVotes > bVotes;
    }
    if (a.epoch() != b.epoch()) {
      return a.epoch() > b.epoch();
    }
    return a.uncoveredSlots() < b.uncoveredSlots();
  }

  private <T> CompletableFuture<T> bounded(
      CompletableFuture<T> future, HostAndPort address, String what) {
    if (future.isDone()) {
      return future;
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    ScheduledFuture<?> timer =
        scheduler.schedule(
            () ->
                result.completeExceptionally(
                    new RedisTimeoutException(
                        what
                            + " to "
                            + address
                            + " did not complete within "
                            + requestTimeout.toMillis()
                            + " ms")),
            requestTimeout.toNanos(),
            TimeUnit.NANOSECONDS);
    future.whenComplete(
        (value, e) -> {
          timer.cancel(false);
          if (e != null) {
            result.completeExceptionally(e);
          } else {
            result.complete(value);
          }
        });
    return result;
  }

  private static String describe(CompletableFuture<?> failed) {
    try {
      failed.join();
      return "no failure";
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    } catch (java.util.concurrent.CancellationException e) {
      return "cancelled";
    }
  }
}
