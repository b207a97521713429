package io.slotwise.spring.data;

import io.slotwise.DedicatedConnection;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseClient;
import io.slotwise.SlotwiseConfig;
import io.slotwise.cluster.SlotHash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * {@code WATCH} / {@code MULTI} / {@code EXEC} / {@code DISCARD} of one Spring Data connection, on
 * a Slotwise {@link DedicatedConnection} to the node that owns the transaction's slot.
 *
 * <p>{@code watch} pins a dedicated connection to the owner of the watched keys (all in one slot in
 * cluster mode) and sends {@code WATCH} on it. {@code multi} starts queueing: every command of the
 * connection then returns {@code null} and is kept here. {@code exec} sends {@code MULTI}, the
 * queued commands and {@code EXEC} on the pinned connection (pinned then, to the owner of the first
 * queued key, when nothing was watched) and returns the converted replies; when a watched key
 * changed, {@code EXEC} answers null and the result is an empty list (as Spring Data's Lettuce
 * connection returns). Reads between {@code watch} and {@code multi} run on the shared connections:
 * a watch notices writes from any connection, so this changes nothing.
 *
 * <p>In cluster mode every queued key must hash to the transaction's slot: a command outside it is
 * refused at {@code exec} with an {@link InvalidDataAccessApiUsageException} naming both slots,
 * before anything is sent. Not thread-safe (one per connection).
 */
final class Transaction {
  private final SlotwiseClient client;
  private final boolean convertResults;
  private final boolean bySlot;
  private final List<Call<?>> queued = new ArrayList<>();
  private DedicatedConnection pinned;
  private int slot = -1;
  private boolean queueing;

  Transaction(SlotwiseClient client, boolean convertResults) {
    this.client = client;
    this.convertResults = convertResults;
    this.bySlot = client.config().mode() == SlotwiseConfig.Mode.CLUSTER;
  }

  boolean isQueueing() {
    return queueing;
  }

  void watch(byte[]... keys) {
    if (queueing) {
      throw new InvalidDataAccessApiUsageException("watch: WATCH inside MULTI is not allowed");
    }
    if (keys == null || keys.length == 0) {
      throw new InvalidDataAccessApiUsageException("watch needs at least one key");
    }
    for (byte[] key : keys) {
      checkSlot("WATCH", key);
    }
    pin(keys[0]);
    send(Cmd.args("WATCH", keys));
  }

  void unwatch() {
    if (pinned != null) {
      send(Cmd.args("UNWATCH"));
      if (!queueing) {
        release();
      }
    }
  }

  void multi() {
    queueing = true;
  }

  void queue(Call<?> call) {
    queued.add(call);
  }

  void discard() {
    if (!queueing) {
      throw new InvalidDataAccessApiUsageException("discard: no transaction is open (no MULTI)");
    }
    queued.clear();
    queueing = false;
    release(); // DISCARD would unwatch too: handing the connection back does it (UNWATCH first)
  }

  List<Object> exec() {
    if (!queueing) {
      throw new InvalidDataAccessApiUsageException("exec: no transaction is open (no MULTI)");
    }
    List<Call<?>> calls = new ArrayList<>(queued);
    queued.clear();
    queueing = false;
    try {
      for (Call<?> call : calls) {
        byte[] key = firstKey(call);
        if (key != null) {
          checkSlot(call.commandName(), key);
          if (pinned == null) {
            pin(key);
          }
        }
      }
      if (pinned == null) {
        pin("{}".getBytes(StandardCharsets.UTF_8));
      }
      send(Cmd.args("MULTI"));
      for (Call<?> call : calls) {
        send(call.args());
      }
      Object reply = send(Cmd.args("EXEC"));
      return reply == null ? new ArrayList<>() : results(calls, Replies.list(reply));
    } finally {
      release();
    }
  }

  private List<Object> results(List<Call<?>> calls, List<Object> replies) {
    List<Object> out = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      Call<?> call = calls.get(i);
      Object reply = replies.get(i);
      if (reply instanceof RedisServerException e) {
        out.add(SlotwiseExceptionTranslator.INSTANCE.translate(e));
      } else if (call.convert() != Replies.STATUS) {
        out.add(convertResults ? call.convert().apply(reply) : reply);
      }
    }
    return out;
  }

  /** The first key of a queued command: its first argument, by Spring Data's command shapes. */
  private static byte[] firstKey(Call<?> call) {
    return call.args().length > 1 ? call.key() : null;
  }

  private void checkSlot(String command, byte[] key) {
    if (!bySlot || key == null) {
      return;
    }
    int s = SlotHash.slot(key);
    if (slot < 0) {
      slot = s;
    } else if (s != slot) {
      throw new InvalidDataAccessApiUsageException(
          "a transaction runs on one slot: "
              + command
              + " has a key in slot "
              + s
              + ", the transaction is in slot "
              + slot
              + " (use a {hash tag} shared by its keys)");
    }
  }

  private void pin(byte[] key) {
    if (pinned == null) {
      try {
        pinned = client.dedicatedConnection(key);
      } catch (RuntimeException e) {
        throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
      }
    }
  }

  private Object send(byte[][] args) {
    try {
      return pinned.execute(args);
    } catch (RuntimeException e) {
      queued.clear();
      queueing = false;
      release();
      throw SlotwiseExceptionTranslator.INSTANCE.translate(e);
    }
  }

  private void release() {
    slot = -1;
    if (pinned != null) {
      DedicatedConnection c = pinned;
      pinned = null;
      c.close();
    }
  }

  /** Ends whatever is open, sending nothing more. */
  void close() {
    queued.clear();
    queueing = false;
    release();
  }
}
