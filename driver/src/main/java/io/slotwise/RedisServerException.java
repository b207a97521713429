package io.slotwise;

/**
 * The server answered a command with an error reply (for example {@code WRONGTYPE ...}).
 *
 * <p>The message is the server's own text; {@link #command()} names the command that got it. The
 * command was executed by the server in the sense that the server parsed and refused it: no retry
 * is attempted for such errors.
 */
public class RedisServerException extends SlotwiseException {
  private static final long serialVersionUID = 1L;
  private final String command;
  private final String serverMessage;

  /**
   * Creates the exception; its message is {@code serverMessage (command COMMAND)}.
   *
   * @param command the command that received the error, e.g. {@code INCR}
   * @param serverMessage the server's error text, verbatim
   */
  public RedisServerException(String command, String serverMessage) {
    super(serverMessage + " (command " + command + ")");
    this.command = command;
    this.serverMessage = serverMessage;
  }

  /** The command that received the error, e.g. {@code INCR}. */
  public String command() {
    return command;
  }

  /** The server's error text, verbatim, e.g. {@code WRONGTYPE Operation against a key ...}. */
  public String serverMessage() {
    return serverMessage;
  }

  /** The first word of the server's error, e.g. {@code WRONGTYPE} or {@code ERR}. */
  public String errorCode() {
    int space = serverMessage.indexOf(' ');
    return space < 0 ? serverMessage : serverMessage.substring(0, space);
  }
}
