package io.slotwise.internal.command;

import io.slotwise.commands.ScanResult;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy iterator over a cluster-wide {@code SCAN}: it asks for the next page (one {@code SCAN} on
 * one master, through the composite cursor of {@link ScanCursor}) only when the previous page is
 * used up, and ends when the cursor comes back to {@code "0"}. Inherits the cursor's guarantees: a
 * key present during the whole scan is returned at least once, also across a failover (a
 * failed-over node's part restarts on its successor, so keys may repeat).
 *
 * <p>Not thread-safe (one consumer); holds no connection, so nothing needs closing. Each page is
 * one blocking command; its failures surface from {@link #hasNext()} as the command's exception.
 */
public final class ScanIterator<V> implements Iterator<V> {
  private final Function<String, ScanResult<V>> page;
  private String cursor = ScanResult.START;
  private boolean started;
  private Iterator<V> current = java.util.Collections.emptyIterator();

  ScanIterator(Function<String, ScanResult<V>> page) {
    this.page = page;
  }

  static <V> Iterable<V> iterable(Function<String, ScanResult<V>> page) {
    return () -> new ScanIterator<>(page);
  }

  static <V> Stream<V> stream(Function<String, ScanResult<V>> page) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new ScanIterator<>(page), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (started && cursor.equals(ScanResult.START)) {
        return false;
      }
      ScanResult<V> next = page.apply(cursor);
      started = true;
      cursor = next.cursor();
      current = next.keys().iterator();
    }
    return true;
  }

  @Override
  public V next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the scan is finished");
    }
    return current.next();
  }

  /** The cursor of the next page ({@code "0"} before the first page and after the last). */
  String cursor() {
    return cursor;
  }
}
