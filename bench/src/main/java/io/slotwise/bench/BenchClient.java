package io.slotwise.bench;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The operations every workload needs, implemented once per client under test. Implementations are
 * thread-safe for {@link #set}, {@link #get} and the async calls; {@link #pipeline} and {@link
 * #mget} are called from one thread. The caller closes the client.
 */
interface BenchClient extends AutoCloseable {

  /** Short name as used on the command line ({@code slotwise}, {@code lettuce}, ...). */
  String name();

  void set(byte[] key, byte[] value);

  byte[] get(byte[] key);

  /** False when the client has no async API: the {@code async} workload is then skipped. */
  boolean supportsAsync();

  CompletionStage<?> getAsync(byte[] key);

  CompletionStage<?> setAsync(byte[] key, byte[] value);

  /**
   * Sends {@code keys.length} commands as one batch (even indexes SET {@code value}, odd indexes
   * GET) and waits for every reply.
   *
   * @return the number of replies received
   */
  int pipeline(byte[][] keys, byte[] value);

  /** The values of {@code keys} (any slots), in order. */
  List<byte[]> mget(byte[][] keys);

  @Override
  void close();
}
