package io.slotwise.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shape of a {@link LocalRedisCluster} parameter resolved by {@link RedisExtension}. Implies {@link
 * Isolated}: the cluster is owned by the test class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ClusterShape {
  /** Number of masters. */
  int masters() default 3;

  /** Replicas per master. */
  int replicasPerMaster() default 1;

  /** {@code cluster-node-timeout} in milliseconds. */
  int nodeTimeoutMs() default 2000;

  /** {@code cluster-require-full-coverage}. */
  boolean requireFullCoverage() default true;
}
