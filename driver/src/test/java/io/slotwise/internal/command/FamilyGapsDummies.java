package io.slotwise.internal.command;

import io.slotwise.commands.ExpireCondition;
import io.slotwise.commands.GetExArgs;
import io.slotwise.commands.LPosArgs;
import io.slotwise.commands.RestoreArgs;
import io.slotwise.commands.ScoreEnd;
import io.slotwise.commands.SortArgs;
import io.slotwise.commands.ZAggregateArgs;
import io.slotwise.commands.ZRangeArgs;
import java.lang.reflect.Type;

/** Valid dummy values of the argument types issue 14 added, for the reflective API tests. */
final class FamilyGapsDummies {
  private FamilyGapsDummies() {}

  /** A valid value of {@code type}, or {@code null} when it is not one of those types. */
  static Object of(Type type) {
    if (type == ExpireCondition.class) {
      return ExpireCondition.GT;
    }
    if (type == GetExArgs.class) {
      return GetExArgs.px(1000);
    }
    if (type == SortArgs.class) {
      return SortArgs.create().limit(0, 5).desc().alpha();
    }
    if (type == RestoreArgs.class) {
      return RestoreArgs.create().replace();
    }
    if (type == LPosArgs.class) {
      return LPosArgs.create().rank(-1).maxlen(10);
    }
    if (type == ZRangeArgs.class) {
      return ZRangeArgs.byScore(1, 5).limit(0, 2);
    }
    if (type == ZAggregateArgs.class) {
      return ZAggregateArgs.create().aggregate(ZAggregateArgs.Aggregate.MAX);
    }
    if (type == ScoreEnd.class) {
      return ScoreEnd.MAX;
    }
    return null;
  }
}
