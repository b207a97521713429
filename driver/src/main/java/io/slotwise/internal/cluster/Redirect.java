package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.SlotHash;
import io.slotwise.internal.protocol.Reply;

/**
 * A {@code MOVED} or {@code ASK} redirect, parsed from the server's error reply. Immutable and
 * thread-safe; never null fields.
 *
 * <p>Parsing is pure and total over its input: {@link #parse(Reply.Error, HostAndPort)} returns
 * {@code null} for every error that is not a well-formed redirect — other codes ({@code ERR},
 * {@code TRYAGAIN}, ...) and also malformed {@code MOVED}/{@code ASK} texts (missing fields, a slot
 * outside 0..16383, a bad port). The executor then reports such an error verbatim as a {@link
 * io.slotwise.RedisServerException}, so nothing is hidden and nothing is retried on a guess.
 *
 * <p>Accepted forms, as Redis prints them: {@code MOVED 3999 127.0.0.1:6381}, {@code ASK 3999
 * host.example:6381}, IPv6 with or without brackets ({@code MOVED 1 ::1:7000}, {@code MOVED 1
 * [::1]:7000}), and an empty or {@code ?} host ({@code MOVED 3999 :6381}) which means "the node
 * that sent this reply" (Redis 7 with {@code cluster-preferred-endpoint-type unknown-endpoint}).
 *
 * @param kind whether the slot moved for good or only this command must go elsewhere
 * @param slot the slot of the command's key, 0..16383
 * @param address where to send the command next
 */
public record Redirect(Kind kind, int slot, HostAndPort address) {

  /** The two redirect kinds of Redis Cluster. */
  public enum Kind {
    /** The slot is now owned by {@link #address()}: update the slot map, retry there. */
    MOVED,
    /**
     * The slot is being migrated and this key is on {@link #address()}: send {@code ASKING} and the
     * command there, back to back; do not change the slot map.
     */
    ASK
  }

  /** Validates the fields; throws {@link IllegalArgumentException} naming the bad one. */
  public Redirect {
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    if (slot < 0 || slot >= SlotHash.SLOT_COUNT) {
      throw new IllegalArgumentException("slot must be in 0..16383, got " + slot);
    }
    if (address == null) {
      throw new IllegalArgumentException("address must not be null");
    }
  }

  /**
   * Parses a redirect whose address names its host.
   *
   * @return the redirect, or {@code null} when the error is not a well-formed redirect
   * @throws IllegalArgumentException when {@code error} is null, or when it is a redirect with an
   *     empty host (use {@link #parse(Reply.Error, HostAndPort)} with the sender then)
   */
  public static Redirect parse(Reply.Error error) {
    return parse(error, null);
  }

  /**
   * Parses a redirect; an empty (or {@code ?}) host means {@code sender}'s host.
   *
   * @param error the error reply
   * @param sender the node that sent the reply, or {@code null} when unknown
   * @return the redirect, or {@code null} when the error is not a well-formed redirect
   * @throws IllegalArgumentException when {@code error} is null, or the redirect has an empty host
   *     and {@code sender} is null
   */
  public static Redirect parse(Reply.Error error, HostAndPort sender) {
    if (error == null) {
      throw new IllegalArgumentException("error must not be null");
    }
    String text = error.message();
    if (text == null) {
      return null;
    }
    Kind kind;
    if (text.startsWith("MOVED ")) {
      kind = Kind.MOVED;
    } else if (text.startsWith("ASK ")) {
      kind = Kind.ASK;
    } else {
      return null;
    }
    String[] parts = text.trim().split(" +");
    if (parts.length != 3) {
      return null;
    }
    int slot = parseNumber(parts[1], SlotHash.SLOT_COUNT - 1);
    if (slot < 0) {
      return null;
    }
    String target = parts[2];
    int colon = target.lastIndexOf(':');
    if (colon < 0) {
      return null;
    }
    int port = parseNumber(target.substring(colon + 1), 65535);
    if (port < 1) {
      return null;
    }
    String host = target.substring(0, colon);
    if (host.isEmpty() || host.equals("?")) {
      if (sender == null) {
        throw new IllegalArgumentException(
            "redirect '" + text + "' names no host; parse it with the sender's address");
      }
      host = sender.host();
    } else if (host.startsWith("[") != host.endsWith("]") || host.equals("[]")) {
      return null;
    }
    return new Redirect(kind, slot, HostAndPort.of(host, port));
  }

  /** A decimal number in 0..max, or -1 (no signs, no overflow, at most 5 digits). */
  private static int parseNumber(String s, int max) {
    if (s.isEmpty() || s.length() > 5) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n <= max ? n : -1;
  }
}
