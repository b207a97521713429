package io.slotwise.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.ApplicationContext;

/** Boot 3's {@code redis} health component: its status (key {@code status}) and details. */
final class BootHealth {
  private BootHealth() {}

  static Map<String, Object> redis(ApplicationContext context) {
    Health health = context.getBean("redisHealthContributor", HealthIndicator.class).health();
    Map<String, Object> out = new LinkedHashMap<>(health.getDetails());
    out.put("status", health.getStatus().getCode());
    return out;
  }
}
