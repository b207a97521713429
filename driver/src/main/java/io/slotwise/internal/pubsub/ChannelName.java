package io.slotwise.internal.pubsub;

import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A channel or pattern name as the bytes on the wire, usable as a set element (equal by content).
 * Immutable: it keeps a copy of what it was made from.
 */
final class ChannelName {
  private final byte[] bytes;
  private final int hash;

  private ChannelName(byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  /** A name from the caller's bytes (copied). */
  static ChannelName of(byte[] bytes) {
    return new ChannelName(bytes.clone());
  }

  /** A name from a bulk or simple-string reply element, or {@code null} for anything else. */
  static ChannelName of(Reply reply) {
    byte[] b = bytes(reply);
    return b == null ? null : new ChannelName(b);
  }

  /** The bytes of a bulk, simple-string or verbatim reply element, else {@code null}. */
  static byte[] bytes(Reply reply) {
    if (reply instanceof Reply.Bulk b) {
      return b.value();
    }
    if (reply instanceof Reply.SimpleString s) {
      return s.value().getBytes(StandardCharsets.UTF_8);
    }
    if (reply instanceof Reply.Verbatim v) {
      return v.text();
    }
    return null;
  }

  /** The bytes to send; not to be modified. */
  byte[] bytes() {
    return bytes;
  }

  String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChannelName n && hash == n.hash && Arrays.equals(bytes, n.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return text();
  }
}
