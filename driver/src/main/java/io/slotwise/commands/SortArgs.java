package io.slotwise.commands;

import io.slotwise.internal.command.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Options of {@code SORT} and {@code SORT_RO}: {@code BY pattern}, {@code LIMIT offset count},
 * {@code GET pattern} (repeatable, in order), {@code ASC}/{@code DESC} and {@code ALPHA}. The
 * destination of {@code SORT ... STORE} is a parameter of {@link RedisKeyCommands#sortStore}.
 * Immutable and thread-safe: every method returns a new instance.
 *
 * <pre>{@code
 * redis.sort("{u}ids", SortArgs.create().by("{u}weight_*").get("#").get("{u}name_*").desc());
 * }</pre>
 *
 * <p>In cluster mode a {@code BY} or {@code GET} pattern (other than {@code #} and a {@code BY}
 * without {@code *}, which does not sort) reads other keys, so it must carry a {@code {hash tag}}
 * without {@code *} that hashes to the sorted key's slot; the client refuses other patterns before
 * sending. Servers before the one that allowed such patterns (Redis 7.0 and 7.2 among them) refuse
 * every {@code BY} pattern with {@code *} and every {@code GET} in cluster mode; the client passes
 * those errors on as {@link io.slotwise.RedisServerException}.
 */
public final class SortArgs {
  private static final SortArgs NONE = new SortArgs(null, -1, -1, List.of(), false, false);

  private final String by;
  private final long offset;
  private final long count;
  private final List<String> get;
  private final boolean desc;
  private final boolean alpha;

  private SortArgs(
      String by, long offset, long count, List<String> get, boolean desc, boolean alpha) {
    this.by = by;
    this.offset = offset;
    this.count = count;
    this.get = get;
    this.desc = desc;
    this.alpha = alpha;
  }

  /** No options: numeric, ascending, every element. */
  public static SortArgs create() {
    return NONE;
  }

  /** {@code BY pattern}: sort by the values of other keys ({@code *} is the element). */
  public SortArgs by(String pattern) {
    Args.requireObject(pattern, "pattern");
    return new SortArgs(pattern, offset, count, get, desc, alpha);
  }

  /** {@code LIMIT offset count}: a page of the sorted result; {@code offset >= 0}. */
  public SortArgs limit(long offset, long count) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    return new SortArgs(by, offset, count, get, desc, alpha);
  }

  /** {@code GET pattern}: return the values of other keys ({@code #} is the element itself). */
  public SortArgs get(String pattern) {
    Args.requireObject(pattern, "pattern");
    List<String> more = new ArrayList<>(get);
    more.add(pattern);
    return new SortArgs(by, offset, count, List.copyOf(more), desc, alpha);
  }

  /** {@code ASC}: ascending (the default). */
  public SortArgs asc() {
    return new SortArgs(by, offset, count, get, false, alpha);
  }

  /** {@code DESC}: descending. */
  public SortArgs desc() {
    return new SortArgs(by, offset, count, get, true, alpha);
  }

  /** {@code ALPHA}: compare as strings, not numbers. */
  public SortArgs alpha() {
    return new SortArgs(by, offset, count, get, desc, true);
  }

  /** The {@code BY} pattern, or {@code null}. */
  public String byPattern() {
    return by;
  }

  /** The {@code LIMIT} offset, or -1 when there is no limit. */
  public long limitOffset() {
    return offset;
  }

  /** The {@code LIMIT} count, or -1 when there is no limit. */
  public long limitCount() {
    return count;
  }

  /** The {@code GET} patterns in order; empty when none. */
  public List<String> getPatterns() {
    return get;
  }

  /** Whether {@code DESC} is set. */
  public boolean isDesc() {
    return desc;
  }

  /** Whether {@code ALPHA} is set. */
  public boolean isAlpha() {
    return alpha;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SortArgs a
        && Objects.equals(by, a.by)
        && offset == a.offset
        && count == a.count
        && get.equals(a.get)
        && desc == a.desc
        && alpha == a.alpha;
  }

  @Override
  public int hashCode() {
    return Objects.hash(by, offset, count, get, desc, alpha);
  }

  @Override
  public String toString() {
    return "SortArgs[by="
        + by
        + " limit="
        + offset
        + ","
        + count
        + " get="
        + get
        + (desc ? " DESC" : "")
        + (alpha ? " ALPHA" : "")
        + "]";
  }
}
