package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.testkit.Await;
import io.slotwise.testkit.RedisServerProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeConnectionIT {
  private RedisServerProcess server;
  private NettyTransport transport;

  @BeforeEach
  void start() {
    server = RedisServerProcess.start();
    transport = new NettyTransport(1);
  }

  @AfterEach
  void stop() {
    if (transport != null) {
      transport.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private NettyNodeConnection connect(UnaryOperator<SlotwiseConfig.Builder> options)
      throws Exception {
    SlotwiseConfig config =
        options.apply(SlotwiseConfig.standalone(server.address().toString())).build();
    NettyNodeConnection c =
        transport.openConnection(server.address(), Routers.connectionSettings(config));
    c.whenConnected().get(5, TimeUnit.SECONDS);
    return c;
  }

  /** Flood tests send far more than the default per-node bound at once: lift it. */
  private static SlotwiseConfig.Builder flood(SlotwiseConfig.Builder b) {
    return b.maxInFlightPerNode(1_000_000);
  }

  private NettyNodeConnection connect() throws Exception {
    return connect(b -> b);
  }

  @Test
  void hundredThousandCommandsCompleteInOrderInFewFlushes() throws Exception {
    NettyNodeConnection c = connect(NodeConnectionIT::flood);
    int n = 100_000;
    long[] values = new long[n];
    AtomicInteger failures = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(n);
    Command incr = Command.keyless(false, "INCR", "counter");
    long flushesBefore = c.flushCount();
    for (int i = 0; i < n; i++) {
      int index = i;
      c.send(
          new Outbound() {
            @Override
            public Command command() {
              return incr;
            }

            @Override
            public void onReply(Reply reply) {
              values[index] = ((Reply.Int) reply).value();
              done.countDown();
            }

            @Override
            public void onFailure(Throwable cause, boolean written) {
              failures.incrementAndGet();
              done.countDown();
            }
          });
    }
    assertThat(done.await(60, TimeUnit.SECONDS)).as("all replies within 60 s").isTrue();
    assertThat(failures.get()).isZero();
    for (int i = 0; i < n; i++) {
      if (values[i] != i + 1) {
        throw new AssertionError("reply " + i + " was " + values[i] + ", expected " + (i + 1));
      }
    }
    long flushes = c.flushCount() - flushesBefore;
    System.out.printf("write coalescing: %d commands in %d flushes%n", n, flushes);
    assertThat(flushes).as("flushes for %d commands", n).isLessThan(n / 10);
    assertThat(c.inFlight()).isZero();
  }

  @Test
  void concurrentSendersKeepTheirOwnOrder() throws Exception {
    NettyNodeConnection c = connect(NodeConnectionIT::flood);
    int threads = 4;
    int perThread = 20_000;
    long[][] values = new long[threads][perThread];
    CountDownLatch done = new CountDownLatch(threads * perThread);
    AtomicInteger failures = new AtomicInteger();
    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Command incr = Command.keyless(false, "INCR", "per-thread-" + t);
      senders.add(
          new Thread(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  int index = i;
                  c.send(
                      new Outbound() {
                        @Override
                        public Command command() {
                          return incr;
                        }

                        @Override
                        public void onReply(Reply reply) {
                          values[thread][index] = ((Reply.Int) reply).value();
                          done.countDown();
                        }

                        @Override
                        public void onFailure(Throwable cause, boolean written) {
                          failures.incrementAndGet();
                          done.countDown();
                        }
                      });
                }
              }));
    }
    senders.forEach(Thread::start);
    assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
    assertThat(failures.get()).isZero();
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        if (values[t][i] != i + 1) {
          throw new AssertionError("thread " + t + " reply " + i + " was " + values[t][i]);
        }
      }
    }
  }

  @Test
  void sendsFromTheEventLoopGoOutInOneFlush() throws Exception {
    NettyNodeConnection c = connect();
    List<Recorder> followers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      followers.add(Recorder.of("INCR", "loop-counter"));
    }
    long[] flushesAtTrigger = new long[1];
    Recorder trigger = Recorder.of("PING");
    trigger.reply.thenRun(
        () -> {
          flushesAtTrigger[0] = c.flushCount();
          followers.forEach(c::send);
        });
    c.send(trigger);
    for (int i = 0; i < followers.size(); i++) {
      assertThat(followers.get(i).get()).isEqualTo(new Reply.Int(i + 1));
    }
    assertThat(c.flushCount() - flushesAtTrigger[0]).isEqualTo(1);
    assertThat(followers.get(0).thread).startsWith("slotwise-io-");
  }

  @Test
  void sendAllIsNeverInterleavedWithOtherCommands() throws Exception {
    NettyNodeConnection c = connect(NodeConnectionIT::flood);
    int batches = 300;
    int gets = 20_000;
    List<Recorder> execs = new ArrayList<>();
    List<Recorder> reads = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              for (int i = 0; i < gets; i++) {
                Recorder r = Recorder.of("GET", "tx-key");
                synchronized (reads) {
                  reads.add(r);
                }
                c.send(r);
              }
            });
    reader.start();
    for (int i = 0; i < batches; i++) {
      Recorder exec = Recorder.of("EXEC");
      execs.add(exec);
      c.sendAll(
          List.of(
              Recorder.of("MULTI"),
              Recorder.of("SET", "tx-key", "a" + i),
              Recorder.of("INCR", "tx-count"),
              exec));
    }
    reader.join(30_000);
    for (Recorder exec : execs) {
      assertThat(exec.get()).isInstanceOf(Reply.Array.class);
      assertThat(((Reply.Array) exec.get()).items()).hasSize(2);
    }
    synchronized (reads) {
      for (Recorder r : reads) {
        assertThat(r.get()).isNotInstanceOf(Reply.SimpleString.class);
      }
    }
    assertThat(server.call("GET", "tx-count")).isEqualTo(String.valueOf(batches));
  }

  @Test
  void aSlowCommandDelaysButDoesNotCorruptTheOthers() throws Exception {
    NettyNodeConnection c = connect();
    NettyNodeConnection other = connect();
    Recorder blpop = Recorder.of("BLPOP", "empty-list", "1");
    Recorder set = Recorder.of("SET", "slow-key", "v1");
    Recorder get = Recorder.of("GET", "slow-key");
    c.send(blpop);
    c.send(set);
    c.send(get);
    Reply ping = other.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS);
    assertThat(ping).isEqualTo(new Reply.SimpleString("PONG"));
    assertThat(blpop.reply)
        .as("BLPOP still blocked while the other connection answers")
        .isNotDone();
    assertThat(blpop.get()).isEqualTo(Reply.Null.INSTANCE);
    assertThat(set.get()).isEqualTo(new Reply.SimpleString("OK"));
    assertThat(((Reply.Bulk) get.get()).utf8()).isEqualTo("v1");
  }

  @Test
  void killedServerFailsPendingFastAndTheConnectionComesBack() throws Exception {
    NettyNodeConnection c =
        connect(b -> b.reconnectDelay(Duration.ofMillis(10), Duration.ofMillis(200)));
    List<Recorder> pending = new ArrayList<>();
    pending.add(Recorder.of("BLPOP", "never", "30"));
    for (int i = 0; i < 1000; i++) {
      pending.add(Recorder.of("GET", "k" + i));
    }
    pending.forEach(c::send);
    Await.until("all written", Duration.ofSeconds(5), () -> c.inFlight() == pending.size());

    long start = System.nanoTime();
    server.kill();
    for (Recorder r : pending) {
      Throwable cause = r.failure();
      assertThat(cause)
          .isInstanceOf(RedisConnectionException.class)
          .hasMessageContaining(server.address().toString());
      assertThat(r.written).isTrue();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(c.isConnected()).isFalse();

    Recorder whileDown = Recorder.of("PING");
    c.send(whileDown);
    assertThat(whileDown.failure())
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining(server.address().toString());
    assertThat(whileDown.written).isFalse();

    server.restart();
    Await.until("reconnected", Duration.ofSeconds(10), c::isConnected);
    assertThat(c.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS))
        .isEqualTo(new Reply.SimpleString("PONG"));
  }

  @Test
  void closeFailsPendingCommandsAndRefusesNewOnes() throws Exception {
    NettyNodeConnection c = connect();
    Recorder blocked = Recorder.of("BLPOP", "never", "30");
    Recorder queued = Recorder.of("GET", "x");
    c.send(blocked);
    c.send(queued);
    Await.until("both written", Duration.ofSeconds(5), () -> c.inFlight() == 2);

    c.close();

    // Closed by its owner, not by closing the client: the retry loop may reroute them.
    assertThat(blocked.failure())
        .isInstanceOf(RedisConnectionException.class)
        .isNotInstanceOf(SlotwiseClosedException.class)
        .hasMessageContaining("closed by the client");
    assertThat(blocked.written).isTrue();
    assertThat(queued.failure()).isInstanceOf(RedisConnectionException.class);
    Recorder late = Recorder.of("PING");
    c.send(late);
    assertThat(late.failure()).isInstanceOf(RedisConnectionException.class);
    assertThat(late.written).isFalse();
    assertThat(c.whenConnected()).isCompletedExceptionally();
    assertThat(c.inFlight()).isZero();
    assertThat(blocked.callbacks.get() + queued.callbacks.get() + late.callbacks.get())
        .isEqualTo(3);
    c.close();
    transport.close();
    Recorder afterShutdown = Recorder.of("PING");
    c.send(afterShutdown);
    assertThat(afterShutdown.failure()).isInstanceOf(SlotwiseClosedException.class);
  }

  @Test
  void closeGracefullyLetsInFlightCommandsFinish() throws Exception {
    NettyNodeConnection c = connect();
    List<Recorder> sets = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      Recorder r = Recorder.of("SET", "g" + i, "v" + i);
      sets.add(r);
      c.send(r);
    }
    c.closeGracefully(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
    for (Recorder r : sets) {
      assertThat(r.get()).isEqualTo(new Reply.SimpleString("OK"));
    }
    assertThat(server.call("GET", "g1999")).isEqualTo("v1999");
    Recorder late = Recorder.of("PING");
    c.send(late);
    assertThat(late.failure()).isInstanceOf(RedisConnectionException.class);
    assertThat(late.written).isFalse();
  }

  @Test
  void unreachableNodeFailsConnectAndRefusesCommands() throws Exception {
    var address = server.address();
    server.kill();
    NodeConnection c =
        transport.open(
            address,
            Routers.connectionSettings(
                SlotwiseConfig.standalone(address.toString())
                    .reconnectDelay(Duration.ofMillis(10), Duration.ofMillis(50))
                    .build()));
    assertThat(c.whenConnected())
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause()
        .isInstanceOf(RedisConnectionException.class)
        .withMessageContaining(address.toString());
    Recorder r = Recorder.of("PING");
    c.send(r);
    assertThat(r.failure()).isInstanceOf(RedisConnectionException.class);
    assertThat(r.written).isFalse();
    assertThat(r.thread).startsWith("slotwise-io-");

    server.restart();
    Await.until("connected after the server came up", Duration.ofSeconds(10), c::isConnected);
    assertThat(c.request(Command.keyless(true, "PING")).get(5, TimeUnit.SECONDS))
        .isEqualTo(new Reply.SimpleString("PONG"));
  }

  @Test
  void pushFramesGoToTheListenerNotToCommands() throws Exception {
    NettyNodeConnection tracked = connect(b -> b.protocol(SlotwiseConfig.Protocol.RESP3));
    List<Reply> pushes = new java.util.concurrent.CopyOnWriteArrayList<>();
    tracked.setPushListener(pushes::add);
    assertThat(tracked.request(Command.keyless(false, "CLIENT", "TRACKING", "on")).get())
        .isEqualTo(new Reply.SimpleString("OK"));
    assertThat(tracked.request(Command.keyless(true, "GET", "tracked-key")).get())
        .isEqualTo(Reply.Null.INSTANCE);
    server.call("SET", "tracked-key", "changed");
    Await.until("invalidation pushed", Duration.ofSeconds(5), () -> !pushes.isEmpty());
    Reply.Push push = (Reply.Push) pushes.get(0);
    assertThat(((Reply.Bulk) push.items().get(0)).utf8()).isEqualTo("invalidate");
    Reply get = tracked.request(Command.keyless(true, "GET", "tracked-key")).get();
    assertThat(((Reply.Bulk) get).value()).isEqualTo("changed".getBytes(StandardCharsets.UTF_8));
  }
}
