package io.slotwise.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.SlotwiseException;
import io.slotwise.commands.RedisCommands;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.executor.RecordingDispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SyncCommandsTest {

  /** Answers every command with the future the test put in {@link #next}. */
  private static final class FutureDispatcher implements Dispatcher {
    CompletableFuture<?> next = new CompletableFuture<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
      return (CompletableFuture<T>) next;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> executeOn(
        HostAndPort node, Command command, Function<Reply, T> converter) {
      return (CompletableFuture<T>) next;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
      return (CompletableFuture<List<byte[]>>) next;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
      return (CompletableFuture<Void>) next;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
      return (CompletableFuture<Long>) next;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
      return (CompletableFuture<T>) next;
    }

    @Override
    public List<HostAndPort> masters() {
      return List.of(HostAndPort.of("127.0.0.1", 6379));
    }

    @Override
    public boolean splitsBySlot() {
      return false;
    }
  }

  private final FutureDispatcher dispatcher = new FutureDispatcher();
  private final RedisCommands redis =
      new SyncCommandsImpl(new AsyncCommandsImpl(dispatcher), Duration.ofSeconds(2));

  @Test
  void returnsTheValue() {
    RecordingDispatcher recording = new RecordingDispatcher();
    RedisCommands sync =
        new SyncCommandsImpl(new AsyncCommandsImpl(recording), Duration.ofSeconds(2));
    recording.answer(new Reply.Int(7)).answer(new Reply.Bulk(new byte[] {1}));
    assertThat(sync.incr("n")).isEqualTo(7L);
    assertThat(sync.get(new byte[] {9})).containsExactly(1);
    assertThat(sync.get("absent")).isNull();
  }

  @Test
  void serverErrorsArriveAsTheSlotwiseExceptionItself() {
    RedisServerException error =
        new RedisServerException("INCR", "WRONGTYPE Operation against a key");
    dispatcher.next = CompletableFuture.failedFuture(error);
    assertThatThrownBy(() -> redis.incr("k")).isSameAs(error);
  }

  @Test
  void completionExceptionsAreUnwrapped() {
    RedisTimeoutException timeout = new RedisTimeoutException("GET timed out");
    dispatcher.next = CompletableFuture.failedFuture(new CompletionException(timeout));
    assertThatThrownBy(() -> redis.get("k")).isSameAs(timeout);
  }

  @Test
  void otherFailuresAreWrappedInSlotwiseException() {
    IllegalStateException bug = new IllegalStateException("boom");
    dispatcher.next = CompletableFuture.failedFuture(bug);
    assertThatThrownBy(() -> redis.hget("h", "f"))
        .isExactlyInstanceOf(SlotwiseException.class)
        .hasMessageContaining("HGET failed")
        .hasCause(bug);
  }

  @Test
  void cancellationIsReported() {
    CompletableFuture<Object> f = new CompletableFuture<>();
    f.cancel(false);
    dispatcher.next = f;
    assertThatThrownBy(() -> redis.ping())
        .isExactlyInstanceOf(SlotwiseException.class)
        .hasMessage("PING was cancelled");
  }

  @Test
  void interruptRestoresTheFlagAndNamesTheCommand() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> redis.get("k"))
          .isExactlyInstanceOf(SlotwiseException.class)
          .hasMessage("interrupted while waiting for GET")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void executeNamesTheCommandInMessages() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> redis.execute("CONFIG", "GET", "maxmemory"))
          .hasMessage("interrupted while waiting for CONFIG");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aFutureThatNeverCompletesTimesOutAfterTheMargin() {
    RedisCommands quick =
        new SyncCommandsImpl(new AsyncCommandsImpl(dispatcher), Duration.ofMillis(1));
    long start = System.nanoTime();
    assertThatThrownBy(() -> quick.llen("l"))
        .isInstanceOf(RedisTimeoutException.class)
        .hasMessageContaining("LLEN got no answer within");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(SyncCommandsImpl.WAIT_MARGIN);
  }

  @Test
  void invalidArgumentsAreThrownDirectly() {
    assertThatThrownBy(() -> redis.set(null, "v"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must not be null");
    assertThatThrownBy(() -> new SyncCommandsImpl(new AsyncCommandsImpl(dispatcher), null))
        .hasMessage("commandTimeout must not be null");
    assertThatThrownBy(() -> new SyncCommandsImpl(null, Duration.ofSeconds(1)))
        .hasMessage("async must not be null");
  }
}
