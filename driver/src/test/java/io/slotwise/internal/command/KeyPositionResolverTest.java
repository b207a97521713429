package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import io.slotwise.RedisServerException;
import io.slotwise.RedisTimeoutException;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Parsing of {@code COMMAND INFO} replies, key positions, and the resolver's cache. */
class KeyPositionResolverTest {

  /** Records commands and hands back futures the test completes. */
  private static final class DeferredDispatcher implements Dispatcher {
    final List<Command> sent = new ArrayList<>();
    final List<CompletableFuture<Reply>> pending = new ArrayList<>();
    boolean splitsBySlot = true;

    @Override
    public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
      sent.add(command);
      CompletableFuture<Reply> reply = new CompletableFuture<>();
      pending.add(reply);
      return reply.thenApply(converter);
    }

    @Override
    public <T> CompletableFuture<T> executeOn(
        HostAndPort node, Command command, Function<Reply, T> converter) {
      return execute(command, converter);
    }

    @Override
    public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
      throw new UnsupportedOperationException("not used by the resolver");
    }

    @Override
    public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
      throw new UnsupportedOperationException("not used by the resolver");
    }

    @Override
    public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
      throw new UnsupportedOperationException("not used by the resolver");
    }

    @Override
    public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
      throw new UnsupportedOperationException("not used by the resolver");
    }

    @Override
    public List<HostAndPort> masters() {
      return List.of();
    }

    @Override
    public boolean splitsBySlot() {
      return splitsBySlot;
    }

    void reply(int i, Reply r) {
      pending.get(i).complete(r);
    }

    List<String> names() {
      return sent.stream().map(Command::name).toList();
    }
  }

  private final DeferredDispatcher dispatcher = new DeferredDispatcher();
  private final KeyPositionResolver resolver = new KeyPositionResolver(dispatcher);

  private static byte[][] args(String... words) {
    byte[][] out = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].getBytes(UTF_8);
    }
    return out;
  }

  private static Reply bulk(String s) {
    return new Reply.Bulk(s.getBytes(UTF_8));
  }

  private static Reply array(Reply... items) {
    return new Reply.Array(List.of(items));
  }

  private static Reply flags(boolean resp3, String... names) {
    List<Reply> items = new ArrayList<>();
    for (String n : names) {
      items.add(new Reply.SimpleString(n));
    }
    return resp3 ? new Reply.SetReply(items) : new Reply.Array(items);
  }

  /** A Redis 7 entry: ten fields, the last one the subcommands. */
  private static Reply entry7(
      boolean resp3, String name, int first, int last, int step, Reply subs, String... flagNames) {
    return array(
        bulk(name),
        new Reply.Int(-2),
        flags(resp3, flagNames),
        new Reply.Int(first),
        new Reply.Int(last),
        new Reply.Int(step),
        flags(resp3, "@read"),
        flags(resp3),
        array(),
        subs);
  }

  /** A Redis 6.2 entry: seven fields. */
  private static Reply entry62(String name, int first, int last, int step, String... flagNames) {
    return array(
        bulk(name),
        new Reply.Int(-3),
        flags(false, flagNames),
        new Reply.Int(first),
        new Reply.Int(last),
        new Reply.Int(step),
        flags(false, "@write"));
  }

  @Test
  void parsesRedis7EntriesInBothProtocolsWithSubcommands() {
    for (boolean resp3 : new boolean[] {false, true}) {
      Reply stream = entry7(resp3, "xinfo|stream", 2, 2, 1, array(), "readonly");
      Reply xinfo = entry7(resp3, "xinfo", 0, 0, 0, array(stream));
      CommandInfo info = CommandInfo.parseReply("xinfo", array(xinfo));
      assertThat(info.name()).isEqualTo("xinfo");
      assertThat(info.firstKey()).isZero();
      assertThat(info.subcommands()).containsOnlyKeys("xinfo|stream");
      CommandInfo call = info.forCall(args("XINFO", "STREAM", "s"));
      assertThat(call.readOnly()).isTrue();
      assertThat(call.positions(3)).containsExactly(2);
      assertThat(info.forCall(args("XINFO", "NOPE")).positions(2)).isEmpty();
    }
  }

  @Test
  void parsesRedis62EntriesAndTheMovableKeysFlag() {
    CommandInfo mset = CommandInfo.parseReply("mset", array(entry62("mset", 1, -1, 2, "write")));
    assertThat(mset.readOnly()).isFalse();
    assertThat(mset.movableKeys()).isFalse();
    assertThat(mset.positions(5)).containsExactly(1, 3);
    CommandInfo sort =
        CommandInfo.parseReply("sort", array(entry62("sort", 1, 1, 1, "write", "movablekeys")));
    assertThat(sort.movableKeys()).isTrue();
    assertThat(sort.subcommands()).isEmpty();
  }

  @Test
  void nilMeansUnknownAndOtherShapesAreProtocolErrors() {
    CommandInfo unknown = CommandInfo.parseReply("nope", array(Reply.Null.INSTANCE));
    assertThat(unknown.positions(3)).isEmpty();
    assertThat(unknown.readOnly()).isFalse();
    assertThatThrownBy(() -> CommandInfo.parseReply("x", new Reply.Int(1)))
        .isInstanceOf(RedisProtocolException.class);
    assertThatThrownBy(() -> CommandInfo.parseReply("x", array(array(bulk("x"), new Reply.Int(1)))))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("2 fields");
  }

  @Test
  void negativePositionsCountFromTheEnd() {
    assertThat(CommandInfo.positions(1, -1, 1, 4)).containsExactly(1, 2, 3);
    assertThat(CommandInfo.positions(2, -2, 1, 6)).containsExactly(2, 3, 4);
    assertThat(CommandInfo.positions(1, -1, 2, 5)).containsExactly(1, 3);
    assertThat(CommandInfo.positions(-2, -1, 1, 5)).containsExactly(3, 4);
    assertThat(CommandInfo.positions(1, 1, 1, 1)).isEmpty();
    assertThat(CommandInfo.positions(1, 5, 1, 3)).containsExactly(1, 2);
    assertThat(CommandInfo.positions(0, 0, 0, 4)).isEmpty();
    assertThat(CommandInfo.positions(3, -1, 1, 3)).isEmpty();
  }

  @Test
  void getkeysAnswersAreMappedBackToPositionsInOrder() {
    assertThat(
            KeyPositionResolver.indexesOf(
                List.of("a".getBytes(UTF_8), "b".getBytes(UTF_8)),
                args("LMPOP", "2", "a", "b", "LEFT")))
        .containsExactly(2, 3);
    // a key spelled like the numkeys argument: equal bytes, so the slot is the same either way
    assertThat(
            KeyPositionResolver.indexesOf(
                List.of("d".getBytes(UTF_8), "2".getBytes(UTF_8), "x".getBytes(UTF_8)),
                args("ZUNIONSTORE", "d", "2", "2", "x")))
        .containsExactly(1, 2, 4);
    assertThat(KeyPositionResolver.indexesOf(List.of(), args("EVAL", "return 1", "0"))).isEmpty();
  }

  @Test
  void unknownNameIsLookedUpOnceThenServedFromTheCache() {
    CompletableFuture<Command> first = resolver.resolve(args("BF.ADD", "k", "1", "2", "m"));
    CompletableFuture<Command> concurrent = resolver.resolve(args("bf.add", "j", "1", "2", "m"));
    assertThat(dispatcher.names()).containsExactly("COMMAND INFO");
    assertThat(first).isNotDone();
    dispatcher.reply(0, array(entry7(false, "bf.add", 1, 1, 1, array(), "write")));
    assertThat(first.join().keyIndexes()).containsExactly(1);
    assertThat(first.join().isReadOnly()).isFalse();
    assertThat(new String(concurrent.join().firstKey(), UTF_8)).isEqualTo("j");
    Command later = resolver.resolve(args("BF.ADD", "z", "1", "2", "m")).join();
    assertThat(later.keyIndexes()).containsExactly(1);
    assertThat(dispatcher.names()).containsExactly("COMMAND INFO");
    assertThat(resolver.cachedNames()).isEqualTo(1);
    assertThat(Arrays.asList(dispatcher.sent.get(0).args()))
        .extracting(b -> new String(b, UTF_8))
        .containsExactly("COMMAND", "INFO", "bf.add");
  }

  @Test
  void movableKeysAskGetkeysOnEveryCall() {
    CompletableFuture<Command> first =
        resolver.resolve(args("MYMODULE.MPOP", "2", "a", "b", "LEFT"));
    dispatcher.reply(
        0, array(entry7(true, "mymodule.mpop", 0, 0, 0, array(), "write", "movablekeys")));
    assertThat(dispatcher.names()).containsExactly("COMMAND INFO", "COMMAND GETKEYS");
    assertThat(Arrays.asList(dispatcher.sent.get(1).args()))
        .extracting(b -> new String(b, UTF_8))
        .containsExactly("COMMAND", "GETKEYS", "MYMODULE.MPOP", "2", "a", "b", "LEFT");
    dispatcher.reply(1, array(bulk("a"), bulk("b")));
    assertThat(first.join().keyIndexes()).containsExactly(2, 3);
    CompletableFuture<Command> second = resolver.resolve(args("MYMODULE.MPOP", "1", "c", "LEFT"));
    assertThat(dispatcher.names())
        .containsExactly("COMMAND INFO", "COMMAND GETKEYS", "COMMAND GETKEYS");
    dispatcher.pending.get(2).completeExceptionally(new RedisServerException("COMMAND", "ERR x"));
    assertThat(second.join().keyIndexes()).isEmpty();
  }

  @Test
  void aRefusedLookupIsCachedAsNoKeysATransportFailureIsNot() {
    CompletableFuture<Command> refused = resolver.resolve(args("BF.ADD", "k", "1", "2", "m"));
    dispatcher.pending.get(0).completeExceptionally(new RedisServerException("COMMAND", "NOPERM"));
    assertThat(refused.join().keyIndexes()).isEmpty();
    resolver.resolve(args("BF.ADD", "k", "1", "2", "m")).join();
    assertThat(dispatcher.names()).containsExactly("COMMAND INFO");

    CompletableFuture<Command> lost = resolver.resolve(args("TOPK.ADD", "AND", "d", "a"));
    dispatcher.pending.get(1).completeExceptionally(new RedisTimeoutException("timed out"));
    assertThat(lost.join().keyIndexes()).isEmpty();
    resolver.resolve(args("TOPK.ADD", "AND", "d", "a"));
    assertThat(dispatcher.names()).containsExactly("COMMAND INFO", "COMMAND INFO", "COMMAND INFO");
  }

  @Test
  void knownCommandsAndNonClusterModesNeverAsk() {
    assertThat(resolver.resolve(args("GET", "k")).join().keyIndexes()).containsExactly(1);
    assertThat(resolver.resolve(args("OBJECT", "ENCODING", "k")).join().keyIndexes())
        .containsExactly(2);
    dispatcher.splitsBySlot = false;
    assertThat(resolver.resolve(args("BF.ADD", "k", "1", "2", "m")).join().keyIndexes()).isEmpty();
    assertThat(dispatcher.sent).isEmpty();
  }
}
