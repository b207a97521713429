package io.slotwise.internal.protocol;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One decoded RESP2/RESP3 reply. Neutral data: an error reply is a value like any other, and
 * nothing here knows about clusters ({@code MOVED} is just an {@link Error} whose text starts with
 * {@code MOVED}).
 *
 * <p>All implementations are immutable records; {@code byte[]} contents are owned by the reply and
 * must not be changed by readers.
 */
public sealed interface Reply
    permits Reply.SimpleString,
        Reply.Error,
        Reply.Int,
        Reply.Bulk,
        Reply.Null,
        Reply.Array,
        Reply.MapReply,
        Reply.SetReply,
        Reply.DoubleReply,
        Reply.BooleanReply,
        Reply.BigNumber,
        Reply.Verbatim,
        Reply.Push {

  /** {@code +OK}: a status line. */
  record SimpleString(String value) implements Reply {}

  /** {@code -ERR ...} or RESP3 blob error {@code !}: the server's error text. */
  record Error(String message) implements Reply {
    /** The first word, e.g. {@code MOVED}, {@code ASK}, {@code WRONGTYPE}. */
    public String code() {
      int space = message.indexOf(' ');
      return space < 0 ? message : message.substring(0, space);
    }
  }

  /** {@code :42}. */
  record Int(long value) implements Reply {}

  /** {@code $5\r\nhello\r\n}: a binary-safe string. */
  record Bulk(byte[] value) implements Reply {
    public String utf8() {
      return new String(value, StandardCharsets.UTF_8);
    }
  }

  /** Null bulk ({@code $-1}), null array ({@code *-1}) or RESP3 null ({@code _}). */
  enum Null implements Reply {
    INSTANCE
  }

  /** {@code *N}: an ordered list of replies. */
  record Array(List<Reply> items) implements Reply {}

  /** RESP3 map {@code %N}: keys and values, in the order the server sent them. */
  record MapReply(List<Reply> keys, List<Reply> values) implements Reply {}

  /** RESP3 set {@code ~N}. */
  record SetReply(List<Reply> items) implements Reply {}

  /** RESP3 double {@code ,3.14} (also {@code inf}, {@code -inf}, {@code nan}). */
  record DoubleReply(double value) implements Reply {}

  /** RESP3 boolean {@code #t} / {@code #f}. */
  record BooleanReply(boolean value) implements Reply {}

  /** RESP3 big number {@code (1234...}. */
  record BigNumber(BigInteger value) implements Reply {}

  /** RESP3 verbatim string {@code =15\r\ntxt:Some string}: a three-letter format and the text. */
  record Verbatim(String format, byte[] text) implements Reply {}

  /** RESP3 push frame {@code >N}: out-of-band data (pub/sub messages, invalidations). */
  record Push(List<Reply> items) implements Reply {}
}
