package io.slotwise.internal.command;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import io.slotwise.commands.ScanResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The composite cursor of a cluster-wide {@code SCAN}: which masters are done, which one is being
 * scanned, and that master's own cursor. Immutable and thread-safe; pure (no I/O), so unit-tested.
 *
 * <p><b>Format</b> (opaque to users, but stable and readable in logs): the addresses of the masters
 * already finished, then the address of the master being scanned, separated by commas, then
 * {@code @} and that master's own cursor, e.g. {@code 127.0.0.1:7000@1234} (first master, its
 * cursor 1234) or {@code 127.0.0.1:7000,127.0.0.1:7001@0} (the first master done, the second one
 * starting). {@code "0"} alone starts a scan and ends one.
 *
 * <p><b>Order and topology changes</b>: masters are visited in the order of their addresses (host
 * text, then port), each from its cursor 0 until it answers 0. Each call re-reads the current
 * master list, and the next master is the first one, in that order, that is not listed as done. So
 * a master that joined during the scan (a failed-over replica, a new node) is scanned in full when
 * its turn comes; a cursor naming a master that is no longer a master (failed over, removed)
 * restarts that node's part: the scan goes on, from cursor 0, with the first master not yet done,
 * which includes the replica promoted in its place. Keys may then be returned twice, never skipped
 * for that reason. Keys moved between masters by resharding during a scan may be missed or
 * repeated, like keys changed during a single node's {@code SCAN}.
 */
public final class ScanCursor {
  /** Masters in the order a scan visits them. */
  static final Comparator<HostAndPort> ORDER =
      Comparator.comparing(HostAndPort::host).thenComparingInt(HostAndPort::port);

  private final List<HostAndPort> done;
  private final HostAndPort node;
  private final String nodeCursor;

  private ScanCursor(List<HostAndPort> done, HostAndPort node, String nodeCursor) {
    this.done = List.copyOf(done);
    this.node = node;
    this.nodeCursor = nodeCursor;
  }

  /**
   * The position a cursor names, re-anchored on the current masters: {@code null} when the scan is
   * over (no master left that is not done).
   *
   * @throws IllegalArgumentException naming {@code cursor} when it is not a cursor of this format
   */
  static ScanCursor resume(String cursor, List<HostAndPort> masters) {
    ScanCursor parsed = parse(cursor);
    if (parsed == null) {
      return firstNotDone(List.of(), masters);
    }
    if (masters.contains(parsed.node)) {
      return parsed;
    }
    return firstNotDone(parsed.done, masters);
  }

  /** The cursor text, or {@code null} for {@code "0"} (a fresh scan). */
  static ScanCursor parse(String cursor) {
    Args.requireObject(cursor, "cursor");
    if (cursor.equals(ScanResult.START)) {
      return null;
    }
    int at = cursor.lastIndexOf('@');
    if (at <= 0) {
      throw invalid(cursor, "no '@'");
    }
    String own = cursor.substring(at + 1);
    if (!isUnsigned(own)) {
      throw invalid(cursor, "the node cursor '" + own + "' is not an unsigned number");
    }
    String[] addresses = cursor.substring(0, at).split(",", -1);
    List<HostAndPort> done = new ArrayList<>(addresses.length - 1);
    try {
      for (int i = 0; i < addresses.length - 1; i++) {
        done.add(HostAndPort.parse(addresses[i]));
      }
      return new ScanCursor(done, HostAndPort.parse(addresses[addresses.length - 1]), own);
    } catch (IllegalArgumentException e) {
      throw invalid(cursor, e.getMessage());
    }
  }

  /**
   * The cursor to hand back after {@link #node()} answered {@code next}: the same node while it has
   * more, else the next master not done, else {@code "0"}.
   */
  String advance(String next, List<HostAndPort> masters) {
    if (!isUnsigned(next)) {
      throw new RedisProtocolException("SCAN answered a cursor that is not a number: " + next);
    }
    if (!next.equals(ScanResult.START)) {
      return new ScanCursor(done, node, next).format();
    }
    List<HostAndPort> finished = new ArrayList<>(done.size() + 1);
    for (HostAndPort d : done) {
      if (masters.contains(d)) {
        finished.add(d);
      }
    }
    finished.add(node);
    ScanCursor following = firstNotDone(finished, masters);
    return following == null ? ScanResult.START : following.format();
  }

  private static ScanCursor firstNotDone(List<HostAndPort> done, List<HostAndPort> masters) {
    HostAndPort best = null;
    for (HostAndPort m : masters) {
      if (!done.contains(m) && (best == null || ORDER.compare(m, best) < 0)) {
        best = m;
      }
    }
    return best == null ? null : new ScanCursor(done, best, ScanResult.START);
  }

  String format() {
    StringBuilder sb = new StringBuilder();
    for (HostAndPort d : done) {
      sb.append(d).append(',');
    }
    return sb.append(node).append('@').append(nodeCursor).toString();
  }

  /** The master to send {@code SCAN} to. */
  HostAndPort node() {
    return node;
  }

  /** That master's own cursor. */
  String nodeCursor() {
    return nodeCursor;
  }

  /** Masters already finished. */
  List<HostAndPort> done() {
    return done;
  }

  /** Whether {@code s} is a cursor a single server accepts: an unsigned decimal number. */
  static boolean isUnsigned(String s) {
    if (s.isEmpty() || s.length() > 20) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static IllegalArgumentException invalid(String cursor, String why) {
    return new IllegalArgumentException(
        "cursor must be \"0\" or a cursor returned by scan, got '" + cursor + "': " + why);
  }

  @Override
  public String toString() {
    return format();
  }
}
