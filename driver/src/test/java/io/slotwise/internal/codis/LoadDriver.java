package io.slotwise.internal.codis;

import io.slotwise.codis.NoProxyAvailableException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Threads that send SET and GET through a {@link CodisRouter} until stopped, with the retry rule
 * the client's executor follows: a command never written, or a read, goes to the next proxy; a
 * write that may have run is counted as failed, not retried. Failures are reported to the router
 * ({@code onNodeFailure}) as the executor does.
 */
public final class LoadDriver implements AutoCloseable {
  private static final int MAX_ATTEMPTS = 6;

  private final CodisRouter router;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;
  final AtomicLong reads = new AtomicLong();
  final AtomicLong writes = new AtomicLong();
  final AtomicLong failedReads = new AtomicLong();
  final AtomicLong failedWrites = new AtomicLong();
  final AtomicLong failedUnsent = new AtomicLong();
  final AtomicReference<Throwable> lastFailure = new AtomicReference<>();

  LoadDriver(CodisRouter router, int threadCount) {
    this.router = router;
    for (int t = 0; t < threadCount; t++) {
      int id = t;
      Thread th = new Thread(() -> run(id), "codis-load-" + t);
      th.setDaemon(true);
      threads.add(th);
      th.start();
    }
  }

  long total() {
    return reads.get() + writes.get();
  }

  long failures() {
    return failedReads.get() + failedWrites.get() + failedUnsent.get();
  }

  private void run(int id) {
    long i = 0;
    while (running) {
      String key = "load:" + id + ":" + (i % 100);
      boolean write = (i++ & 1) == 0;
      Command c =
          write
              ? Command.of("SET", args("SET", key, "v" + i), new int[] {1}, false)
              : Command.of("GET", args("GET", key), new int[] {1}, true);
      execute(c);
    }
  }

  /** Sends one command with the retry rule; returns its reply, or null when it failed. */
  Reply execute(Command command) {
    Throwable last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      NodeConnection conn;
      try {
        conn = router.route(command);
      } catch (NoProxyAvailableException e) {
        last = e;
        pause();
        continue;
      }
      Sent sent = new Sent(command);
      conn.send(sent);
      try {
        Reply r = sent.reply.get(CodisTestBed.COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        (command.isReadOnly() ? reads : writes).incrementAndGet();
        return r;
      } catch (TimeoutException e) {
        router.onNodeFailure(conn, e, true);
        last = e;
        if (!command.isReadOnly()) {
          break;
        }
      } catch (ExecutionException e) {
        router.onNodeFailure(conn, e.getCause(), false);
        last = e.getCause();
        if (sent.written && !command.isReadOnly()) {
          failedWrites.incrementAndGet();
          lastFailure.set(last);
          return null;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    lastFailure.set(last);
    if (last instanceof NoProxyAvailableException) {
      failedUnsent.incrementAndGet();
    } else if (command.isReadOnly()) {
      failedReads.incrementAndGet();
    } else {
      failedWrites.incrementAndGet();
    }
    return null;
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static byte[][] args(String... words) {
    byte[][] a = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      a[i] = words[i].getBytes(StandardCharsets.UTF_8);
    }
    return a;
  }

  @Override
  public void close() {
    running = false;
    for (Thread t : threads) {
      try {
        t.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** One command's outcome, completed on the connection's event loop. */
  private static final class Sent implements Outbound {
    final Command command;
    final CompletableFuture<Reply> reply = new CompletableFuture<>();
    volatile boolean written;

    Sent(Command command) {
      this.command = command;
    }

    @Override
    public Command command() {
      return command;
    }

    @Override
    public void onReply(Reply r) {
      reply.complete(r);
    }

    @Override
    public void onFailure(Throwable cause, boolean written) {
      this.written = written;
      reply.completeExceptionally(cause);
    }
  }
}
