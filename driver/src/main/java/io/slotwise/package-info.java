/**
 * The entry point of the driver: {@link io.slotwise.SlotwiseClient} (created from {@link
 * io.slotwise.SlotwiseConfig} or one of its shortcuts), the configuration and its option records,
 * {@link io.slotwise.Pipeline} and {@link io.slotwise.TransactionResult}, the client statistics
 * ({@link io.slotwise.SlotwiseStats}), {@link io.slotwise.HostAndPort}, {@link
 * io.slotwise.ReadFrom}, and the exception hierarchy rooted at {@link
 * io.slotwise.SlotwiseException}.
 *
 * <p>Public API: together with {@code io.slotwise.commands}, {@code .pubsub}, {@code .cluster},
 * {@code .codis} and {@code .metrics}, everything here is documented and kept compatible. The
 * packages under {@code io.slotwise.internal} are not part of the API.
 */
package io.slotwise;
