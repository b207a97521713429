package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A stand-in for the executor in unit tests: records every call and answers with replies queued by
 * the test (converted by the caller's converter exactly as the real executor does). Not a Redis
 * mock: it knows no command semantics. Not thread-safe.
 */
public final class RecordingDispatcher implements Dispatcher {
  public final List<Command> commands = new ArrayList<>();
  public final List<String> calls = new ArrayList<>();
  public final List<byte[][]> keyArgs = new ArrayList<>();
  public final List<Map<byte[], byte[]>> msets = new ArrayList<>();
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final Deque<List<Reply>> fanOutReplies = new ArrayDeque<>();
  public List<byte[]> mgetAnswer = List.of();
  public List<HostAndPort> masters = List.of(HostAndPort.of("127.0.0.1", 6379));
  public boolean splitsBySlot;
  public long countAnswer;

  /** Queues the reply for the next {@link #execute}. */
  public RecordingDispatcher answer(Reply reply) {
    replies.add(reply);
    return this;
  }

  /** Queues the per-node replies for the next {@link #fanOut}. */
  public RecordingDispatcher answerAll(List<Reply> perNode) {
    fanOutReplies.add(perNode);
    return this;
  }

  /** The only command recorded so far. */
  public Command last() {
    return commands.get(commands.size() - 1);
  }

  @Override
  public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
    commands.add(command);
    calls.add("execute " + command.name());
    Reply reply = replies.isEmpty() ? Reply.Null.INSTANCE : replies.remove();
    return apply(converter, reply);
  }

  @Override
  public <T> CompletableFuture<T> executeOn(
      HostAndPort node, Command command, Function<Reply, T> converter) {
    commands.add(command);
    calls.add("executeOn " + node + " " + command.name());
    Reply reply = replies.isEmpty() ? Reply.Null.INSTANCE : replies.remove();
    return apply(converter, reply);
  }

  @Override
  public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
    calls.add("mget");
    keyArgs.add(keys);
    return CompletableFuture.completedFuture(mgetAnswer);
  }

  @Override
  public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
    calls.add("mset");
    msets.add(keyValues);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
    calls.add("countKeys " + command);
    keyArgs.add(keys);
    return CompletableFuture.completedFuture(countAnswer);
  }

  @Override
  public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
    commands.add(command);
    calls.add("fanOut " + command.name());
    return apply(combiner, fanOutReplies.remove());
  }

  @Override
  public List<HostAndPort> masters() {
    return masters;
  }

  @Override
  public boolean splitsBySlot() {
    return splitsBySlot;
  }

  private static <R, T> CompletableFuture<T> apply(Function<R, T> f, R input) {
    try {
      return CompletableFuture.completedFuture(f.apply(input));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
