package io.slotwise.internal.command;

import io.slotwise.RedisCommandNotAllowedException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The commands that change the state of the connection they run on, refused on the shared
 * connections: {@code execute(...)}, pipelines and transaction bodies all go through {@link
 * KeyPositionResolver#resolve}, which calls {@link #check} before anything is built or sent, in
 * every mode (Codis included). Stateless and thread-safe.
 *
 * <p>Refused, each with the API to use instead:
 *
 * <ul>
 *   <li>the subscribe family ({@code SUBSCRIBE}, {@code PSUBSCRIBE}, {@code SSUBSCRIBE} and their
 *       {@code UNSUBSCRIBE}s): the connection would only deliver messages;
 *   <li>{@code MONITOR}, {@code SYNC}, {@code PSYNC}: the connection would become a stream;
 *   <li>{@code CLIENT REPLY}: replies would stop matching commands; {@code CLIENT TRACKING}: pushes
 *       or redirected invalidations for every thread; {@code CLIENT NO-EVICT} and {@code CLIENT
 *       NO-TOUCH}: server behaviour changed for every thread's commands;
 *   <li>{@code MULTI}, {@code EXEC}, {@code DISCARD}, {@code WATCH}, {@code UNWATCH}: other
 *       threads' commands would join the transaction;
 *   <li>{@code SELECT}, {@code HELLO}, {@code AUTH}, {@code RESET}, {@code QUIT}: database,
 *       protocol, user or the connection itself would change under every thread;
 *   <li>{@code READONLY}, {@code READWRITE}, {@code ASKING}: cluster modes the router sets itself.
 * </ul>
 *
 * <p>Allowed on purpose: {@code CLIENT SETNAME}/{@code SETINFO} (a label only), {@code CLIENT
 * PAUSE}/{@code KILL}, {@code REPLICAOF}, {@code SHUTDOWN} (they change the server, not what this
 * connection answers).
 */
public final class ConnectionStateCommands {
  private static final String SUBSCRIBE =
      "use client.subscription(listener), which runs on dedicated connections";
  private static final String TRANSACTION =
      "use client.transaction(key, body), which runs WATCH/MULTI/EXEC on an exclusive connection";
  private static final String STREAM =
      "the connection would turn into a stream; use redis-cli or a connection of your own";

  private static final Map<String, String> REFUSED =
      Map.ofEntries(
          Map.entry("SUBSCRIBE", SUBSCRIBE),
          Map.entry("PSUBSCRIBE", SUBSCRIBE),
          Map.entry("SSUBSCRIBE", SUBSCRIBE),
          Map.entry("UNSUBSCRIBE", SUBSCRIBE),
          Map.entry("PUNSUBSCRIBE", SUBSCRIBE),
          Map.entry("SUNSUBSCRIBE", SUBSCRIBE),
          Map.entry("MONITOR", STREAM),
          Map.entry("SYNC", STREAM),
          Map.entry("PSYNC", STREAM),
          Map.entry("MULTI", TRANSACTION),
          Map.entry("EXEC", TRANSACTION),
          Map.entry("DISCARD", TRANSACTION),
          Map.entry("WATCH", TRANSACTION),
          Map.entry("UNWATCH", TRANSACTION),
          Map.entry(
              "SELECT",
              "set the database in the configuration (SlotwiseConfig.Builder.database(n), or"
                  + " redis://host:port/n); Redis Cluster has database 0 only"),
          Map.entry(
              "HELLO",
              "set protocol(...), username(...)/password(...) and clientName(...) in the"
                  + " configuration; every connection's handshake sends HELLO"),
          Map.entry(
              "AUTH",
              "set username(...) and password(...) in the configuration (or"
                  + " redis://user:password@host:port); every connection authenticates itself"),
          Map.entry("RESET", "the client manages its connections; close the client to end them"),
          Map.entry("QUIT", "close the client (client.close()) to end its connections"),
          Map.entry("READONLY", "use readFrom(...) in the configuration to read from replicas"),
          Map.entry("READWRITE", "use readFrom(...) in the configuration to read from replicas"),
          Map.entry("ASKING", "the client follows ASK redirects itself"),
          Map.entry(
              "CLIENT REPLY",
              "every command on a shared connection needs its reply; use a pipeline to batch"),
          Map.entry("CLIENT TRACKING", "client-side caching is not supported by this client"),
          Map.entry(
              "CLIENT NO-EVICT", "it would apply to every thread's commands on the connection"),
          Map.entry(
              "CLIENT NO-TOUCH", "it would apply to every thread's commands on the connection"));

  private ConnectionStateCommands() {}

  /**
   * Throws when {@code args} (the command name first) would change the state of a shared
   * connection; returns normally otherwise (also for an empty vector, which is refused elsewhere).
   *
   * @throws RedisCommandNotAllowedException naming the command and what to use instead
   */
  public static void check(byte[][] args) {
    if (args == null || args.length == 0 || args[0] == null) {
      return;
    }
    String name = upper(args[0]);
    String instead = REFUSED.get(name);
    if (instead == null && args.length > 1 && args[1] != null) {
      name = name + " " + upper(args[1]);
      instead = REFUSED.get(name);
    }
    if (instead != null) {
      throw new RedisCommandNotAllowedException(name, instead);
    }
  }

  /** Whether {@code name} (one word, or a container and its subcommand) is refused; any case. */
  public static boolean isRefused(String name) {
    return REFUSED.containsKey(name.toUpperCase(Locale.ROOT));
  }

  private static String upper(byte[] word) {
    return new String(word, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
  }
}
