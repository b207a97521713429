package io.slotwise;

import java.util.Map;

/**
 * A snapshot of a client's own counters since it was created. Immutable.
 *
 * @param moved {@code MOVED} redirects followed
 * @param asked {@code ASK} redirects followed
 * @param timeouts commands that failed their deadline
 * @param failed commands that reached the application as an exception (timeouts included)
 * @param retriesByCause retries per cause: {@code tryagain}, {@code clusterdown}, {@code loading},
 *     {@code readonly}, {@code connection}, {@code no_route}
 */
public record SlotwiseStats(
    long moved, long asked, long timeouts, long failed, Map<String, Long> retriesByCause) {
  /**
   * Freezes {@code retriesByCause}.
   *
   * @throws NullPointerException when {@code retriesByCause} is null or holds a null
   */
  public SlotwiseStats {
    retriesByCause = Map.copyOf(retriesByCause);
  }

  /** All retries, whatever the cause. */
  public long retries() {
    return retriesByCause.values().stream().mapToLong(Long::longValue).sum();
  }
}
