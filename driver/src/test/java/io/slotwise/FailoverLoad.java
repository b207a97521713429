package io.slotwise;

import io.slotwise.cluster.SlotHash;
import io.slotwise.commands.RedisCommands;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Application load for the failover tests, with the numbers they print: 8 threads of {@code GET},
 * idempotent {@code SET} and {@code INCR} on random keys (errors by type, the longest call), one
 * bystander thread reading only keys of the masters that stay up (its latencies), and one async
 * prober that reads a key of the victim's slots every 10 ms (when the first read succeeds again).
 * Counters and acknowledged writes are kept so that losses can be counted afterwards.
 *
 * <p>Thread-safe; the test starts it, stops it and then reads the numbers.
 */
public final class FailoverLoad {
  static final int KEYS = 1_000;
  private static final String[] OPS = {"GET", "SET", "INCR"};

  private final SlotwiseClient client;
  private final BitSet victimSlots;
  private final int threads;
  private final String probeKey;
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running = true;

  /** Errors by {@code "operation:exception type"}, e.g. {@code "INCR:RedisTimeoutException"}. */
  final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

  /** The first error of each key of {@link #errors}, for the report. */
  final Map<String, String> firstErrors = new ConcurrentHashMap<>();

  final LongAdder ops = new LongAdder();
  final AtomicLong longestCallNanos = new AtomicLong();
  final long[] incrAcked;
  final long[] incrUnknown;
  final ConcurrentLinkedQueue<long[]> bystander = new ConcurrentLinkedQueue<>(); // {at, nanos}
  final ConcurrentLinkedQueue<Long> probeSuccesses = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<String> ackedSets = new ConcurrentLinkedQueue<>();

  FailoverLoad(SlotwiseClient client, BitSet victimSlots, int threads) {
    this.client = client;
    this.victimSlots = victimSlots;
    this.threads = threads;
    this.incrAcked = new long[threads];
    this.incrUnknown = new long[threads];
    String key = null;
    for (int i = 0; key == null; i++) {
      if (victimSlots.get(SlotHash.slot("probe:" + i))) {
        key = "probe:" + i;
      }
    }
    this.probeKey = key;
  }

  void start() {
    for (int t = 0; t < threads; t++) {
      int id = t;
      workers.add(thread("load-" + t, () -> work(id)));
    }
    workers.add(thread("bystander", this::bystand));
    workers.add(thread("prober", this::probe));
  }

  private Thread thread(String name, Runnable body) {
    Thread t = new Thread(body, "failover-" + name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void work(int id) {
    RedisCommands redis = client.sync();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long seq = 0;
    while (running) {
      int op = random.nextInt(3);
      long start = System.nanoTime();
      try {
        if (op == 0) {
          redis.get("k:" + random.nextInt(KEYS));
        } else if (op == 1) {
          String key = "w:" + id + ":" + seq++;
          redis.set(key, "v");
          ackedSets.add(key);
        } else {
          redis.incr("c:" + id);
          incrAcked[id]++;
        }
      } catch (RedisOutcomeUnknownException | RedisTimeoutException e) {
        // Both leave a write's outcome unknown: a timed-out INCR may have run (e.g. the frozen
        // master replicated it but froze before its reply left), so it counts as "maybe applied".
        if (op == 2) {
          incrUnknown[id]++;
        }
        error(OPS[op], e);
      } catch (SlotwiseException e) {
        error(OPS[op], e);
      }
      ops.increment();
      longestCallNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
    }
  }

  private void error(String op, Exception e) {
    errors
        .computeIfAbsent(op + ":" + e.getClass().getSimpleName(), k -> new LongAdder())
        .increment();
    firstErrors.computeIfAbsent(op + ":" + e.getClass().getSimpleName(), k -> e.toString());
  }

  /** Reads keys that the victim does not own, one after the other. */
  private void bystand() {
    RedisCommands redis = client.sync();
    int i = 0;
    while (running) {
      String key = "k:" + (i++ % KEYS);
      if (victimSlots.get(SlotHash.slot(key))) {
        continue;
      }
      long start = System.nanoTime();
      try {
        redis.get(key);
        bystander.add(new long[] {start, System.nanoTime() - start});
      } catch (SlotwiseException e) {
        error("bystander GET", e);
        bystander.add(new long[] {start, System.nanoTime() - start});
      }
    }
  }

  private void probe() {
    while (running) {
      CompletableFuture<String> f = client.async().get(probeKey);
      f.whenComplete(
          (v, e) -> {
            if (e == null) {
              probeSuccesses.add(System.nanoTime());
            } else {
              firstErrors.putIfAbsent("probe GET", e.toString());
            }
          });
      sleepMillis(10);
    }
  }

  static void sleepMillis(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void stop() throws InterruptedException {
    running = false;
    for (Thread t : workers) {
      t.join(10_000);
    }
  }

  long errorCount() {
    return errors.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The first probe success at or after {@code nanos}, or -1. */
  long firstProbeSuccessAfter(long nanos) {
    long first = Long.MAX_VALUE;
    for (long t : probeSuccesses) {
      if (t >= nanos && t < first) {
        first = t;
      }
    }
    return first == Long.MAX_VALUE ? -1 : first;
  }

  /** The slowest bystander reads started in [from, to): "latency ms @ start offset ms" each. */
  String slowestBystanders(long from, long to, int n) {
    List<long[]> in = new ArrayList<>();
    for (long[] s : bystander) {
      if (s[0] >= from && s[0] < to) {
        in.add(s);
      }
    }
    in.sort((a, b) -> Long.compare(b[1], a[1]));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(n, in.size()); i++) {
      long[] s = in.get(i);
      sb.append(String.format("%.1f ms @ +%d ms; ", s[1] / 1e6, (s[0] - from) / 1_000_000));
    }
    return sb.toString();
  }

  /** Bystander read latencies (ms) of reads started in [from, to), as p50/p99/max and count. */
  double[] bystanderMillis(long from, long to) {
    List<Long> in = new ArrayList<>();
    for (long[] s : bystander) {
      if (s[0] >= from && s[0] < to) {
        in.add(s[1]);
      }
    }
    in.sort(null);
    if (in.isEmpty()) {
      return new double[] {0, 0, 0, 0};
    }
    return new double[] {
      in.get(in.size() / 2) / 1e6,
      in.get(Math.min(in.size() - 1, (int) Math.ceil(in.size() * 0.99) - 1)) / 1e6,
      in.get(in.size() - 1) / 1e6,
      in.size()
    };
  }
}
