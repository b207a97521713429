package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisProtocolException;
import io.slotwise.commands.AutoClaimResult;
import io.slotwise.commands.GeoResult;
import io.slotwise.commands.GeoSearchArgs;
import io.slotwise.commands.GeoUnit;
import io.slotwise.commands.PendingSummary;
import io.slotwise.commands.StreamEntry;
import io.slotwise.commands.StreamGroupInfo;
import io.slotwise.commands.StreamInfo;
import io.slotwise.commands.StreamMessages;
import io.slotwise.commands.XReadArgs;
import io.slotwise.internal.executor.Dispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Stream and geo replies in both protocol versions (RESP3 maps and doubles, RESP2 flat arrays and
 * strings), and where a blocking {@code XREAD} is sent.
 */
class StreamGeoConvertersTest {
  private static final Reply NULL = Reply.Null.INSTANCE;

  private static Reply bulk(String s) {
    return new Reply.Bulk(s.getBytes(UTF_8));
  }

  private static Reply array(Reply... items) {
    return new Reply.Array(List.of(items));
  }

  private static Reply entry(String id, String... kv) {
    List<Reply> f = new ArrayList<>();
    for (String s : kv) {
      f.add(bulk(s));
    }
    return array(bulk(id), new Reply.Array(f));
  }

  @Test
  void xreadInBothProtocols() {
    Function<Reply, List<StreamMessages<String, String>>> conv =
        StreamConverters.messages(Converters::string);
    Reply resp2 = array(array(bulk("s"), array(entry("1-0", "b", "2", "a", "1"))));
    Reply resp3 =
        new Reply.MapReply(List.of(bulk("s")), List.of(array(entry("1-0", "b", "2", "a", "1"))));
    for (Reply r : List.of(resp2, resp3)) {
      List<StreamMessages<String, String>> m = conv.apply(r);
      assertThat(m).hasSize(1);
      assertThat(m.get(0).stream()).isEqualTo("s");
      StreamEntry<String> e = m.get(0).entries().get(0);
      assertThat(e.id()).isEqualTo("1-0");
      assertThat(e.fieldMap()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
    }
    assertThat(conv.apply(NULL)).isEmpty();
    // A deleted entry in a consumer's history: [id, nil].
    assertThat(StreamConverters.entries(Converters::string).apply(array(array(bulk("1-0"), NULL))))
        .containsExactly(new StreamEntry<>("1-0", List.of()));
    assertThatThrownBy(() -> StreamConverters.entries(Converters::string).apply(array(bulk("x"))))
        .isInstanceOf(RedisProtocolException.class);
  }

  @Test
  void pendingAutoclaimAndInfo() {
    PendingSummary s =
        StreamConverters.pendingSummary(
            array(
                new Reply.Int(3),
                bulk("1-0"),
                bulk("3-0"),
                array(array(bulk("alice"), bulk("2")), array(bulk("bob"), bulk("1")))));
    assertThat(s.consumers()).containsExactly(Map.entry("alice", 2L), Map.entry("bob", 1L));
    assertThat(StreamConverters.pendingSummary(array(new Reply.Int(0), NULL, NULL, NULL)).count())
        .isZero();
    AutoClaimResult<String> a =
        StreamConverters.autoClaim(Converters::string)
            .apply(array(bulk("0-0"), array(entry("2-0", "n", "2")), array(bulk("3-0"))));
    assertThat(a.entries()).extracting(StreamEntry::id).containsExactly("2-0");
    assertThat(a.deletedIds()).containsExactly("3-0");
    Reply infoResp2 =
        array(
            bulk("length"),
            new Reply.Int(2),
            bulk("radix-tree-keys"),
            new Reply.Int(1),
            bulk("radix-tree-nodes"),
            new Reply.Int(2),
            bulk("last-generated-id"),
            bulk("3-0"),
            bulk("groups"),
            new Reply.Int(1),
            bulk("first-entry"),
            entry("1-0", "n", "1"),
            bulk("last-entry"),
            NULL);
    StreamInfo<String> info = StreamConverters.streamInfo(Converters::string).apply(infoResp2);
    assertThat(info.length()).isEqualTo(2);
    assertThat(info.entriesAdded()).as("absent before Redis 7").isNull();
    assertThat(info.firstEntry().id()).isEqualTo("1-0");
    assertThat(info.lastEntry()).isNull();
    Reply groupResp3 =
        new Reply.MapReply(
            List.of(
                bulk("name"),
                bulk("consumers"),
                bulk("pending"),
                bulk("last-delivered-id"),
                bulk("entries-read"),
                bulk("lag")),
            List.of(
                bulk("g"),
                new Reply.Int(2),
                new Reply.Int(1),
                bulk("3-0"),
                new Reply.Int(3),
                NULL));
    assertThat(StreamConverters.GROUPS.apply(array(groupResp3)))
        .containsExactly(new StreamGroupInfo("g", 2, 1, "3-0", 3L, null));
  }

  @Test
  void geoResultsInBothProtocols() {
    GeoSearchArgs all =
        GeoSearchArgs.fromLonLat(0, 0).byRadius(1, GeoUnit.KM).withDist().withHash().withCoord();
    Reply resp2 =
        array(array(bulk("a"), bulk("0.5"), new Reply.Int(123), array(bulk("1.5"), bulk("2.5"))));
    Reply resp3 =
        array(
            array(
                bulk("a"),
                new Reply.DoubleReply(0.5),
                new Reply.Int(123),
                array(new Reply.DoubleReply(1.5), new Reply.DoubleReply(2.5))));
    for (Reply r : List.of(resp2, resp3)) {
      GeoResult<String> g = GeoConverters.results(all, Converters::string).apply(r).get(0);
      assertThat(g.member()).isEqualTo("a");
      assertThat(g.distance()).isEqualTo(0.5);
      assertThat(g.hash()).isEqualTo(123L);
      assertThat(g.coordinates().longitude()).isEqualTo(1.5);
      assertThat(g.coordinates().latitude()).isEqualTo(2.5);
    }
    GeoSearchArgs dist = GeoSearchArgs.fromLonLat(0, 0).byRadius(1, GeoUnit.KM).withDist();
    assertThat(
            GeoConverters.results(dist, Converters::string)
                .apply(array(array(bulk("b"), bulk("2")))))
        .containsExactly(new GeoResult<>("b", 2.0, null, null));
    assertThat(GeoConverters.POSITIONS.apply(array(NULL, array(bulk("1"), bulk("2")))))
        .hasSize(2)
        .first()
        .isNull();
  }

  @Test
  void blockingReadsGoToAnExclusiveConnectionOthersToTheSharedOne() {
    Recorder d = new Recorder();
    AsyncCommandsImpl redis = new AsyncCommandsImpl(d);
    redis.xread(XReadArgs.create(), "s", "0");
    redis.xreadgroup("g", "c", XReadArgs.create().block(Duration.ofSeconds(2)), "s", ">");
    redis.xread(XReadArgs.create().block(Duration.ZERO), "s", "$");
    assertThat(d.calls)
        .containsExactly("execute XREAD", "blocking XREADGROUP PT2S", "blocking XREAD PT0S");
  }

  /** Records which dispatcher method each command took. Not thread-safe. */
  private static final class Recorder implements Dispatcher {
    final List<String> calls = new ArrayList<>();

    @Override
    public <T> CompletableFuture<T> execute(Command command, Function<Reply, T> converter) {
      calls.add("execute " + command.name());
      return new CompletableFuture<>();
    }

    @Override
    public <T> CompletableFuture<T> executeBlocking(
        Command command, Function<Reply, T> converter, Duration blockFor) {
      calls.add("blocking " + command.name() + " " + blockFor);
      return new CompletableFuture<>();
    }

    @Override
    public <T> CompletableFuture<T> executeOn(
        HostAndPort node, Command command, Function<Reply, T> converter) {
      throw new AssertionError("not expected");
    }

    @Override
    public CompletableFuture<List<byte[]>> mget(byte[][] keys) {
      throw new AssertionError("not expected");
    }

    @Override
    public CompletableFuture<Void> mset(Map<byte[], byte[]> keyValues) {
      throw new AssertionError("not expected");
    }

    @Override
    public CompletableFuture<Long> countKeys(String command, byte[][] keys) {
      throw new AssertionError("not expected");
    }

    @Override
    public <T> CompletableFuture<T> fanOut(Command command, Function<List<Reply>, T> combiner) {
      throw new AssertionError("not expected");
    }

    @Override
    public List<HostAndPort> masters() {
      return List.of();
    }

    @Override
    public boolean splitsBySlot() {
      return false;
    }
  }
}
