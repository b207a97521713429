package io.slotwise.internal.transport;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The commands a fresh connection sends before it takes traffic, and the decisions between them.
 *
 * <p>With {@link RespVersion#AUTO} or {@link RespVersion#RESP3}: {@code HELLO 3 [AUTH user pass]
 * [SETNAME name]}. If the server answers {@code HELLO} with an error under {@code AUTO} (a Redis
 * before 6, a proxy: {@code -ERR unknown command}, {@code -NOPROTO}), it falls back to RESP2, as it
 * does for {@link RespVersion#RESP2}: {@code AUTH [user] pass}, then {@code CLIENT SETNAME name}. A
 * wrong password ({@code WRONGPASS}, {@code ERR invalid password}) is never a reason to fall back.
 * Then {@code SELECT db} when the database is not 0, and {@code READONLY} when the settings ask for
 * it (a cluster client reading from replicas).
 *
 * <p>Stateless; the sender is called on the connection's event loop and its futures complete there.
 */
public final class Handshake {

  /** Outcome of a successful handshake. */
  enum Negotiated {
    RESP2,
    RESP3
  }

  private final ConnectionSettings settings;
  private final HostAndPort address;
  private final Function<Command, CompletableFuture<Reply>> sender;

  Handshake(
      ConnectionSettings settings,
      HostAndPort address,
      Function<Command, CompletableFuture<Reply>> sender) {
    this.settings = settings;
    this.address = address;
    this.sender = sender;
  }

  /** Runs the handshake; fails with a {@link RedisConnectionException} naming the address. */
  CompletableFuture<Negotiated> run() {
    if (!settings.readOnly()) {
      return negotiate();
    }
    Command readOnly = Command.keyless(false, "READONLY");
    return negotiate().thenCompose(n -> expectOk(readOnly).thenApply(v -> n));
  }

  private CompletableFuture<Negotiated> negotiate() {
    if (settings.protocol() == RespVersion.RESP2 || settings.isCodis()) {
      return resp2().thenApply(v -> Negotiated.RESP2);
    }
    Command hello = hello(settings);
    return sender
        .apply(hello)
        .thenCompose(
            reply -> {
              if (!(reply instanceof Reply.Error error)) {
                return select().thenApply(v -> Negotiated.RESP3);
              }
              if (settings.protocol() == RespVersion.AUTO && !isAuthFailure(error)) {
                return resp2().thenApply(v -> Negotiated.RESP2);
              }
              return CompletableFuture.failedFuture(failure(hello, error));
            });
  }

  private CompletableFuture<Void> resp2() {
    List<Command> steps = new ArrayList<>(2);
    if (settings.password() != null) {
      steps.add(auth(settings));
    }
    if (settings.clientName() != null && !settings.isCodis()) {
      steps.add(Command.keyless(false, "CLIENT", "SETNAME", settings.clientName()));
    }
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (Command step : steps) {
      chain = chain.thenCompose(v -> expectOk(step));
    }
    return chain.thenCompose(v -> select());
  }

  private CompletableFuture<Void> select() {
    if (settings.database() == 0) {
      return CompletableFuture.completedFuture(null);
    }
    return expectOk(Command.keyless(false, "SELECT", Integer.toString(settings.database())));
  }

  private CompletableFuture<Void> expectOk(Command command) {
    return sender
        .apply(command)
        .thenCompose(
            reply ->
                reply instanceof Reply.Error error
                    ? CompletableFuture.failedFuture(failure(command, error))
                    : CompletableFuture.completedFuture(null));
  }

  /**
   * The exception for a refused step. A step that carries the password ({@code HELLO ... AUTH},
   * {@code AUTH}) is shown with the password redacted and only the server's error code ({@code
   * WRONGPASS}, {@code NOPROTO}, {@code ERR}): a server's text can echo the arguments (Redis 6.2+
   * answers an unknown command with "with args beginning with: ..."), the password among them.
   */
  private RedisConnectionException failure(Command command, Reply.Error error) {
    boolean secret = carriesPassword(command);
    String reply = secret ? error.code() + " (the server's text is withheld)" : error.message();
    return new RedisConnectionException(
        "handshake with " + address + " failed: " + describe(command) + " -> " + reply);
  }

  private static boolean carriesPassword(Command command) {
    return command.name().equals("AUTH")
        || (command.name().equals("HELLO") && authPasswordIndex(command.args()) > 0);
  }

  /**
   * The step as sent, the password replaced by {@code <redacted>}: {@code HELLO 3 AUTH alice
   * <redacted> SETNAME app}, {@code AUTH <redacted>}; other steps by name.
   */
  static String describe(Command command) {
    if (!carriesPassword(command)) {
      return command.name();
    }
    byte[][] args = command.args();
    int password = command.name().equals("AUTH") ? args.length - 1 : authPasswordIndex(args);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      s.append(i == 0 ? "" : " ")
          .append(i == password ? "<redacted>" : new String(args[i], StandardCharsets.UTF_8));
    }
    return s.toString();
  }

  /** In {@code HELLO 3 AUTH user pass ...}, the index of {@code pass}; -1 without AUTH. */
  private static int authPasswordIndex(byte[][] args) {
    for (int i = 2; i + 2 < args.length; i++) {
      if (new String(args[i], StandardCharsets.UTF_8).equalsIgnoreCase("AUTH")) {
        return i + 2;
      }
    }
    return -1;
  }

  static Command hello(ConnectionSettings settings) {
    List<String> words = new ArrayList<>(List.of("HELLO", "3"));
    if (settings.password() != null) {
      words.add("AUTH");
      words.add(settings.username() == null ? "default" : settings.username());
      words.add(settings.password());
    }
    if (settings.clientName() != null) {
      words.add("SETNAME");
      words.add(settings.clientName());
    }
    return Command.keyless(false, words.toArray(new String[0]));
  }

  static Command auth(ConnectionSettings settings) {
    if (settings.username() == null || settings.isCodis()) {
      return Command.keyless(false, "AUTH", settings.password());
    }
    return Command.keyless(false, "AUTH", settings.username(), settings.password());
  }

  /** Errors that mean "wrong credentials", not "HELLO unsupported". */
  static boolean isAuthFailure(Reply.Error error) {
    String code = error.code();
    if (code.equals("WRONGPASS") || code.equals("NOPERM")) {
      return true;
    }
    String text = error.message().toLowerCase(java.util.Locale.ROOT);
    return text.contains("invalid password") || text.contains("invalid username");
  }
}
