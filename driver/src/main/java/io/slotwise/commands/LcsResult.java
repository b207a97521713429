package io.slotwise.commands;

import java.util.List;

/**
 * The reply of {@code LCS ... IDX}: the matching ranges of the two strings, longest first as the
 * server lists them, and the length of the longest common subsequence. Immutable and thread-safe.
 *
 * @param matches the matches, never null
 * @param length the length of the longest common subsequence
 */
public record LcsResult(List<Match> matches, long length) {

  /** Freezes the matches. */
  public LcsResult {
    matches = List.copyOf(matches);
  }

  /**
   * One matching range: inclusive byte offsets in the first and in the second string. Immutable.
   *
   * @param firstStart where the match starts in the first string
   * @param firstEnd where it ends in the first string (inclusive)
   * @param secondStart where it starts in the second string
   * @param secondEnd where it ends in the second string (inclusive)
   * @param matchLength the match's length when {@code WITHMATCHLEN} was asked for, else -1
   */
  public record Match(
      long firstStart, long firstEnd, long secondStart, long secondEnd, long matchLength) {}
}
