package io.slotwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs one workload against one client until a deadline, recording into a {@link Measurement}. Not
 * thread-safe: one runner per child JVM.
 */
final class WorkloadRunner {
  static final int THREADS_16T = 16;
  static final int MAX_IN_FLIGHT = 1000;
  static final int BATCH = 100;

  private final BenchClient client;
  private final KeySpace keys;

  WorkloadRunner(BenchClient client, KeySpace keys) {
    this.client = client;
    this.keys = keys;
  }

  void run(Workload workload, long durationNanos, Measurement m) throws InterruptedException {
    long deadline = System.nanoTime() + durationNanos;
    switch (workload) {
      case SYNC_1T -> sync1t(deadline, m);
      case SYNC_16T -> sync16t(deadline, m);
      case ASYNC -> async(deadline, m);
      case PIPELINE_100 -> pipeline(deadline, m);
      case MGET_100 -> mget(deadline, m);
    }
  }

  private void sync1t(long deadline, Measurement m) {
    byte[] value = keys.value();
    while (System.nanoTime() < deadline) {
      byte[] key = keys.random();
      long t0 = System.nanoTime();
      try {
        client.set(key, value);
        m.record(t0, 1);
        long t1 = System.nanoTime();
        client.get(key);
        m.record(t1, 1);
      } catch (RuntimeException e) {
        m.error(e);
      }
    }
  }

  private void sync16t(long deadline, Measurement m) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    byte[] value = keys.value();
    for (int i = 0; i < THREADS_16T; i++) {
      Thread t =
          new Thread(
              () -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                  byte[] key = keys.random();
                  long t0 = System.nanoTime();
                  try {
                    if (r.nextBoolean()) {
                      client.get(key);
                    } else {
                      client.set(key, value);
                    }
                    m.record(t0, 1);
                  } catch (RuntimeException e) {
                    m.error(e);
                  }
                }
              },
              "bench-" + i);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private void async(long deadline, Measurement m) throws InterruptedException {
    Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    ThreadLocalRandom r = ThreadLocalRandom.current();
    byte[] value = keys.value();
    while (System.nanoTime() < deadline) {
      if (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
        continue;
      }
      byte[] key = keys.random();
      long t0 = System.nanoTime();
      CompletionStage<?> stage;
      try {
        stage = r.nextBoolean() ? client.getAsync(key) : client.setAsync(key, value);
      } catch (RuntimeException e) {
        inFlight.release();
        m.error(e);
        continue;
      }
      stage.whenComplete(
          (v, e) -> {
            if (e == null) {
              m.record(t0, 1);
            } else {
              m.error(e);
            }
            inFlight.release();
          });
    }
    // Drain: every command issued before the deadline completes before the child reports.
    if (!inFlight.tryAcquire(MAX_IN_FLIGHT, 30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("async: commands still in flight 30 s after the deadline");
    }
  }

  private void pipeline(long deadline, Measurement m) {
    byte[][] batch = new byte[BATCH][];
    while (System.nanoTime() < deadline) {
      keys.fillRandom(batch);
      long t0 = System.nanoTime();
      try {
        int replies = client.pipeline(batch, keys.value());
        m.record(t0, replies);
      } catch (RuntimeException e) {
        m.error(e);
      }
    }
  }

  private void mget(long deadline, Measurement m) {
    byte[][] batch = new byte[BATCH][];
    while (System.nanoTime() < deadline) {
      keys.fillRandom(batch);
      long t0 = System.nanoTime();
      try {
        List<byte[]> values = client.mget(batch);
        if (values.size() != BATCH) {
          throw new IllegalStateException(
              "mget: " + values.size() + " values for " + BATCH + " keys");
        }
        m.record(t0, 1);
      } catch (RuntimeException e) {
        m.error(e);
      }
    }
  }
}
