package io.slotwise;

import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.transport.NodeConnection;
import io.slotwise.internal.transport.Outbound;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * An in-process stand-in for our own {@link NodeConnection} interface, for unit tests of the
 * executor's loop: a script decides what happens to each command sent (a reply, a failure, or
 * nothing). Not a stand-in for Redis: the integration tests use real servers.
 */
public final class FakeConnection implements NodeConnection {
  final HostAndPort address;
  public final List<Command> sent = new CopyOnWriteArrayList<>();
  public final List<List<String>> batches = new CopyOnWriteArrayList<>();
  public volatile BiConsumer<Outbound, Integer> script;

  public FakeConnection(String address, BiConsumer<Outbound, Integer> script) {
    this.address = HostAndPort.parse(address);
    this.script = script;
  }

  public static BiConsumer<Outbound, Integer> replies(Reply... replies) {
    return (out, n) -> out.onReply(replies[Math.min(n, replies.length - 1)]);
  }

  @Override
  public HostAndPort address() {
    return address;
  }

  @Override
  public void send(Outbound command) {
    int n = sent.size();
    sent.add(command.command());
    script.accept(command, n);
  }

  @Override
  public void sendAll(List<? extends Outbound> commands) {
    batches.add(commands.stream().map(o -> o.command().name()).toList());
    for (Outbound o : commands) {
      if (o.command().name().equals("ASKING")) {
        o.onReply(new Reply.SimpleString("OK"));
      } else {
        send(o);
      }
    }
  }

  @Override
  public CompletableFuture<Reply> request(Command command) {
    throw new UnsupportedOperationException("not used by the executor");
  }

  @Override
  public boolean isConnected() {
    return true;
  }

  @Override
  public int inFlight() {
    return 0;
  }

  @Override
  public CompletableFuture<Void> whenConnected() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> closeGracefully(java.time.Duration drain) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {}
}
