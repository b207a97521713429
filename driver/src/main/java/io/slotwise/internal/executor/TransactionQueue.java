package io.slotwise.internal.executor;

import io.slotwise.HostAndPort;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.internal.command.AsyncCommandsImpl;
import io.slotwise.internal.command.MultiKey;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The {@link Dispatcher} behind a transaction's command facade: it sends nothing, it records each
 * command with its converter and hands out a future that {@link TransactionRunner} completes once
 * {@code EXEC} answered. Multi-key commands are queued whole (never split: a transaction lives in
 * one slot). Commands that need another node ({@code fanOut}, {@code executeOn}) are refused with
 * an {@link UnsupportedOperationException} at once.
 *
 * <p>Confined to the thread running the transaction body; not thread-safe.
 */
public final class TransactionQueue implements Dispatcher {

  /**
   * One queued command, the future completed with its converted reply, and the future the facade
   * method handed to the caller (the same one, or one derived from it, e.g. {@code MGET} decoding
   * bytes to text): the transaction's result holds the latter's value.
   */
  static final class Queued<T> {
    final Command command;
    final Function<Reply, T> converter;
    final CompletableFuture<T> future = new CompletableFuture<>();
    CompletableFuture<?> visible = future;

    Queued(Command command, Function<Reply, T> converter) {
      this.command = command;
      this.converter = converter;
    }
  }

  private final List<Queued<?>> queued = new ArrayList<>();

  List<Queued<?>> queued() {
    return queued;
  }

  /**
   * The transaction body's view: {@link AsyncRedisCommands} over this queue, which notes the future
   * each method returns as the visible one of the command it queued.
   */
  AsyncRedisCommands facade() {
    AsyncRedisCommands impl = new AsyncCommandsImpl(this);
    InvocationHandler handler =
        (proxy, method, args) -> {
          int before = queued.size();
          Object returned;
          try {
            returned = method.invoke(impl, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (returned instanceof CompletableFuture<?> f && queued.size() == before + 1) {
            queued.get(before).visible = f;
          }
          return returned;
        };
    return (AsyncRedisCommands)
        Proxy.newProxyInstance(
            AsyncRedisCommands.class.getClassLoader(),
            new Class<?>[] {AsyncRedisCommands.class},
            handler);
  }

  @Override
  public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
    Queued<T> q = new Queued<>(command, converter);
    queued.add(q);
    return q.future;
  }

  /** Inside {@code MULTI} a blocking command does not block: it is queued like any other. */
  @Override
  public <T> CompletableFuture<T> executeBlocking(
      Command command, Function<Reply, T> converter, java.time.Duration blockFor) {
    return execute(command, converter);
  }

  @Override
  public <T> CompletableFuture<T> executeOn(
      HostAndPort node, Command command, Function<Reply, T> converter) {
    return refuse(command.name() + " goes to a chosen node");
  }

  @Override
  public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
    return execute(MultiKey.command("MGET", keys, 1, true), CommandExecutor::bulkList);
  }

  @Override
  public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
    return execute(MultiKey.msetCommand(keyValues), reply -> null);
  }

  @Override
  public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
    return execute(
        MultiKey.command(command, keys, 1, command.equals("EXISTS")), CommandExecutor::integer);
  }

  @Override
  public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
    return refuse(command.name() + " goes to every master");
  }

  @Override
  public List<HostAndPort> masters() {
    return List.of();
  }

  @Override
  public boolean splitsBySlot() {
    return false;
  }

  private static <T> CompletableFuture<T> refuse(String why) {
    throw new UnsupportedOperationException(why + ": not possible inside a transaction");
  }
}
