package io.slotwise;

/**
 * One connection to one node, lent to the caller alone until {@link #close()}: for what needs the
 * same connection across several commands, such as {@code WATCH} ... {@code MULTI} ... {@code EXEC}
 * with reads in between (Spring Data Redis' {@code SessionCallback}), or commands aimed at a chosen
 * node.
 *
 * <pre>{@code
 * try (DedicatedConnection c = client.dedicatedConnection("{user:1}:balance".getBytes(UTF_8))) {
 *   c.execute(bytes("WATCH"), bytes("{user:1}:balance"));
 *   long balance = Long.parseLong(new String((byte[]) c.execute(bytes("GET"), ...), UTF_8));
 *   c.execute(bytes("MULTI"));
 *   c.execute(bytes("SET"), bytes("{user:1}:balance"), bytes(Long.toString(balance - 10)));
 *   List<?> replies = (List<?>) c.execute(bytes("EXEC"));   // null: a watched key changed
 * }
 * }</pre>
 *
 * <p><b>No routing, no retries.</b> Every command goes to {@link #node()} as it is: a {@code MOVED}
 * or {@code ASK} reply is thrown as a {@link RedisServerException} (its {@link
 * RedisServerException#errorCode()} says which), a timeout or a broken connection as a {@link
 * RedisTimeoutException} or {@link RedisConnectionException} (the outcome of a write is then
 * unknown). Commands that change the connection's state ({@code WATCH}, {@code MULTI}, {@code
 * SELECT}...) are allowed: the connection is nobody else's. In Codis mode the proxies' refusals
 * apply ({@code WATCH} and {@code MULTI} are refused before sending).
 *
 * <p><b>Threads and ownership.</b> Not thread-safe: one caller at a time. Obtained from {@link
 * SlotwiseClient#dedicatedConnection(byte[])} or {@link
 * SlotwiseClient#dedicatedConnection(HostAndPort)}; the caller owns it and must close it. Closing
 * hands the connection back to the client's exclusive pool when it is in a clean state, and closes
 * it otherwise (an open {@code MULTI} or {@code WATCH}, a timeout, a subscription). Closing the
 * client fails a command in flight.
 */
public interface DedicatedConnection extends AutoCloseable {

  /** The node every command goes to. */
  HostAndPort node();

  /**
   * Sends one command and waits for its reply (at most the command timeout, plus the blocking time
   * of a blocking command). Replies are converted as by {@link
   * io.slotwise.commands.RedisGenericCommands#execute(byte[]...)}: bulk → {@code byte[]}, status →
   * {@code String}, integer → {@code Long}, array → {@code List}, map → {@code Map}, null → {@code
   * null}; an error nested in an array (an {@code EXEC} reply) is a {@link RedisServerException}
   * element.
   *
   * @param args the command name and its arguments, none {@code null}
   * @throws RedisServerException for an error reply
   * @throws SlotwiseClosedException after {@link #close()}
   */
  Object execute(byte[]... args);

  /** Hands the connection back (or closes it, see the class notes). Idempotent. */
  @Override
  void close();
}
