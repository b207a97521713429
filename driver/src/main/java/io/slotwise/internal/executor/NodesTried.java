package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes a unit was sent to, in order and without immediate repeats, for the messages of its
 * exceptions: the first, then each further one — copied on write, since redirects are rare and the
 * first node is all that nearly every command records.
 *
 * <p>Written by one attempt at a time; read at any time (a deadline may fire concurrently), which
 * is why both fields are volatile and the list immutable.
 */
final class NodesTried {
  private volatile HostAndPort first;
  private volatile List<HostAndPort> later = List.of();

  void add(HostAndPort address) {
    HostAndPort head = first;
    if (head == null) {
      first = address;
      return;
    }
    List<HostAndPort> tail = later;
    HostAndPort last = tail.isEmpty() ? head : tail.get(tail.size() - 1);
    if (!last.equals(address)) {
      List<HostAndPort> more = new ArrayList<>(tail.size() + 1);
      more.addAll(tail);
      more.add(address);
      later = List.copyOf(more);
    }
  }

  /** {@code [a, b]}; {@code []} before the first attempt was sent. */
  @Override
  public String toString() {
    List<HostAndPort> all = new ArrayList<>();
    HostAndPort head = first;
    if (head != null) {
      all.add(head);
      all.addAll(later);
    }
    return all.toString();
  }
}
