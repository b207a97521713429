package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import java.util.function.UnaryOperator;

/**
 * Where commands go: which node of a slot serves reads, and which address the client dials for one
 * the servers announce. Immutable and thread-safe (the remapper must be thread-safe too).
 *
 * @param readFrom where read-only commands go in cluster mode; default {@link ReadFrom#MASTER}
 * @param addressRemapper maps every address the servers announce ({@code CLUSTER SHARDS}, {@code
 *     MOVED}, {@code ASK}, Codis' registry) and the configured ones before connecting, for NAT or
 *     containers; default the identity. It need not be idempotent.
 */
public record RoutingOptions(ReadFrom readFrom, UnaryOperator<HostAndPort> addressRemapper) {

  /** Both components must be non-null. */
  public RoutingOptions {
    OptionChecks.notNull(readFrom, "readFrom");
    OptionChecks.notNull(addressRemapper, "addressRemapper");
  }

  /** Reads from masters, addresses as announced. */
  public static RoutingOptions defaults() {
    return new RoutingOptions(ReadFrom.MASTER, UnaryOperator.identity());
  }

  /** A copy with {@code readFrom} replaced, validated like the constructor. */
  public RoutingOptions withReadFrom(ReadFrom readFrom) {
    return new RoutingOptions(readFrom, addressRemapper);
  }

  /** A copy with {@code addressRemapper} replaced, validated like the constructor. */
  public RoutingOptions withAddressRemapper(UnaryOperator<HostAndPort> addressRemapper) {
    return new RoutingOptions(readFrom, addressRemapper);
  }
}
