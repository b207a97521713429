package io.slotwise.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of {@code CLIENT KILL} ({@link RedisNodeCommands#clientKill(ClientKillArgs)}): a
 * connection is closed when it matches every filter given. At least one filter is required. Mutable
 * builder, not thread-safe; the command copies it when called.
 *
 * <pre>{@code
 * client.onAllNodes().sync().clientKill(ClientKillArgs.create().user("batch").skipMe(true));
 * }</pre>
 */
public final class ClientKillArgs {
  private final List<String> words = new ArrayList<>();

  private ClientKillArgs() {}

  /** No filter yet. */
  public static ClientKillArgs create() {
    return new ClientKillArgs();
  }

  /** {@code ID id}: the connection with this id ({@link ClientInfo#id()}). */
  public ClientKillArgs id(long id) {
    return add("ID", Long.toString(id));
  }

  /** {@code ADDR ip:port}: the connection from this client address. */
  public ClientKillArgs addr(String ipPort) {
    return add("ADDR", require(ipPort, "ipPort"));
  }

  /** {@code LADDR ip:port}: connections to this local (server) address. */
  public ClientKillArgs laddr(String ipPort) {
    return add("LADDR", require(ipPort, "ipPort"));
  }

  /** {@code USER username}: connections authenticated as this user. */
  public ClientKillArgs user(String username) {
    return add("USER", require(username, "username"));
  }

  /** {@code TYPE type}: {@code normal}, {@code master}, {@code replica} or {@code pubsub}. */
  public ClientKillArgs type(String type) {
    return add("TYPE", require(type, "type"));
  }

  /**
   * {@code SKIPME yes|no}: whether the connection sending the command is spared (the server's
   * default is yes).
   */
  public ClientKillArgs skipMe(boolean skip) {
    return add("SKIPME", skip ? "yes" : "no");
  }

  /** The filter words in order, e.g. {@code [ID, 7, SKIPME, no]}. */
  public List<String> words() {
    return List.copyOf(words);
  }

  private ClientKillArgs add(String filter, String value) {
    words.add(filter);
    words.add(value);
    return this;
  }

  private static String require(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be null or empty");
    }
    return value;
  }

  @Override
  public String toString() {
    return "ClientKillArgs" + words;
  }
}
