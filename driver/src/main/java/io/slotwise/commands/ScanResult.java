package io.slotwise.commands;

import io.slotwise.internal.command.Args;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of {@code SCAN}: the cursor to pass to the next call and the keys of this page.
 * Immutable and thread-safe (the {@code byte[]} keys of a binary scan are owned by the caller).
 *
 * <p>The cursor is opaque: pass it back unchanged. {@code "0"} means the scan is over. A page may
 * be empty while the scan is not finished; a key may appear more than once over a whole scan.
 *
 * @param cursor the cursor for the next call, {@code "0"} when the scan is over; never null
 * @param keys the keys of this page, never null
 * @param <V> {@code String} or {@code byte[]}
 */
public record ScanResult<V>(String cursor, List<V> keys) {
  /** The cursor that starts a scan, and that ends one. */
  public static final String START = "0";

  /**
   * Checks the cursor and freezes the keys.
   *
   * @throws IllegalArgumentException when {@code cursor} or {@code keys} is null
   */
  public ScanResult {
    Args.requireObject(cursor, "cursor");
    keys = Collections.unmodifiableList(new ArrayList<>(Args.requireObject(keys, "keys")));
  }

  /** Whether this was the last page ({@link #cursor()} is {@code "0"}). */
  public boolean isFinished() {
    return START.equals(cursor);
  }
}
