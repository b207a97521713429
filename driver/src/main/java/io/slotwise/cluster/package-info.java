/**
 * What a user sees of Redis Cluster: the key-to-slot function {@link io.slotwise.cluster.SlotHash},
 * the online slot mover {@link io.slotwise.cluster.SlotMigrator} with its listener, progress and
 * result types, the node description {@link io.slotwise.cluster.ClusterNode}, the causes of a
 * topology refresh ({@link io.slotwise.cluster.RefreshTrigger}) and the cluster exceptions.
 *
 * <p>Public API. The routing itself lives in internal packages.
 */
package io.slotwise.cluster;
