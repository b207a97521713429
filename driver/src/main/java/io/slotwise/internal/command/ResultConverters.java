package io.slotwise.internal.command;

import io.slotwise.RedisProtocolException;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.LcsResult;
import io.slotwise.commands.ScanResult;
import io.slotwise.commands.ScoredValue;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The reply conversions of the commands added by issue 14, beside {@link Converters}: {@code LCS
 * ... IDX}, the pages of {@code HSCAN}/{@code SSCAN}/{@code ZSCAN}, pairs of {@code HRANDFIELD ...
 * WITHVALUES}, and the key-and-elements replies of {@code LMPOP}/{@code ZMPOP}. Both protocol
 * versions; a reply of a shape the command never produces throws {@link RedisProtocolException}.
 * Stateless and thread-safe.
 */
final class ResultConverters {
  private ResultConverters() {}

  private static final Function<Reply, List<Reply>> ITEMS = Converters.list(Function.identity());

  /** {@code [cursor, [element...]]} with each element converted. */
  static <T> Function<Reply, ScanResult<T>> scanPage(Function<Reply, T> element) {
    return r -> {
      List<Reply> items = ITEMS.apply(r);
      if (items.size() != 2) {
        throw new RedisProtocolException("expected [cursor, elements], got " + items.size());
      }
      return new ScanResult<>(
          Converters.string(items.get(0)), Converters.list(element).apply(items.get(1)));
    };
  }

  /** {@code [cursor, [a1, b1, a2, b2...]]} with each pair converted. */
  static <T> Function<Reply, ScanResult<T>> scanPairs(Function<List<Reply>, List<T>> pairs) {
    return r -> {
      List<Reply> items = ITEMS.apply(r);
      if (items.size() != 2) {
        throw new RedisProtocolException("expected [cursor, elements], got " + items.size());
      }
      return new ScanResult<>(
          Converters.string(items.get(0)), pairs.apply(ITEMS.apply(items.get(1))));
    };
  }

  /** A flat list {@code [k1, v1, k2, v2...]} as key-value pairs. */
  static <K, V> Function<List<Reply>, List<KeyValue<K, V>>> flatPairs(
      Function<Reply, K> key, Function<Reply, V> value) {
    return items -> {
      if (items.size() % 2 != 0) {
        throw new RedisProtocolException("expected an even number of fields and values");
      }
      List<KeyValue<K, V>> out = new ArrayList<>(items.size() / 2);
      for (int i = 0; i < items.size(); i += 2) {
        out.add(new KeyValue<>(key.apply(items.get(i)), value.apply(items.get(i + 1))));
      }
      return out;
    };
  }

  /** A flat list {@code [m1, s1, m2, s2...]} as scored members. */
  static <V> Function<List<Reply>, List<ScoredValue<V>>> flatScored(Function<Reply, V> member) {
    return items -> {
      if (items.size() % 2 != 0) {
        throw new RedisProtocolException("expected an even number of members and scores");
      }
      List<ScoredValue<V>> out = new ArrayList<>(items.size() / 2);
      for (int i = 0; i < items.size(); i += 2) {
        out.add(
            new ScoredValue<>(member.apply(items.get(i)), Converters.decimal(items.get(i + 1))));
      }
      return out;
    };
  }

  /**
   * {@code HRANDFIELD ... WITHVALUES}: RESP2 flat {@code [f1, v1, ...]}, RESP3 pairs {@code [[f1,
   * v1], ...]}.
   */
  static <K, V> Function<Reply, List<KeyValue<K, V>>> pairs(
      Function<Reply, K> key, Function<Reply, V> value) {
    return r -> {
      List<Reply> items = ITEMS.apply(r);
      if (!items.isEmpty() && items.get(0) instanceof Reply.Array) {
        List<Reply> flat = new ArrayList<>(items.size() * 2);
        for (Reply pair : items) {
          List<Reply> p = ITEMS.apply(pair);
          if (p.size() != 2) {
            throw new RedisProtocolException("expected a [field, value] pair, got " + p.size());
          }
          flat.addAll(p);
        }
        items = flat;
      }
      return ResultConverters.<K, V>flatPairs(key, value).apply(items);
    };
  }

  /** The first scored member of {@code ZPOPMIN}/{@code ZPOPMAX} without count, or null. */
  static <V> Function<Reply, ScoredValue<V>> firstScored(Function<Reply, V> member) {
    Function<Reply, List<ScoredValue<V>>> all = Converters.scored(member);
    return r -> {
      List<ScoredValue<V>> list = all.apply(r);
      return list.isEmpty() ? null : list.get(0);
    };
  }

  /** {@code LMPOP}/{@code ZMPOP}: {@code null}, or {@code [key, [element...]]}. */
  static <K, V> Function<Reply, KeyValue<K, V>> keyAnd(
      Function<Reply, K> key, Function<Reply, V> elements) {
    return r -> {
      if (r == Reply.Null.INSTANCE) {
        return null;
      }
      List<Reply> items = ITEMS.apply(r);
      if (items.size() != 2) {
        throw new RedisProtocolException("expected [key, elements], got " + items.size());
      }
      return new KeyValue<>(key.apply(items.get(0)), elements.apply(items.get(1)));
    };
  }

  /**
   * {@code LCS ... IDX}: RESP2 {@code [matches, [...], len, n]} or a RESP3 map of the same; each
   * match {@code [[a0, a1], [b0, b1]]} or, with {@code WITHMATCHLEN}, {@code [[a0, a1], [b0, b1],
   * len]}.
   */
  static LcsResult lcs(Reply r) {
    List<Reply> fields;
    if (r instanceof Reply.MapReply m) {
      fields = new ArrayList<>();
      for (int i = 0; i < m.keys().size(); i++) {
        fields.add(m.keys().get(i));
        fields.add(m.values().get(i));
      }
    } else {
      fields = ITEMS.apply(r);
    }
    List<LcsResult.Match> matches = null;
    Long length = null;
    for (int i = 0; i + 1 < fields.size(); i += 2) {
      String name = Converters.string(fields.get(i));
      if ("matches".equals(name)) {
        matches = new ArrayList<>();
        for (Reply match : ITEMS.apply(fields.get(i + 1))) {
          matches.add(match(match));
        }
      } else if ("len".equals(name)) {
        length = Converters.integer(fields.get(i + 1));
      }
    }
    if (matches == null || length == null) {
      throw new RedisProtocolException("LCS IDX reply without matches or len: " + r);
    }
    return new LcsResult(matches, length);
  }

  private static LcsResult.Match match(Reply match) {
    List<Reply> m = ITEMS.apply(match);
    if (m.size() < 2) {
      throw new RedisProtocolException("LCS match with " + m.size() + " parts");
    }
    List<Reply> a = ITEMS.apply(m.get(0));
    List<Reply> b = ITEMS.apply(m.get(1));
    if (a.size() != 2 || b.size() != 2) {
      throw new RedisProtocolException("LCS match ranges must be [start, end]");
    }
    return new LcsResult.Match(
        Converters.integer(a.get(0)),
        Converters.integer(a.get(1)),
        Converters.integer(b.get(0)),
        Converters.integer(b.get(1)),
        m.size() > 2 ? Converters.integer(m.get(2)) : -1);
  }
}
