package io.slotwise.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code XCLAIM}: {@code IDLE ms} or {@code TIME unix-ms} (the idle time to set), {@code
 * RETRYCOUNT n}, {@code FORCE}, {@code LASTID id}. {@code JUSTID} is chosen by calling {@code
 * xclaimJustId} instead of {@code xclaim}. Immutable and thread-safe: every method returns a new
 * instance.
 *
 * @param idleMillis the {@code IDLE} to set, or -1 for none
 * @param timeMillis the {@code TIME} to set, or -1 for none
 * @param retryCount the {@code RETRYCOUNT} to set, or -1 for none
 * @param forced whether {@code FORCE} is sent
 * @param lastId the {@code LASTID}, or {@code null} for none
 */
public record XClaimArgs(
    long idleMillis, long timeMillis, long retryCount, boolean forced, String lastId) {
  private static final XClaimArgs NONE = new XClaimArgs(-1, -1, -1, false, null);

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException when both {@code IDLE} and {@code TIME} are set
   */
  public XClaimArgs {
    if (idleMillis >= 0 && timeMillis >= 0) {
      throw new IllegalArgumentException("XCLAIM options IDLE and TIME conflict: choose one");
    }
  }

  /** No options. */
  public static XClaimArgs create() {
    return NONE;
  }

  /** {@code IDLE ms}; must be {@code >= 0}. */
  public XClaimArgs idle(long millis) {
    return new XClaimArgs(nonNegative(millis, "idle"), timeMillis, retryCount, forced, lastId);
  }

  /** {@code TIME unix-ms}; must be {@code >= 0}. */
  public XClaimArgs time(long unixMillis) {
    return new XClaimArgs(idleMillis, nonNegative(unixMillis, "time"), retryCount, forced, lastId);
  }

  /** {@code RETRYCOUNT n}; must be {@code >= 0}. */
  public XClaimArgs retryCount(long n) {
    return new XClaimArgs(idleMillis, timeMillis, nonNegative(n, "retryCount"), forced, lastId);
  }

  /** {@code FORCE}: claim ids that are not pending (they must exist in the stream). */
  public XClaimArgs force() {
    return new XClaimArgs(idleMillis, timeMillis, retryCount, true, lastId);
  }

  /** {@code LASTID id}. */
  public XClaimArgs lastId(String id) {
    if (id == null) {
      throw new IllegalArgumentException("id must not be null");
    }
    return new XClaimArgs(idleMillis, timeMillis, retryCount, forced, id);
  }

  private static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }

  /** The words after the ids, e.g. {@code [IDLE, 0, RETRYCOUNT, 2, FORCE]}. */
  public List<String> arguments() {
    List<String> words = new ArrayList<>(8);
    if (idleMillis >= 0) {
      words.add("IDLE");
      words.add(Long.toString(idleMillis));
    }
    if (timeMillis >= 0) {
      words.add("TIME");
      words.add(Long.toString(timeMillis));
    }
    if (retryCount >= 0) {
      words.add("RETRYCOUNT");
      words.add(Long.toString(retryCount));
    }
    if (forced) {
      words.add("FORCE");
    }
    if (lastId != null) {
      words.add("LASTID");
      words.add(lastId);
    }
    return words;
  }
}
