package io.slotwise.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when one of {@link SlotwiseConfigFactory#ADDRESS_PROPERTIES} is set: without an address
 * the starter configures no client (instead of connecting to a guessed localhost).
 */
final class OnSlotwiseAddressCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Binder binder = Binder.get(context.getEnvironment());
    ConditionMessage.Builder message = ConditionMessage.forCondition("Slotwise address");
    for (String property : SlotwiseConfigFactory.ADDRESS_PROPERTIES) {
      List<String> values = binder.bind(property, Bindable.listOf(String.class)).orElse(List.of());
      if (!values.isEmpty()) {
        return ConditionOutcome.match(message.found("property").items(property));
      }
    }
    return ConditionOutcome.noMatch(
        message
            .didNotFind("any of the properties")
            .items(SlotwiseConfigFactory.ADDRESS_PROPERTIES));
  }
}
