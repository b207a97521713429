/**
 * The command model under the public command interfaces: the facades that implement them (sync,
 * async, pipeline), the builders of byte-level commands, the command table (key positions,
 * read-only and idempotency flags), reply converters and the cluster-wide keyless commands.
 *
 * <p>Internal: not part of the API and without any compatibility promise; its public types are
 * public only so that other driver packages can reach them, and may change or vanish in any
 * release.
 */
package io.slotwise.internal.command;
