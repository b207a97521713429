package io.slotwise.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code XREAD} and {@code XREADGROUP}: {@code COUNT}, {@code BLOCK} and (for {@code
 * XREADGROUP} only) {@code NOACK}. With {@code BLOCK} the command runs on an exclusive connection,
 * as the other blocking commands do, and the call waits up to the command timeout plus the block
 * time ({@link Duration#ZERO} blocks forever). Immutable and thread-safe: every method returns a
 * new instance.
 *
 * <pre>{@code
 * redis.xread(XReadArgs.create().count(100).block(Duration.ofSeconds(5)), "events", "$");
 * }</pre>
 *
 * @param count the {@code COUNT}, or 0 for none
 * @param block the {@code BLOCK} time, or {@code null} for a non-blocking read
 * @param noAck whether {@code NOACK} is sent ({@code XREADGROUP} only)
 */
public record XReadArgs(long count, Duration block, boolean noAck) {
  private static final XReadArgs NONE = new XReadArgs(0, null, false);

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException for a negative count or block time
   */
  public XReadArgs {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    if (block != null && block.isNegative()) {
      throw new IllegalArgumentException("block must not be negative, got " + block);
    }
  }

  /** No options: every new entry, without blocking. */
  public static XReadArgs create() {
    return NONE;
  }

  /** At most {@code count} entries per stream ({@code COUNT}); must be {@code >= 1}. */
  public XReadArgs count(long count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    return new XReadArgs(count, block, noAck);
  }

  /**
   * Wait up to {@code timeout} (whole milliseconds) for entries ({@code BLOCK}); {@link
   * Duration#ZERO} waits forever.
   */
  public XReadArgs block(Duration timeout) {
    if (timeout == null) {
      throw new IllegalArgumentException("timeout must not be null");
    }
    return new XReadArgs(count, timeout, noAck);
  }

  /** {@code NOACK} ({@code XREADGROUP} only): entries are not added to the pending list. */
  public XReadArgs noack() {
    return new XReadArgs(count, block, true);
  }

  /** The words before {@code STREAMS}, e.g. {@code [COUNT, 10, BLOCK, 5000, NOACK]}. */
  public List<String> arguments() {
    List<String> words = new ArrayList<>(5);
    if (count > 0) {
      words.add("COUNT");
      words.add(Long.toString(count));
    }
    if (block != null) {
      words.add("BLOCK");
      // A non-zero block under 1 ms must not become BLOCK 0, which waits forever.
      long millis = block.isZero() ? 0 : Math.max(1, block.toMillis());
      words.add(Long.toString(millis));
    }
    if (noAck) {
      words.add("NOACK");
    }
    return words;
  }
}
