package io.slotwise.pubsub;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One message delivered to a {@link PubSubMessageListener}: how it was received ({@link #kind()}),
 * the pattern it matched (for {@link Kind#PATTERN} only), the channel it was published on and its
 * payload, all as the exact bytes the server sent (binary-safe: a payload that is not UTF-8 arrives
 * intact). The {@code ...Text()} accessors decode UTF-8 for convenience.
 *
 * <p>Immutable by contract and thread-safe to read: the arrays are the message's own (never shared
 * with another message); do not modify them. The listener may keep the message as long as it likes.
 *
 * @param kind how the subscription that received it was made
 * @param pattern the glob-style pattern it matched ({@code PSUBSCRIBE}); {@code null} for the other
 *     kinds
 * @param channel the channel it was published on
 * @param payload the message body
 */
public record PubSubMessage(Kind kind, byte[] pattern, byte[] channel, byte[] payload) {

  /** How a message was received, which says how it was published. */
  public enum Kind {
    /** On a channel subscribed with {@code SUBSCRIBE}; published with {@code PUBLISH}. */
    CHANNEL,
    /** On a channel matching a {@code PSUBSCRIBE} pattern; published with {@code PUBLISH}. */
    PATTERN,
    /** On a sharded channel ({@code SSUBSCRIBE}); published with {@code SPUBLISH} (Redis 7). */
    SHARD
  }

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when {@code kind}, {@code channel} or {@code payload} is null,
   *     or when {@code pattern} is null for a {@link Kind#PATTERN} message or set for another kind
   */
  public PubSubMessage {
    if (kind == null || channel == null || payload == null) {
      throw new IllegalArgumentException("kind, channel and payload must not be null");
    }
    if ((kind == Kind.PATTERN) != (pattern != null)) {
      throw new IllegalArgumentException(
          "pattern must be set for a PATTERN message and only for it (kind " + kind + ")");
    }
  }

  /** The channel, decoded as UTF-8. */
  public String channelText() {
    return new String(channel, StandardCharsets.UTF_8);
  }

  /** The pattern decoded as UTF-8, or {@code null} when {@link #kind()} is not PATTERN. */
  public String patternText() {
    return pattern == null ? null : new String(pattern, StandardCharsets.UTF_8);
  }

  /** The payload, decoded as UTF-8. */
  public String text() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  /** Equal when the kind and the bytes of the pattern, channel and payload are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PubSubMessage m
        && kind == m.kind
        && Arrays.equals(pattern, m.pattern)
        && Arrays.equals(channel, m.channel)
        && Arrays.equals(payload, m.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, Arrays.hashCode(pattern), Arrays.hashCode(channel))
        + 31 * Arrays.hashCode(payload);
  }

  /** The kind, pattern and channel as text, and the payload's length (never its content). */
  @Override
  public String toString() {
    return "PubSubMessage["
        + kind
        + (pattern == null ? "" : " pattern=" + patternText())
        + " channel="
        + channelText()
        + " payload="
        + payload.length
        + " bytes]";
  }
}
