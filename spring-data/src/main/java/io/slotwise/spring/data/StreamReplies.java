package io.slotwise.spring.data;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.ByteRecord;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.PendingMessagesSummary;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamRecords;

/**
 * Converts stream replies into Spring Data's stream types: entries ({@code [id, [field, value,
 * ...]]}) into {@link ByteRecord}s, {@code XREAD}'s per-stream lists (a RESP2 list of {@code
 * [stream, entries]} or a RESP3 map), {@code XPENDING}'s summary and detail forms, and {@code
 * XINFO}'s maps (RESP3) into the flat lists Spring Data's {@code StreamInfo} parses. Stateless.
 */
final class StreamReplies {
  private StreamReplies() {}

  static RecordId recordId(Object reply) {
    return reply == null ? null : RecordId.of(Replies.string(reply));
  }

  static List<RecordId> recordIds(Object reply) {
    return Replies.mapped(reply, StreamReplies::recordId);
  }

  /** The entries of one stream; entries a claim found deleted (nil) are left out. */
  static List<ByteRecord> records(byte[] stream, Object reply) {
    List<ByteRecord> out = new ArrayList<>();
    for (Object entry : Replies.list(reply)) {
      if (entry == null) {
        continue;
      }
      List<Object> parts = Replies.list(entry);
      if (parts.size() < 2 || parts.get(1) == null) {
        continue;
      }
      Map<byte[], byte[]> fields = Replies.byteMap(parts.get(1));
      out.add(
          StreamRecords.newRecord()
              .in(stream)
              .withId(RecordId.of(Replies.string(parts.get(0))))
              .ofBytes(fields));
    }
    return out;
  }

  /** {@code XREAD}/{@code XREADGROUP}: nil (nothing arrived), per-stream pairs, or a map. */
  static List<ByteRecord> read(Object reply) {
    List<ByteRecord> out = new ArrayList<>();
    if (reply == null) {
      return out;
    }
    if (reply instanceof Map<?, ?> byStream) {
      byStream.forEach((k, v) -> out.addAll(records(Replies.bytes(k), v)));
      return out;
    }
    for (Object pair : Replies.list(reply)) {
      List<Object> p = Replies.list(pair);
      out.addAll(records(Replies.bytes(p.get(0)), p.get(1)));
    }
    return out;
  }

  /** {@code XPENDING key group}: {@code [count, min id, max id, [[consumer, count]...]]}. */
  static PendingMessagesSummary summary(String group, Object reply) {
    List<Object> parts = Replies.list(reply);
    long total = Replies.toLong(parts.get(0));
    String min = Replies.string(parts.get(1));
    String max = Replies.string(parts.get(2));
    Map<String, Long> perConsumer = new LinkedHashMap<>();
    if (parts.size() > 3 && parts.get(3) != null) {
      Object consumers = parts.get(3);
      if (consumers instanceof Map<?, ?> m) {
        m.forEach((k, v) -> perConsumer.put(Replies.string(k), Replies.toLong(v)));
      } else {
        for (Object c : Replies.list(consumers)) {
          List<Object> cc = Replies.list(c);
          perConsumer.put(Replies.string(cc.get(0)), Replies.toLong(cc.get(1)));
        }
      }
    }
    Range<String> ids =
        min == null ? Range.unbounded() : Range.closed(min, max == null ? min : max);
    return new PendingMessagesSummary(group, total, ids, perConsumer);
  }

  /** {@code XPENDING key group start end count [consumer]}: {@code [id, consumer, idle, n]}s. */
  static PendingMessages pending(String group, Range<?> range, Object reply) {
    List<PendingMessage> out = new ArrayList<>();
    for (Object item : Replies.list(reply)) {
      List<Object> p = Replies.list(item);
      out.add(
          new PendingMessage(
              RecordId.of(Replies.string(p.get(0))),
              Consumer.from(group, Replies.string(p.get(1))),
              Duration.ofMillis(Replies.toLong(p.get(2))),
              Replies.toLong(p.get(3))));
    }
    return new PendingMessages(group, range, out);
  }

  /**
   * A RESP3 {@code XINFO} map as the flat key, value, key, value list RESP2 gives, nested maps
   * included; lists and scalars as they are.
   */
  static Object flat(Object reply) {
    if (reply instanceof Map<?, ?> m) {
      List<Object> out = new ArrayList<>(m.size() * 2);
      m.forEach(
          (k, v) -> {
            out.add(flat(k));
            out.add(flat(v));
          });
      return out;
    }
    if (reply instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(flat(o));
      }
      return out;
    }
    return reply;
  }

  @SuppressWarnings("unchecked")
  static List<Object> flatList(Object reply) {
    Object f = flat(reply);
    return f == null ? new ArrayList<>() : (List<Object>) f;
  }

  /** A stream id range as {@code XRANGE} words: {@code -}/{@code +} open, {@code (} exclusive. */
  static String bound(Range.Bound<?> bound, String unbounded) {
    if (bound == null || !bound.isBounded()) {
      return unbounded;
    }
    String value = String.valueOf(bound.getValue().get());
    return bound.isInclusive() ? value : "(" + value;
  }
}
