package io.slotwise.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Extra {@code redis-server} command-line arguments for a parameter resolved by {@link
 * RedisExtension}, e.g. {@code @RedisServerArgs({"--requirepass", "secret"})}; for a cluster they
 * apply to every node. Implies {@link Isolated}: the instance is owned by the test class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RedisServerArgs {
  /** Arguments appended to the command line, flag and value as separate elements. */
  String[] value();
}
