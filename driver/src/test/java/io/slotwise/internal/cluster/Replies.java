package io.slotwise.internal.cluster;

import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-built replies for fixtures: RESP2 and RESP3 shapes. */
public final class Replies {
  private Replies() {}

  static Reply bulk(String s) {
    return new Reply.Bulk(s.getBytes(StandardCharsets.UTF_8));
  }

  static Reply integer(long n) {
    return new Reply.Int(n);
  }

  static Reply array(Reply... items) {
    return new Reply.Array(List.of(items));
  }

  /** Alternating key (String → bulk) and value (String → bulk, Long/Integer → int, Reply). */
  static Reply flat(Object... kv) {
    List<Reply> items = new ArrayList<>();
    for (Object o : kv) {
      items.add(of(o));
    }
    return new Reply.Array(items);
  }

  /** The same content as {@link #flat} as a RESP3 map. */
  static Reply map(Object... kv) {
    List<Reply> keys = new ArrayList<>();
    List<Reply> values = new ArrayList<>();
    for (int i = 0; i < kv.length; i += 2) {
      keys.add(of(kv[i]));
      values.add(of(kv[i + 1]));
    }
    return new Reply.MapReply(keys, values);
  }

  static Reply of(Object o) {
    if (o instanceof Reply r) {
      return r;
    }
    if (o instanceof String s) {
      return bulk(s);
    }
    if (o instanceof Number n) {
      return integer(n.longValue());
    }
    throw new IllegalArgumentException("cannot make a reply of " + o);
  }
}
