package io.slotwise.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link RedisServerProcess} or {@link LocalRedisCluster} parameter resolved by {@link
 * RedisExtension} as a fresh instance owned by the test class (stopped after the class) instead of
 * the JVM-wide shared one. Use it for destructive tests: failover, kill, pause, resharding, CONFIG
 * changes. Isolated instances are not flushed between tests.
 *
 * <p>Within one test class, parameters with the same type, {@link #value() name} and options get
 * the same instance (so a {@code @BeforeAll} and the tests can share it); give different names to
 * get several.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Isolated {
  /** Name distinguishing several isolated instances of the same type in one class. */
  String value() default "";
}
