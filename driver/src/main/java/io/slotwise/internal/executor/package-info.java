/**
 * The "how" of sending a command: the one retry loop with its pure retry policy (redirects,
 * retryable errors, deadlines), dispatch to shared or exclusive connections, pipelines and
 * transactions.
 *
 * <p>Internal: not part of the API and without any compatibility promise; its public types are
 * public only so that other driver packages can reach them, and may change or vanish in any
 * release.
 */
package io.slotwise.internal.executor;
