package io.slotwise.internal.command;

import static io.slotwise.internal.command.ReplyShapes.integer;
import static io.slotwise.internal.command.ReplyShapes.items;
import static io.slotwise.internal.command.ReplyShapes.named;
import static io.slotwise.internal.command.ReplyShapes.nullableInteger;
import static io.slotwise.internal.command.ReplyShapes.text;
import static io.slotwise.internal.command.ReplyShapes.tuple;

import io.slotwise.commands.AutoClaimResult;
import io.slotwise.commands.PendingMessage;
import io.slotwise.commands.PendingSummary;
import io.slotwise.commands.StreamConsumerInfo;
import io.slotwise.commands.StreamEntry;
import io.slotwise.commands.StreamGroupInfo;
import io.slotwise.commands.StreamInfo;
import io.slotwise.commands.StreamMessages;
import io.slotwise.internal.protocol.Reply;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the replies of the stream commands into their records, in both protocol versions (RESP3
 * maps where RESP2 has flat arrays). Stateless and thread-safe.
 */
final class StreamConverters {
  private StreamConverters() {}

  static final Function<Reply, List<PendingMessage>> PENDING_MESSAGES =
      Converters.list(StreamConverters::pendingMessage);

  static final Function<Reply, List<StreamGroupInfo>> GROUPS =
      Converters.list(StreamConverters::groupInfo);

  static final Function<Reply, List<StreamConsumerInfo>> CONSUMERS =
      Converters.list(StreamConverters::consumerInfo);

  /** {@code [id, [field, value, ...]]}; a null field list (a deleted entry) gives no fields. */
  static <V> StreamEntry<V> entry(Reply r, Function<Reply, V> value) {
    List<Reply> p = tuple(r, 2, "an [id, fields] entry");
    List<Reply> flat = items(p.get(1));
    if (flat.size() % 2 != 0) {
      throw ReplyShapes.unexpected("an even number of fields and values", p.get(1));
    }
    List<Map.Entry<V, V>> fields = new ArrayList<>(flat.size() / 2);
    for (int i = 0; i < flat.size(); i += 2) {
      fields.add(
          new AbstractMap.SimpleImmutableEntry<>(
              value.apply(flat.get(i)), value.apply(flat.get(i + 1))));
    }
    return new StreamEntry<>(Converters.string(p.get(0)), fields);
  }

  /** A list of entries; null elements (Redis 6.2 {@code XAUTOCLAIM}) are left out. */
  static <V> Function<Reply, List<StreamEntry<V>>> entries(Function<Reply, V> value) {
    return r -> {
      List<StreamEntry<V>> out = new ArrayList<>();
      for (Reply item : items(r)) {
        if (item != Reply.Null.INSTANCE) {
          out.add(entry(item, value));
        }
      }
      return out;
    };
  }

  /**
   * {@code XREAD}/{@code XREADGROUP}: RESP3 map of stream → entries, RESP2 array of {@code [stream,
   * entries]}; a null reply (nothing arrived) gives an empty list.
   */
  static <V> Function<Reply, List<StreamMessages<V, V>>> messages(Function<Reply, V> text) {
    Function<Reply, List<StreamEntry<V>>> entries = entries(text);
    return r -> {
      List<StreamMessages<V, V>> out = new ArrayList<>();
      if (r instanceof Reply.MapReply m) {
        for (int i = 0; i < m.keys().size(); i++) {
          out.add(
              new StreamMessages<>(text.apply(m.keys().get(i)), entries.apply(m.values().get(i))));
        }
        return out;
      }
      for (Reply item : items(r)) {
        List<Reply> p = tuple(item, 2, "a [stream, entries] pair");
        out.add(new StreamMessages<>(text.apply(p.get(0)), entries.apply(p.get(1))));
      }
      return out;
    };
  }

  /** {@code [count, lowest, highest, [[consumer, count], ...]]}. */
  static PendingSummary pendingSummary(Reply r) {
    List<Reply> p = tuple(r, 4, "a [count, lowest, highest, consumers] summary");
    Map<String, Long> consumers = new LinkedHashMap<>();
    for (Reply c : items(p.get(3))) {
      List<Reply> pair = tuple(c, 2, "a [consumer, count] pair");
      consumers.put(Converters.string(pair.get(0)), Converters.integer(pair.get(1)));
    }
    return new PendingSummary(
        Converters.integer(p.get(0)),
        Converters.string(p.get(1)),
        Converters.string(p.get(2)),
        consumers);
  }

  private static PendingMessage pendingMessage(Reply r) {
    List<Reply> p = tuple(r, 4, "an [id, consumer, idle, deliveries] entry");
    return new PendingMessage(
        Converters.string(p.get(0)),
        Converters.string(p.get(1)),
        Converters.integer(p.get(2)),
        Converters.integer(p.get(3)));
  }

  /** {@code [next, entries]} (Redis 6.2) or {@code [next, entries, deleted ids]} (Redis 7). */
  static <V> Function<Reply, AutoClaimResult<V>> autoClaim(Function<Reply, V> value) {
    Function<Reply, List<StreamEntry<V>>> entries = entries(value);
    return r -> {
      List<Reply> p = items(r);
      if (p.size() != 2 && p.size() != 3) {
        throw ReplyShapes.unexpected("a [next, entries, deleted] reply", r);
      }
      List<String> deleted = p.size() == 3 ? Converters.STRING_LIST.apply(p.get(2)) : List.of();
      return new AutoClaimResult<>(Converters.string(p.get(0)), entries.apply(p.get(1)), deleted);
    };
  }

  static <V> Function<Reply, StreamInfo<V>> streamInfo(Function<Reply, V> value) {
    return r -> {
      Map<String, Reply> f = named(r);
      return new StreamInfo<>(
          integer(f, "length"),
          integer(f, "radix-tree-keys"),
          integer(f, "radix-tree-nodes"),
          integer(f, "groups"),
          text(f, "last-generated-id"),
          text(f, "max-deleted-entry-id"),
          nullableInteger(f, "entries-added"),
          text(f, "recorded-first-entry-id"),
          optionalEntry(f.get("first-entry"), value),
          optionalEntry(f.get("last-entry"), value));
    };
  }

  private static <V> StreamEntry<V> optionalEntry(Reply r, Function<Reply, V> value) {
    return r == null || r == Reply.Null.INSTANCE ? null : entry(r, value);
  }

  private static StreamGroupInfo groupInfo(Reply r) {
    Map<String, Reply> f = named(r);
    return new StreamGroupInfo(
        text(f, "name"),
        integer(f, "consumers"),
        integer(f, "pending"),
        text(f, "last-delivered-id"),
        nullableInteger(f, "entries-read"),
        nullableInteger(f, "lag"));
  }

  private static StreamConsumerInfo consumerInfo(Reply r) {
    Map<String, Reply> f = named(r);
    return new StreamConsumerInfo(
        text(f, "name"), integer(f, "pending"), integer(f, "idle"), nullableInteger(f, "inactive"));
  }
}
