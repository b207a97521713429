/**
 * The implementation of subscriptions: the dedicated connections that carry them, their
 * resubscription after a reconnect or a slot move, and the delivery of messages to listeners.
 *
 * <p>Internal: not part of the API and without any compatibility promise; its public types are
 * public only so that other driver packages can reach them, and may change or vanish in any
 * release.
 */
package io.slotwise.internal.pubsub;
