package io.slotwise.internal.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The aggregates a {@link RespDecoder} is filling, innermost on top. Each level counts the elements
 * still missing and collects the finished ones; a level completes when its count reaches zero and
 * is then handed to the level below. RESP3 attributes ({@code |}) are counted but not kept. Not
 * thread-safe; owned by one decoder.
 */
public final class AggregateStack {
  private Level[] levels = new Level[8];
  private int depth;

  /** How many aggregates are open. */
  int depth() {
    return depth;
  }

  /**
   * Opens an aggregate of type {@code type} awaiting {@code elements} values (twice the entry count
   * for maps and attributes), its lists pre-sized to {@code presize}.
   */
  void push(byte type, long elements, int presize) {
    if (depth == levels.length) {
      levels = Arrays.copyOf(levels, depth * 2);
    }
    levels[depth++] = new Level(type, elements, presize);
  }

  /**
   * Adds a finished value to the innermost open aggregate, closing every aggregate it completes.
   * Returns the completed top-level reply, or {@code null} while one is still open (or when the
   * value completed an attribute, which is dropped).
   */
  Reply add(Reply value) {
    Reply reply = value;
    while (depth > 0) {
      Level top = levels[depth - 1];
      top.add(reply);
      if (top.remaining > 0) {
        return null;
      }
      levels[--depth] = null;
      reply = top.build();
      if (reply == null) {
        return null;
      }
    }
    return reply;
  }

  /** The reply for an aggregate of {@code type} with no elements; {@code null} for attributes. */
  static Reply empty(byte type) {
    return switch (type) {
      case '*' -> new Reply.Array(List.of());
      case '%' -> new Reply.MapReply(List.of(), List.of());
      case '~' -> new Reply.SetReply(List.of());
      case '>' -> new Reply.Push(List.of());
      default -> null;
    };
  }

  private static final class Level {
    final byte type;
    long remaining;

    /** Elements, or keys of a map; {@code null} for an attribute. */
    final List<Reply> items;

    /** Values of a map, else {@code null}. */
    final List<Reply> values;

    Level(byte type, long elements, int presize) {
      this.type = type;
      this.remaining = elements;
      this.items = type == '|' ? null : new ArrayList<>(presize);
      this.values = type == '%' ? new ArrayList<>(presize) : null;
    }

    void add(Reply value) {
      if (items != null) {
        // A map alternates key (remaining even) and value (remaining odd).
        if (values != null && (remaining & 1) == 1) {
          values.add(value);
        } else {
          items.add(value);
        }
      }
      remaining--;
    }

    Reply build() {
      return switch (type) {
        case '*' -> new Reply.Array(Collections.unmodifiableList(items));
        case '%' ->
            new Reply.MapReply(
                Collections.unmodifiableList(items), Collections.unmodifiableList(values));
        case '~' -> new Reply.SetReply(Collections.unmodifiableList(items));
        case '>' -> new Reply.Push(Collections.unmodifiableList(items));
        default -> null;
      };
    }
  }
}
