package io.slotwise.internal.transport;

/**
 * The RESP version a connection's {@link Handshake} asks for. The transport's own enum: whoever
 * builds the {@link ConnectionSettings} maps the public choice onto it, so that this package knows
 * nothing of the client's configuration.
 */
public enum RespVersion {
  /** {@code HELLO 3}, falling back to RESP2 when the server refuses it. */
  AUTO,
  /** RESP2 only: no {@code HELLO}. */
  RESP2,
  /** {@code HELLO 3}, without a fallback. */
  RESP3
}
