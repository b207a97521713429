package io.slotwise.commands;

import io.slotwise.RedisProtocolException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw reply of a command sent by name (the typed {@code execute} of {@link
 * RedisGenericCommands} and {@link RedisNodeCommands}) into the caller's type.
 *
 * <p><b>The raw reply</b> is the reply as plain Java values, the same for RESP2 and RESP3 where the
 * protocols agree, and binary-safe:
 *
 * <ul>
 *   <li>bulk and verbatim strings → {@code byte[]} (never decoded);
 *   <li>status replies ({@code +OK}) → {@code String};
 *   <li>integers → {@code Long}; RESP3 doubles → {@code Double}; RESP3 booleans → {@code Boolean};
 *       RESP3 big numbers → {@code java.math.BigInteger};
 *   <li>arrays, RESP3 sets and pushes → {@code List<Object>} of raw replies;
 *   <li>RESP3 maps → {@code Map<Object, Object>} (insertion-ordered) of raw replies;
 *   <li>null bulk, null array, RESP3 null → {@code null};
 *   <li>an error nested inside an aggregate → a {@link io.slotwise.RedisServerException} element
 *       (not thrown). A top-level error reply never reaches a converter: the command fails with
 *       {@link io.slotwise.RedisServerException} instead.
 * </ul>
 *
 * <p>A converter runs on an I/O thread: it must be quick and must not block. An exception it throws
 * fails that command (for the sync API: thrown, wrapped in a {@link io.slotwise.SlotwiseException}
 * unless it is one). Implementations should be stateless or thread-safe: one converter may run for
 * several replies at once.
 *
 * @param <T> the converted type
 */
@FunctionalInterface
public interface ReplyConverter<T> {

  /** Converts one raw reply (see the class comment); may return {@code null}. */
  T convert(Object reply);

  /** The raw reply as is. */
  static ReplyConverter<Object> raw() {
    return reply -> reply;
  }

  /**
   * A string reply as text: {@code byte[]} decoded as UTF-8, {@code String} as is, {@code null} as
   * {@code null}; any other reply throws {@link RedisProtocolException}.
   */
  static ReplyConverter<String> utf8() {
    return reply -> {
      if (reply == null || reply instanceof String) {
        return (String) reply;
      }
      if (reply instanceof byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
      }
      throw new RedisProtocolException("expected a string reply, got " + describe(reply));
    };
  }

  /**
   * An integer reply as {@code Long} (also a string holding a decimal integer); {@code null} as
   * {@code null}; any other reply throws {@link RedisProtocolException}.
   */
  static ReplyConverter<Long> integer() {
    return reply -> {
      if (reply == null || reply instanceof Long) {
        return (Long) reply;
      }
      String text = reply instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : null;
      if (reply instanceof String s) {
        text = s;
      }
      if (text != null) {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          throw new RedisProtocolException("expected an integer reply, got '" + text + "'");
        }
      }
      throw new RedisProtocolException("expected an integer reply, got " + describe(reply));
    };
  }

  private static String describe(Object reply) {
    return reply.getClass().getSimpleName() + " " + reply;
  }
}
