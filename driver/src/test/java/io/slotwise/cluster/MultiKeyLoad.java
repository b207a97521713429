package io.slotwise.cluster;

import io.slotwise.SlotwiseClient;
import io.slotwise.TransactionResult;
import io.slotwise.commands.RedisCommands;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One thread of same-slot multi-key load for {@link LiveReshardingIT}: for each hash tag it owns,
 * an existing key and new keys joined to it by the tag, written with {@code MSET}, read with {@code
 * MGET} and {@code EXISTS}, removed with {@code DEL} (the oldest and the newest new key), and
 * updated by {@code transaction(...)} watching the existing key. The thread alone writes its tags,
 * so it knows every value it was acknowledged for and checks each reply against it; {@link #verify}
 * checks the final state. A transaction discarded because a migration moved its watched key (which
 * touches it) is retried, as an application would; discards are counted, not errors.
 */
final class MultiKeyLoad implements Runnable {
  /** New keys kept per tag: DEL keeps the slots' key counts (and so their migrations) bounded. */
  private static final int LIVE_NEW_KEYS = 6;

  private final RedisCommands redis;
  private final SlotwiseClient client;
  private final List<String> tags;
  private final AtomicBoolean stop;
  private final Queue<String> errors;
  private final AtomicLong calls;
  private final AtomicLong discards;
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Deque<String>> live = new HashMap<>();
  private final List<String> deleted = new ArrayList<>();
  private long seq;

  MultiKeyLoad(
      SlotwiseClient client,
      List<String> tags,
      AtomicBoolean stop,
      Queue<String> errors,
      AtomicLong calls,
      AtomicLong discards) {
    this.client = client;
    this.redis = client.sync();
    this.tags = tags;
    this.stop = stop;
    this.errors = errors;
    this.calls = calls;
    this.discards = discards;
    for (String tag : tags) {
      values.put(existing(tag), "init");
      live.put(tag, new ArrayDeque<>());
    }
  }

  static String existing(String tag) {
    return "{" + tag + "}:existing";
  }

  @Override
  public void run() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (!stop.get()) {
      String tag = tags.get(random.nextInt(tags.size()));
      try {
        switch (random.nextInt(4)) {
          case 0 -> mset(tag);
          case 1 -> read(tag);
          case 2 -> delete(tag);
          default -> transaction(tag);
        }
      } catch (RuntimeException e) {
        errors.add(e.toString());
      }
    }
  }

  private String newKey(String tag) {
    return "{" + tag + "}:new:" + Thread.currentThread().getId() + ":" + seq++;
  }

  private void mset(String tag) {
    String fresh = newKey(tag);
    String value = "m" + seq;
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put(existing(tag), value);
    pairs.put(fresh, value);
    redis.mset(pairs);
    calls.incrementAndGet();
    acknowledged(tag, fresh, value);
  }

  private void read(String tag) {
    Deque<String> keys = live.get(tag);
    String newest = keys.isEmpty() ? newKey(tag) : keys.peekLast(); // a key never written: null
    List<String> got = redis.mget(existing(tag), newest);
    calls.incrementAndGet();
    expect("MGET " + existing(tag), values.get(existing(tag)), got.get(0));
    expect("MGET " + newest, values.get(newest), got.get(1));
    long exists = redis.exists(existing(tag), newest);
    calls.incrementAndGet();
    expect("EXISTS " + newest, String.valueOf(values.containsKey(newest) ? 2 : 1), "" + exists);
  }

  private void delete(String tag) {
    Deque<String> keys = live.get(tag);
    if (keys.size() < 2) {
      mset(tag);
      return;
    }
    String oldest = keys.pollFirst();
    String newest = keys.pollLast();
    long n = redis.del(oldest, newest);
    calls.incrementAndGet();
    values.remove(oldest);
    values.remove(newest);
    deleted.add(oldest);
    deleted.add(newest);
    expect("DEL " + oldest + " " + newest, "2", String.valueOf(n));
  }

  private void transaction(String tag) {
    String fresh = newKey(tag);
    String value = "t" + seq;
    for (int tries = 1; ; tries++) {
      TransactionResult r =
          client.transaction(
              existing(tag),
              tx -> {
                tx.set(existing(tag), value);
                tx.set(fresh, value);
              });
      calls.incrementAndGet();
      if (!r.wasDiscarded()) {
        acknowledged(tag, fresh, value);
        return;
      }
      discards.incrementAndGet();
      if (tries == 50) {
        errors.add("transaction on " + existing(tag) + " discarded 50 times in a row");
        return;
      }
    }
  }

  private void acknowledged(String tag, String fresh, String value) {
    values.put(existing(tag), value);
    values.put(fresh, value);
    Deque<String> keys = live.get(tag);
    keys.addLast(fresh);
    while (keys.size() > LIVE_NEW_KEYS) {
      String oldest = keys.pollFirst();
      redis.del(oldest);
      calls.incrementAndGet();
      values.remove(oldest);
      deleted.add(oldest);
    }
  }

  private void expect(String what, String expected, String actual) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      errors.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  /**
   * After the load and the migrations: every acknowledged value is there, every deleted key gone.
   */
  void verify(RedisCommands check, Queue<String> problems) {
    values.forEach(
        (key, value) -> {
          String got = check.get(key);
          if (!value.equals(got)) {
            problems.add(key + ": expected " + value + ", got " + got);
          }
        });
    for (String key : deleted) {
      if (check.exists(key) != 0) {
        problems.add(key + " was deleted but exists");
      }
    }
  }
}
