package io.slotwise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@link SlotwiseClient#transaction} returned: the replies of the queued commands in the order
 * they were queued, or, when a watched key changed before {@code EXEC} ran, nothing ({@link
 * #wasDiscarded()}).
 *
 * <p>A command that failed inside a committed transaction (e.g. {@code WRONGTYPE}) does not fail
 * the others: its slot holds the {@link RedisServerException}, which {@link #get(int)} throws.
 * Immutable and thread-safe.
 */
public final class TransactionResult {
  private final List<Object> values;
  private final boolean discarded;
  private final int attempts;

  private TransactionResult(List<Object> values, boolean discarded, int attempts) {
    this.values = values;
    this.discarded = discarded;
    this.attempts = attempts;
  }

  /**
   * The result of a transaction that {@code EXEC} ran. Built by the client; public so that code
   * consuming results can be tested without a server.
   *
   * @param values the replies in queuing order, a failed command's entry being its {@link
   *     RedisServerException}; copied
   * @param attempts how many times the transaction was sent
   */
  public static TransactionResult committed(List<Object> values, int attempts) {
    return new TransactionResult(
        Collections.unmodifiableList(new ArrayList<>(values)), false, attempts);
  }

  /**
   * The result of a transaction that {@code EXEC} discarded because a watched key changed. Built by
   * the client; public so that code consuming results can be tested without a server.
   *
   * @param attempts how many times the transaction was sent
   */
  public static TransactionResult discarded(int attempts) {
    return new TransactionResult(List.of(), true, attempts);
  }

  /**
   * Whether {@code EXEC} ran nothing because a watched key was changed by another connection after
   * {@code WATCH} ({@code EXEC} answered null). The caller decides whether to try again.
   */
  public boolean wasDiscarded() {
    return discarded;
  }

  /** Same as {@link #wasDiscarded()}. */
  public boolean aborted() {
    return discarded;
  }

  /** How many times the transaction was sent (more than 1 after a {@code MOVED} before EXEC). */
  public int attempts() {
    return attempts;
  }

  /** The number of replies: one per queued command (0 when discarded). */
  public int size() {
    return values.size();
  }

  /**
   * The reply of the {@code index}-th queued command, typed as the queuing method returned it
   * ({@code String} for {@code set}, {@code Long} for {@code incr}...).
   *
   * @throws RedisServerException when that command failed inside the transaction
   * @throws IndexOutOfBoundsException when there is no such command (or the transaction was
   *     discarded)
   */
  @SuppressWarnings("unchecked")
  public <T> T get(int index) {
    Object value = values.get(index);
    if (value instanceof RedisServerException e) {
      throw e;
    }
    return (T) value;
  }

  /** Every reply in order; failed commands appear as their {@link RedisServerException}. */
  public List<Object> values() {
    return values;
  }

  @Override
  public String toString() {
    return discarded
        ? "TransactionResult{discarded, attempts=" + attempts + "}"
        : "TransactionResult{" + values + ", attempts=" + attempts + "}";
  }
}
