package io.slotwise.internal.transport;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import java.util.ArrayList;
import java.util.List;

/**
 * The event-loop side of a {@link NettyNodeConnection}'s write path: the commands drained from its
 * {@link SubmissionQueue} and not yet written (the rest of a flush capped at {@link
 * #MAX_BYTES_PER_FLUSH}), and how they reach a session or fail.
 *
 * <p><b>Exception safety.</b> When a write throws (its buffer cannot be allocated), every command
 * of the batch fails as not written (so the retry loop may send it again), the batch is cleared and
 * the {@link Admission} counts are released: the next flush starts clean.
 *
 * <p>Confined to the connection's event loop.
 */
final class PendingWrites {
  /** Queue elements drained per flush: bounds one buffer and one loop turn under a flood. */
  static final int MAX_ELEMENTS_PER_FLUSH = 4096;

  /** Bytes one flush writes at most (unless one command is larger): bounds one direct buffer. */
  static final long MAX_BYTES_PER_FLUSH = 1 << 20;

  private final HostAndPort address;
  private final SubmissionQueue submitted;
  private final Admission admission;
  private final ArrayList<Outbound> batch = new ArrayList<>();

  PendingWrites(HostAndPort address, SubmissionQueue submitted, Admission admission) {
    this.address = address;
    this.submitted = submitted;
    this.admission = admission;
  }

  /** Whether commands wait to be written: in the batch or in the queue. */
  boolean hasMore() {
    return !batch.isEmpty() || !submitted.isEmpty();
  }

  /**
   * Writes the next commands through {@code session}, up to {@link #MAX_BYTES_PER_FLUSH} (the rest
   * stays for the next flush).
   *
   * @return how many commands were handled (written, or failed as not written)
   */
  int writeNext(ChannelSession session) {
    if (batch.isEmpty()) {
      submitted.drainTo(batch, MAX_ELEMENTS_PER_FLUSH);
      if (batch.isEmpty()) {
        return 0;
      }
    }
    int handled;
    try {
      handled = session.write(batch, MAX_BYTES_PER_FLUSH);
    } catch (RuntimeException | OutOfMemoryError e) {
      int n = batch.size();
      failBatch(
          new RedisConnectionException(
              "cannot write to " + address + ": " + e + "; " + n + " commands not sent", e));
      return n;
    }
    List<Outbound> done = batch.subList(0, handled);
    // Counted as queued until they are in the FIFO (or failed), so the bounds never undercount.
    admission.written(handled, bytesOf(done));
    done.clear();
    return handled;
  }

  /** Fails every command not written, as not written: the rest of the batch, then the queue. */
  void failAll(Throwable cause) {
    failBatch(cause);
    submitted.forEachRemoved(
        o -> {
          admission.dequeued(1, o.command().encodedLength());
          Delivery.failure(o, cause, false);
        });
  }

  private void failBatch(Throwable cause) {
    if (batch.isEmpty()) {
      return;
    }
    // A copy: a failure callback may send again, and must find the batch already cleared.
    List<Outbound> failed = new ArrayList<>(batch);
    batch.clear();
    admission.dequeued(failed.size(), bytesOf(failed));
    for (Outbound o : failed) {
      Delivery.failure(o, cause, false);
    }
  }

  private static long bytesOf(List<Outbound> commands) {
    long bytes = 0;
    for (Outbound o : commands) {
      bytes += o.command().encodedLength();
    }
    return bytes;
  }
}
