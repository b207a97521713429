/**
 * Netty connections, one channel per endpoint: the multiplexed node connection (admission, queue,
 * connect, TLS, handshake, reconnect, in-flight FIFO and reply matching), the exclusive connection
 * pools, and the event loops that carry them.
 *
 * <p>Internal: not part of the API and without any compatibility promise; its public types are
 * public only so that other driver packages can reach them, and may change or vanish in any
 * release.
 */
package io.slotwise.internal.transport;
