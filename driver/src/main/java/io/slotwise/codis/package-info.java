/**
 * The exceptions particular to Codis mode ({@link io.slotwise.SlotwiseClient#codis}): a command a
 * proxy cannot serve, and no proxy available.
 *
 * <p>Public API. The ZooKeeper registry and the proxy rotation live in internal packages.
 */
package io.slotwise.codis;
