package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisProtocolException;
import io.slotwise.commands.RedisCommands;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import io.slotwise.internal.executor.RecordingDispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyless rules over a recording dispatcher: which call each command makes, and the merge. */
class KeylessCommandsTest {
  private static final HostAndPort A = HostAndPort.parse("127.0.0.1:7000");
  private static final HostAndPort B = HostAndPort.parse("127.0.0.1:7001");

  private final RecordingDispatcher dispatcher = new RecordingDispatcher();
  private final RedisCommands redis =
      new SyncCommandsImpl(new AsyncCommandsImpl(dispatcher), java.time.Duration.ofSeconds(2));

  private static Reply bulk(String s) {
    return new Reply.Bulk(s.getBytes(UTF_8));
  }

  private static Reply page(String cursor, String... keys) {
    List<Reply> items = new ArrayList<>();
    for (String k : keys) {
      items.add(bulk(k));
    }
    return new Reply.Array(List.of(bulk(cursor), new Reply.Array(items)));
  }

  private static List<String> words(Command c) {
    List<String> out = new ArrayList<>();
    for (byte[] a : c.args()) {
      out.add(new String(a, UTF_8));
    }
    return out;
  }

  @Test
  void scriptFlushIsOneTwoWordCommandOnEveryMaster() {
    dispatcher.answerAll(List.of(new Reply.SimpleString("OK"), new Reply.SimpleString("OK")));
    assertThat(redis.scriptFlush()).isEqualTo("OK");
    assertThat(dispatcher.calls).containsExactly("fanOut SCRIPT FLUSH");
    assertThat(words(dispatcher.last())).containsExactly("SCRIPT", "FLUSH");
    assertThat(dispatcher.last().isReadOnly()).isFalse();
  }

  @Test
  void dbsizeSumsEveryMaster() {
    dispatcher.answerAll(List.of(new Reply.Int(3), new Reply.Int(4), new Reply.Int(5)));
    assertThat(redis.dbsize()).isEqualTo(12);
    assertThat(dispatcher.calls).containsExactly("fanOut DBSIZE");
  }

  @Test
  void flushallGoesToEveryMasterAndNeedsEveryOk() {
    List<Reply> ok = List.of(new Reply.SimpleString("OK"), new Reply.SimpleString("OK"));
    dispatcher.answerAll(ok).answerAll(ok).answerAll(ok);
    assertThat(redis.flushall()).isEqualTo("OK");
    assertThat(redis.flushall(true)).isEqualTo("OK");
    assertThat(words(dispatcher.last())).containsExactly("FLUSHALL", "ASYNC");
    assertThat(redis.flushall(false)).isEqualTo("OK");
    assertThat(words(dispatcher.last())).containsExactly("FLUSHALL", "SYNC");
    dispatcher.answerAll(List.of(new Reply.SimpleString("OK"), new Reply.SimpleString("QUEUED")));
    assertThatThrownBy(redis::flushall).isInstanceOf(RedisProtocolException.class);
  }

  @Test
  void keysConcatenatesEveryMastersAnswer() {
    dispatcher.answerAll(
        List.of(
            new Reply.Array(List.of(bulk("a"), bulk("b"))), new Reply.Array(List.of(bulk("c")))));
    assertThat(redis.keys("*")).containsExactly("a", "b", "c");
    assertThat(words(dispatcher.last())).containsExactly("KEYS", "*");
  }

  @Test
  void clusterScanWalksTheMastersWithACompositeCursor() {
    dispatcher.splitsBySlot = true;
    dispatcher.masters = List.of(B, A);
    dispatcher.answer(page("17", "k1")).answer(page("0", "k2")).answer(page("0"));
    ScanResult<String> first = redis.scan("0", ScanArgs.create().count(10));
    assertThat(first.keys()).containsExactly("k1");
    assertThat(first.cursor()).isEqualTo("127.0.0.1:7000@17");
    ScanResult<String> second = redis.scan(first.cursor(), ScanArgs.create().count(10));
    assertThat(second.cursor()).isEqualTo("127.0.0.1:7000,127.0.0.1:7001@0");
    assertThat(second.isFinished()).isFalse();
    ScanResult<String> last = redis.scan(second.cursor(), ScanArgs.create().count(10));
    assertThat(last.isFinished()).isTrue();
    assertThat(dispatcher.calls)
        .containsExactly(
            "executeOn 127.0.0.1:7000 SCAN",
            "executeOn 127.0.0.1:7000 SCAN",
            "executeOn 127.0.0.1:7001 SCAN");
    assertThat(words(dispatcher.commands.get(1))).containsExactly("SCAN", "17", "COUNT", "10");
    assertThat(words(dispatcher.commands.get(2))).containsExactly("SCAN", "0", "COUNT", "10");
  }

  @Test
  void clusterScanWithoutAnyKnownMasterFails() {
    dispatcher.splitsBySlot = true;
    dispatcher.masters = List.of();
    assertThatThrownBy(() -> redis.scan("0")).isInstanceOf(RedisConnectionException.class);
  }

  @Test
  void standaloneScanPassesTheServersCursor() {
    dispatcher.answer(page("42", "x"));
    ScanResult<byte[]> page = redis.scanBytes("7", ScanArgs.create().match("x*"));
    assertThat(page.cursor()).isEqualTo("42");
    assertThat(page.keys()).containsExactly("x".getBytes(UTF_8));
    assertThat(words(dispatcher.last())).containsExactly("SCAN", "7", "MATCH", "x*");
    assertThat(dispatcher.calls).containsExactly("execute SCAN");
    assertThatThrownBy(() -> redis.scan("127.0.0.1:7000@1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
    assertThatThrownBy(() -> redis.scan("0", null)).hasMessageContaining("scanArgs");
  }

  @Test
  void pingAndInfoOfANodeGoToThatNode() {
    dispatcher.answer(new Reply.SimpleString("PONG")).answer(bulk("# Server\r\ntcp_port:7001"));
    assertThat(redis.ping(B)).isEqualTo("PONG");
    assertThat(redis.info(B, "server")).contains("tcp_port:7001");
    assertThat(dispatcher.calls)
        .containsExactly("executeOn 127.0.0.1:7001 PING", "executeOn 127.0.0.1:7001 INFO");
    assertThat(words(dispatcher.last())).containsExactly("INFO", "server");
    assertThatThrownBy(() -> redis.ping(null)).hasMessageContaining("node");
    assertThatThrownBy(() -> redis.info(B, null)).hasMessageContaining("section");
  }

  @Test
  void randomkeyTriesMastersUntilOneHasAKey() {
    dispatcher.masters = List.of(A, B);
    dispatcher.answer(Reply.Null.INSTANCE).answer(bulk("k"));
    assertThat(redis.randomkey()).isEqualTo("k");
    assertThat(dispatcher.calls).hasSize(2);
    dispatcher.answer(Reply.Null.INSTANCE).answer(Reply.Null.INSTANCE);
    assertThat(redis.randomkey()).isNull();
    assertThat(dispatcher.calls).hasSize(4);
  }
}
