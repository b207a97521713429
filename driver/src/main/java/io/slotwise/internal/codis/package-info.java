/**
 * Codis routing: the registry of online proxies (ZooKeeper through Curator, or a static list), the
 * round-robin rotation that ejects failing proxies, and the commands a proxy cannot serve.
 *
 * <p>Internal: not part of the API and without any compatibility promise; its public types are
 * public only so that other driver packages can reach them, and may change or vanish in any
 * release.
 */
package io.slotwise.internal.codis;
