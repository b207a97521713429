package io.slotwise.internal.command;

import static io.slotwise.internal.command.Args.require;
import static io.slotwise.internal.command.Args.requireAll;
import static io.slotwise.internal.command.Args.requireObject;
import static io.slotwise.internal.command.CommandWords.bound;
import static io.slotwise.internal.command.CommandWords.cmd;
import static io.slotwise.internal.command.CommandWords.count;
import static io.slotwise.internal.command.CommandWords.finite;
import static io.slotwise.internal.command.CommandWords.key;
import static io.slotwise.internal.command.CommandWords.num;
import static io.slotwise.internal.command.CommandWords.prepend;
import static io.slotwise.internal.command.CommandWords.word;

import io.slotwise.commands.ScoreEnd;
import io.slotwise.commands.ZAggregateArgs;
import io.slotwise.commands.ZRangeArgs;
import io.slotwise.internal.protocol.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the sorted set commands added by issue 14 ({@code ZRANGE} with {@code BYSCORE}/{@code
 * BYLEX}/{@code REV}/{@code LIMIT}, {@code ZRANGESTORE}, {@code ZPOPMIN}/{@code ZPOPMAX}, {@code
 * ZMPOP}, {@code ZUNION}/{@code ZINTER}/{@code ZDIFF} and their {@code STORE} forms, {@code
 * ZRANDMEMBER}, {@code ZMSCORE}), as {@link CollectionCommandBuilder} does the older ones.
 * Stateless and thread-safe.
 */
final class SortedSetCommandBuilder {
  private SortedSetCommandBuilder() {}

  /** {@code ZRANGE key start stop [BYSCORE|BYLEX] [REV] [LIMIT o c] [WITHSCORES]}. */
  static Command zrange(byte[] key, ZRangeArgs range, boolean withScores) {
    List<byte[]> a = new ArrayList<>(9);
    a.add(key(key));
    addRange(a, range);
    if (withScores) {
      if ("BYLEX".equals(range.by())) {
        throw new IllegalArgumentException("ZRANGE BYLEX has no scores (WITHSCORES not allowed)");
      }
      a.add(word("WITHSCORES"));
    }
    return cmd("ZRANGE", a.toArray(new byte[0][]));
  }

  /** {@code ZRANGESTORE destination source start stop [BYSCORE|BYLEX] [REV] [LIMIT o c]}. */
  static Command zrangestore(byte[] destination, byte[] source, ZRangeArgs range) {
    List<byte[]> a = new ArrayList<>(9);
    a.add(require(destination, "destination"));
    a.add(require(source, "source"));
    addRange(a, range);
    return cmd("ZRANGESTORE", a.toArray(new byte[0][]));
  }

  private static void addRange(List<byte[]> a, ZRangeArgs range) {
    requireObject(range, "range");
    a.add(range.start());
    a.add(range.stop());
    if (range.by() != null) {
      a.add(word(range.by()));
    }
    if (range.isRev()) {
      a.add(word("REV"));
    }
    if (range.limitOffset() >= 0) {
      a.add(word("LIMIT"));
      a.add(num(range.limitOffset()));
      a.add(num(range.limitCount()));
    }
  }

  static Command zpop(ScoreEnd end, byte[] key) {
    return cmd(popName(end), key(key));
  }

  static Command zpop(ScoreEnd end, byte[] key, int count) {
    return cmd(popName(end), key(key), count(count));
  }

  private static String popName(ScoreEnd end) {
    return requireObject(end, "end") == ScoreEnd.MIN ? "ZPOPMIN" : "ZPOPMAX";
  }

  static Command zmpop(ScoreEnd end, int count, byte[][] keys) {
    requireAll(keys, "keys");
    requireObject(end, "end");
    byte[][] a = new byte[keys.length + 4][];
    a[0] = num(keys.length);
    System.arraycopy(keys, 0, a, 1, keys.length);
    a[keys.length + 1] = word(end.name());
    a[keys.length + 2] = word("COUNT");
    a[keys.length + 3] = count(count);
    return cmd("ZMPOP", a);
  }

  /**
   * {@code ZUNION}/{@code ZINTER}/{@code ZDIFF numkeys key... [WEIGHTS w...] [AGGREGATE a]
   * [WITHSCORES]}, or with {@code destination} the {@code STORE} form (no {@code WITHSCORES}).
   * {@code args} null for {@code ZDIFF}, which has no options.
   */
  static Command combine(
      String name, byte[] destination, byte[][] keys, ZAggregateArgs args, boolean withScores) {
    requireAll(keys, "keys");
    List<byte[]> a = new ArrayList<>(keys.length + 8);
    if (destination != null) {
      a.add(destination);
    }
    a.add(num(keys.length));
    a.addAll(List.of(keys));
    if (args != null) {
      double[] weights = args.weights();
      if (weights != null) {
        if (weights.length != keys.length) {
          throw new IllegalArgumentException(
              name
                  + " needs one weight per key: "
                  + keys.length
                  + " keys, "
                  + weights.length
                  + " weights");
        }
        a.add(word("WEIGHTS"));
        for (double w : weights) {
          a.add(finite(w, "weight"));
        }
      }
      if (args.aggregate() != null) {
        a.add(word("AGGREGATE"));
        a.add(word(args.aggregate().name()));
      }
    }
    if (withScores) {
      a.add(word("WITHSCORES"));
    }
    return cmd(name, a.toArray(new byte[0][]));
  }

  static Command zrandmember(byte[] key) {
    return cmd("ZRANDMEMBER", key(key));
  }

  static Command zrandmember(byte[] key, long count, boolean withScores) {
    return withScores
        ? cmd("ZRANDMEMBER", key(key), num(count), word("WITHSCORES"))
        : cmd("ZRANDMEMBER", key(key), num(count));
  }

  static Command zmscore(byte[] key, byte[][] members) {
    return cmd("ZMSCORE", prepend(key(key), requireAll(members, "members")));
  }

  static Command zintercard(long limit, byte[][] keys) {
    requireAll(keys, "keys");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0 (0 = none), got " + limit);
    }
    byte[][] a = new byte[keys.length + (limit > 0 ? 3 : 1)][];
    a[0] = num(keys.length);
    System.arraycopy(keys, 0, a, 1, keys.length);
    if (limit > 0) {
      a[keys.length + 1] = word("LIMIT");
      a[keys.length + 2] = num(limit);
    }
    return cmd("ZINTERCARD", a);
  }

  static Command zremrangebyrank(byte[] key, long start, long stop) {
    return cmd("ZREMRANGEBYRANK", key(key), num(start), num(stop));
  }

  static Command zremrangebyscore(byte[] key, double min, double max) {
    return cmd("ZREMRANGEBYSCORE", key(key), bound(min, "min"), bound(max, "max"));
  }

  /**
   * {@code ZLEXCOUNT}/{@code ZREMRANGEBYLEX key min max}; the server checks the bounds' syntax
   * ({@code [a}, {@code (a}, {@code -}, {@code +}) and answers an error for others.
   */
  static Command lexRange(String name, byte[] key, byte[] min, byte[] max) {
    return cmd(name, key(key), require(min, "min"), require(max, "max"));
  }
}
