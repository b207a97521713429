package io.slotwise.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One entry of {@code SLOWLOG GET}. Immutable and thread-safe.
 *
 * @param id the entry's unique, increasing id
 * @param timestamp when the command ran (second precision)
 * @param duration how long it ran (microsecond precision)
 * @param args the command and its arguments as logged (long ones shortened by the server)
 * @param clientAddress the client's {@code ip:port}
 * @param clientName the client's name, empty when it has none
 */
public record SlowlogEntry(
    long id,
    Instant timestamp,
    Duration duration,
    List<String> args,
    String clientAddress,
    String clientName) {

  /** Freezes the arguments. */
  public SlowlogEntry {
    args = List.copyOf(args);
  }
}
