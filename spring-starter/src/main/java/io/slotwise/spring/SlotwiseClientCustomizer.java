package io.slotwise.spring;

import io.slotwise.SlotwiseConfig;

/**
 * Changes the {@link SlotwiseConfig.Builder} after the properties were applied and before the
 * auto-configured {@code SlotwiseClient} is created. Declare beans of this type; they run in {@link
 * org.springframework.core.Ordered} order, on the thread that creates the client, once.
 */
@FunctionalInterface
public interface SlotwiseClientCustomizer {
  void customize(SlotwiseConfig.Builder builder);
}
