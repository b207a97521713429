package io.slotwise;

/**
 * A command that would change the state of a shared connection ({@code SUBSCRIBE}, {@code MULTI},
 * {@code SELECT}, {@code CLIENT REPLY}, {@code MONITOR}, {@code HELLO}, {@code AUTH}, {@code
 * RESET}, {@code QUIT}...) was given to {@code execute(...)}, a pipeline or a transaction's body.
 * Every thread's commands share one connection per node, so such a command would break or change
 * the answers of all of them; it is refused before anything is sent, and the connection is
 * unaffected. The message names the command and the API to use instead ({@link
 * SlotwiseClient#subscription}, {@link SlotwiseClient#transaction(String,
 * java.util.function.Consumer)}, a database or credentials in the {@link SlotwiseConfig}...).
 *
 * <p>Immutable, so thread-safe. Not retried: sending the same command again fails the same way.
 */
public final class RedisCommandNotAllowedException extends SlotwiseException {
  private static final long serialVersionUID = 1L;

  private final String command;

  /**
   * Creates the exception.
   *
   * @param command the refused command's name, upper case, with its subcommand ({@code CLIENT
   *     REPLY})
   * @param insteadUse what to use instead, or why there is nothing to use
   */
  public RedisCommandNotAllowedException(String command, String insteadUse) {
    super(
        command
            + " is not allowed here: it would change the state of a connection that every thread"
            + " shares; "
            + insteadUse);
    this.command = command;
  }

  /** The refused command's name, upper case, e.g. {@code SUBSCRIBE} or {@code CLIENT REPLY}. */
  public String command() {
    return command;
  }
}
