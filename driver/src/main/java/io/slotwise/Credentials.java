package io.slotwise;

/**
 * Who the client authenticates as on every new connection: {@code HELLO 3 AUTH user pass}, or
 * {@code AUTH [user] pass} on RESP2 and Codis. Immutable and thread-safe; {@link #toString()} never
 * shows the password.
 *
 * <p>A user needs a password; {@link SlotwiseConfig.Builder#build()} checks that, and that Codis
 * (which accepts only {@code AUTH <password>}) gets no user.
 *
 * @param username the ACL user (Redis 6+), or {@code null} for the default user
 * @param password the password, or {@code null} when the server needs none
 */
public record Credentials(String username, String password) {

  /** No user and no password: nothing is sent. */
  public static Credentials defaults() {
    return new Credentials(null, null);
  }

  /** A copy with {@code username} (may be {@code null}). */
  public Credentials withUsername(String username) {
    return new Credentials(username, password);
  }

  /** A copy with {@code password} (may be {@code null}). */
  public Credentials withPassword(String password) {
    return new Credentials(username, password);
  }

  /** Shows the user and whether there is a password, never the password itself. */
  @Override
  public String toString() {
    return "Credentials[username="
        + username
        + ", password="
        + (password == null ? "none" : "<hidden>")
        + "]";
  }
}
