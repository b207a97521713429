package io.slotwise.internal.cluster;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.cluster.MigrationListener;
import io.slotwise.cluster.MigrationProgress;
import io.slotwise.cluster.SlotMigrationException;
import io.slotwise.cluster.SlotMigrator;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves every key of one slot from its source to its target with {@code CLUSTER GETKEYSINSLOT} and
 * {@code MIGRATE ... KEYS}, one batch at a time, until the source holds none. Used by {@link
 * SlotMigrator}; not thread-safe (the migrator runs one slot at a time).
 *
 * <p>Retries: {@code IOERR} (the transfer broke: a key may now be on both nodes or only on the
 * source, never lost), {@code TRYAGAIN}, {@code LOADING}, {@code CLUSTERDOWN}, {@code MASTERDOWN},
 * a timeout and a broken connection are retried with capped exponential backoff, up to {@code
 * maxAttempts} per batch. Retrying is safe: keys already moved are no longer on the source and
 * {@code MIGRATE} skips them.
 *
 * <p>{@code BUSYKEY} (a key of the batch already exists on the target): see {@link
 * SlotMigrator.BusyKeyPolicy}. With the default policy the migrator compares the two copies ({@code
 * DUMP} on the source, {@code ASKING}+{@code DUMP} on the target) and retries the batch with {@code
 * REPLACE} only when every such key is identical on both nodes or may have been copied by this
 * migrator's own broken transfer ({@code IOERR}, timeout); any other conflict fails the slot with
 * the keys named, and the slot stays open for a human to decide.
 */
public final class SlotMigratorKeyMover {
  private static final Logger log = LoggerFactory.getLogger(SlotMigratorKeyMover.class);
  private static final Duration MIN_BACKOFF = Duration.ofMillis(10);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
  private static final int KEYS_NAMED_IN_ERRORS = 5;

  private final SlotMigratorLink link;
  private final int batchSize;
  private final Duration migrateTimeout;
  private final int maxAttempts;
  private final SlotMigrator.BusyKeyPolicy busyKeyPolicy;
  private final String username;
  private final String password;

  public SlotMigratorKeyMover(
      SlotMigratorLink link,
      int batchSize,
      Duration migrateTimeout,
      int maxAttempts,
      SlotMigrator.BusyKeyPolicy busyKeyPolicy,
      String username,
      String password) {
    this.link = link;
    this.batchSize = batchSize;
    this.migrateTimeout = migrateTimeout;
    this.maxAttempts = maxAttempts;
    this.busyKeyPolicy = busyKeyPolicy;
    this.username = username;
    this.password = password;
  }

  /**
   * Moves the slot's keys in batches; reports progress after each batch.
   *
   * @return the number of keys the source gave up in this call
   */
  long moveAll(int slot, HostAndPort source, HostAndPort target, MigrationListener listener) {
    long moved = 0;
    long previousLeft = Long.MAX_VALUE;
    int roundsWithoutProgress = 0;
    Set<ByteBuffer> maybeCopied = new HashSet<>();
    while (true) {
      List<byte[]> keys = keysInSlot(slot, source, target);
      if (keys.isEmpty()) {
        return moved;
      }
      migrateBatch(slot, source, target, keys, maybeCopied);
      moved += keys.size();
      long left = countKeys(slot, source, target);
      // no key of a migrating slot can appear on the source, so the count must fall each round
      roundsWithoutProgress = left < previousLeft ? 0 : roundsWithoutProgress + 1;
      if (roundsWithoutProgress >= maxAttempts) {
        throw failure(
            slot,
            source,
            target,
            "MIGRATE succeeds but the source still holds " + left + " keys; giving up");
      }
      previousLeft = left;
      SlotMigratorSteps.notify(
          listener,
          new MigrationProgress(slot, source, target, moved, left, false),
          source,
          target);
    }
  }

  long countKeys(int slot, HostAndPort source, HostAndPort target) {
    Reply r = link.call(source, "CLUSTER", "COUNTKEYSINSLOT", Integer.toString(slot));
    if (r instanceof Reply.Int n) {
      return n.value();
    }
    throw failure(slot, source, target, "CLUSTER COUNTKEYSINSLOT answered " + r);
  }

  private List<byte[]> keysInSlot(int slot, HostAndPort source, HostAndPort target) {
    Reply r =
        link.call(
            source,
            "CLUSTER",
            "GETKEYSINSLOT",
            Integer.toString(slot),
            Integer.toString(batchSize));
    if (!(r instanceof Reply.Array a)) {
      throw failure(slot, source, target, "CLUSTER GETKEYSINSLOT on " + source + " answered " + r);
    }
    List<byte[]> keys = new ArrayList<>(a.items().size());
    for (Reply item : a.items()) {
      if (!(item instanceof Reply.Bulk b)) {
        throw failure(slot, source, target, "CLUSTER GETKEYSINSLOT gave a non-key " + item);
      }
      keys.add(b.value());
    }
    return keys;
  }

  private void migrateBatch(
      int slot,
      HostAndPort source,
      HostAndPort target,
      List<byte[]> keys,
      Set<ByteBuffer> maybeCopied) {
    boolean replace = busyKeyPolicy == SlotMigrator.BusyKeyPolicy.REPLACE;
    String lastError = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      Reply reply;
      try {
        reply =
            link.call(
                source,
                migrateCommand(target, keys, replace),
                migrateTimeout.plus(link.commandTimeout()));
      } catch (RedisConnectionException | RedisTimeoutException e) {
        // written or not, the transfer may have restored some keys on the target already
        remember(maybeCopied, keys);
        lastError = e.getMessage();
        log.warn(
            "slot {}: MIGRATE {} -> {} attempt {}: {}", slot, source, target, attempt, lastError);
        backoff(attempt, slot, source, target);
        continue;
      }
      if (!(reply instanceof Reply.Error err)) {
        return; // OK, or NOKEY when every key of the batch is gone from the source meanwhile
      }
      String msg = err.message();
      lastError = msg;
      if (msg.contains("BUSYKEY") && !replace) {
        checkBusyKeysReplaceable(slot, source, target, keys, maybeCopied);
        log.info(
            "slot {}: {} on {}; the copies may be replaced, retrying with REPLACE",
            slot,
            msg,
            target);
        replace = true;
        continue;
      }
      String code = err.code();
      if (code.equals("IOERR")) {
        remember(maybeCopied, keys);
      } else if (!code.equals("TRYAGAIN")
          && !code.equals("LOADING")
          && !code.equals("CLUSTERDOWN")
          && !code.equals("MASTERDOWN")) {
        throw failure(slot, source, target, "MIGRATE refused: " + msg);
      }
      log.warn(
          "slot {}: MIGRATE {} -> {} attempt {} failed: {}", slot, source, target, attempt, msg);
      backoff(attempt, slot, source, target);
    }
    throw failure(
        slot,
        source,
        target,
        "MIGRATE of " + keys.size() + " keys failed " + maxAttempts + " times; last: " + lastError);
  }

  /**
   * Decides whether {@code REPLACE} may overwrite the target's copies of the batch's keys: only
   * copies identical to the source's, or copies this migrator may have made itself, unless the
   * policy is {@code REPLACE}. Throws naming the conflicting keys otherwise.
   */
  private void checkBusyKeysReplaceable(
      int slot,
      HostAndPort source,
      HostAndPort target,
      List<byte[]> keys,
      Set<ByteBuffer> maybeCopied) {
    List<String> conflicts = new ArrayList<>();
    for (byte[] key : keys) {
      Command dump = Command.of("DUMP", new byte[][] {bytes("DUMP"), key}, new int[] {1}, true);
      byte[] onTarget = payload(link.callAsking(target, dump));
      if (onTarget == null || maybeCopied.contains(ByteBuffer.wrap(key))) {
        continue;
      }
      byte[] onSource = payload(link.call(source, dump, link.commandTimeout()));
      if (onSource != null && !Arrays.equals(onSource, onTarget)) {
        conflicts.add(new String(key, StandardCharsets.UTF_8));
      }
    }
    if (!conflicts.isEmpty()) {
      throw failure(
          slot,
          source,
          target,
          conflicts.size()
              + " key(s) exist on both nodes with different values, e.g. "
              + conflicts.subList(0, Math.min(KEYS_NAMED_IN_ERRORS, conflicts.size()))
              + "; the source's copy is the one clients were served, but the migrator does not"
              + " overwrite data it did not copy itself: compare them by hand, or migrate with"
              + " BusyKeyPolicy.REPLACE; the slot stays open until repairOpenSlots() finishes it");
    }
  }

  private static byte[] payload(Reply r) {
    return r instanceof Reply.Bulk b ? b.value() : null;
  }

  private Command migrateCommand(HostAndPort target, List<byte[]> keys, boolean replace) {
    List<byte[]> args = new ArrayList<>(keys.size() + 12);
    args.add(bytes("MIGRATE"));
    args.add(bytes(target.host()));
    args.add(bytes(Integer.toString(target.port())));
    args.add(new byte[0]);
    args.add(bytes("0"));
    args.add(bytes(Long.toString(migrateTimeout.toMillis())));
    if (replace) {
      args.add(bytes("REPLACE"));
    }
    if (password != null && username != null) {
      args.add(bytes("AUTH2"));
      args.add(bytes(username));
      args.add(bytes(password));
    } else if (password != null) {
      args.add(bytes("AUTH"));
      args.add(bytes(password));
    }
    args.add(bytes("KEYS"));
    int[] keyIndexes = new int[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      keyIndexes[i] = args.size();
      args.add(keys.get(i));
    }
    return Command.of("MIGRATE", args.toArray(new byte[0][]), keyIndexes, false);
  }

  private static void remember(Set<ByteBuffer> maybeCopied, List<byte[]> keys) {
    for (byte[] k : keys) {
      maybeCopied.add(ByteBuffer.wrap(k));
    }
  }

  private static void backoff(int attempt, int slot, HostAndPort source, HostAndPort target) {
    long delay =
        Math.min(MAX_BACKOFF.toMillis(), MIN_BACKOFF.toMillis() << Math.min(attempt - 1, 16));
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlotMigrationException(
          "interrupted while retrying MIGRATE", slot, source, target, e);
    }
  }

  private static SlotMigrationException failure(
      int slot, HostAndPort source, HostAndPort target, String message) {
    return new SlotMigrationException(message, slot, source, target);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
