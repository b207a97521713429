package io.slotwise.internal.command;

import io.slotwise.RedisProtocolException;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.ScoredValue;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The commands that make the server hold a connection until data arrives or a timeout passes: their
 * builders, their reply shapes, and {@link #blockFor}, which finds how long any such command (also
 * one sent through {@code execute(...)}) may block. Stateless.
 *
 * <p>Redis semantics: a timeout of zero blocks forever; {@code BLPOP} and friends take seconds (a
 * decimal since Redis 6), {@code XREAD}/{@code XREADGROUP BLOCK} and {@code WAIT} take
 * milliseconds. On timeout the server answers a null, which the typed methods return as {@code
 * null}.
 */
public final class BlockingCommands {
  /** How long a command blocks when it is not a blocking command at all. */
  static final Duration NOT_BLOCKING = Duration.ofNanos(-1);

  private BlockingCommands() {}

  static Command pop(String name, byte[][] keys, Duration timeout) {
    byte[][] args = new byte[keys.length + 2][];
    args[0] = ascii(name);
    System.arraycopy(keys, 0, args, 1, keys.length);
    args[keys.length + 1] = seconds(timeout);
    int[] keyIndexes = new int[keys.length];
    for (int i = 0; i < keyIndexes.length; i++) {
      keyIndexes[i] = i + 1;
    }
    return Command.of(name, args, keyIndexes, false);
  }

  static Command blmove(
      byte[] source, byte[] destination, ListDirection from, ListDirection to, Duration timeout) {
    Args.requireObject(from, "from");
    Args.requireObject(to, "to");
    byte[][] args = {
      ascii("BLMOVE"), source, destination, ascii(from.name()), ascii(to.name()), seconds(timeout),
    };
    return Command.of("BLMOVE", args, new int[] {1, 2}, false);
  }

  /** A {@code Duration} timeout, checked: not null, not negative. */
  static Duration timeout(Duration timeout) {
    Args.requireObject(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
    }
    return timeout;
  }

  /** A timeout in (decimal) seconds, checked, as a {@code Duration} of whole milliseconds. */
  static Duration timeout(double seconds) {
    if (Double.isNaN(seconds) || seconds < 0 || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException(
          "timeout must be a finite number of seconds >= 0, got " + seconds);
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  private static byte[] seconds(Duration timeout) {
    return ascii(BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString());
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code [key, element]} or null. */
  static <K, V> Function<Reply, KeyValue<K, V>> keyValue(
      Function<Reply, K> key, Function<Reply, V> value) {
    return r -> {
      List<Reply> items = items(r);
      if (items == null) {
        return null;
      }
      if (items.size() != 2) {
        throw new RedisProtocolException("expected [key, element], got " + r);
      }
      return new KeyValue<>(key.apply(items.get(0)), value.apply(items.get(1)));
    };
  }

  /** {@code [key, member, score]} or null. */
  static <K> Function<Reply, KeyValue<K, ScoredValue<K>>> keyScored(Function<Reply, K> text) {
    return r -> {
      List<Reply> items = items(r);
      if (items == null) {
        return null;
      }
      if (items.size() != 3) {
        throw new RedisProtocolException("expected [key, member, score], got " + r);
      }
      return new KeyValue<>(
          text.apply(items.get(0)),
          new ScoredValue<>(text.apply(items.get(1)), Converters.decimal(items.get(2))));
    };
  }

  private static List<Reply> items(Reply r) {
    if (r instanceof Reply.Null) {
      return null;
    }
    if (r instanceof Reply.Array a) {
      return a.items();
    }
    throw new RedisProtocolException("expected an array or a null, got " + r);
  }

  /**
   * How long {@code command} may make the server wait: {@link #NOT_BLOCKING} for an ordinary
   * command, {@link Duration#ZERO} for "forever", else the timeout it carries.
   *
   * @throws IllegalArgumentException when the timeout argument is not a number
   */
  public static Duration blockFor(Command command) {
    return blockFor(command.name(), command.args());
  }

  /** {@link #blockFor(Command)} for a raw argument vector; {@code name} upper case. */
  public static Duration blockFor(String name, byte[][] args) {
    switch (name) {
      case "BLPOP":
      case "BRPOP":
      case "BZPOPMIN":
      case "BZPOPMAX":
      case "BLMOVE":
      case "BRPOPLPUSH":
        return args.length < 2 ? NOT_BLOCKING : secondsArg(name, args[args.length - 1]);
      case "BLMPOP":
      case "BZMPOP":
        return args.length < 2 ? NOT_BLOCKING : secondsArg(name, args[1]);
      case "WAIT":
      case "WAITAOF":
        return args.length < 2 ? NOT_BLOCKING : millisArg(name, args[args.length - 1]);
      case "XREAD":
      case "XREADGROUP":
        return streamBlock(name, args);
      default:
        return NOT_BLOCKING;
    }
  }

  private static Duration streamBlock(String name, byte[][] args) {
    for (int i = 1; i + 1 < args.length; i++) {
      String word = new String(args[i], StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
      if (word.equals("STREAMS")) {
        return NOT_BLOCKING;
      }
      if (word.equals("BLOCK")) {
        return millisArg(name, args[i + 1]);
      }
    }
    return NOT_BLOCKING;
  }

  private static Duration secondsArg(String name, byte[] arg) {
    try {
      return timeout(Double.parseDouble(new String(arg, StandardCharsets.US_ASCII)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " timeout is not a number of seconds >= 0: " + e.getMessage(), e);
    }
  }

  private static Duration millisArg(String name, byte[] arg) {
    try {
      long millis = Long.parseLong(new String(arg, StandardCharsets.US_ASCII));
      if (millis < 0) {
        throw new IllegalArgumentException("negative: " + millis);
      }
      return Duration.ofMillis(millis);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " timeout is not a number of milliseconds >= 0: " + e.getMessage(), e);
    }
  }
}
