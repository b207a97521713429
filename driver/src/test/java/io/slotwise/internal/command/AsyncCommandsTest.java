package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.RedisProtocolException;
import io.slotwise.commands.AsyncRedisCommands;
import io.slotwise.commands.ScoredValue;
import io.slotwise.commands.SetArgs;
import io.slotwise.internal.executor.RecordingDispatcher;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class AsyncCommandsTest {
  private final RecordingDispatcher dispatcher = new RecordingDispatcher();
  private final AsyncRedisCommands redis = new AsyncCommandsImpl(dispatcher);

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  private static Reply bulk(String s) {
    return new Reply.Bulk(b(s));
  }

  private static List<String> words(Command c) {
    List<String> out = new ArrayList<>();
    for (byte[] a : c.args()) {
      out.add(new String(a, UTF_8));
    }
    return out;
  }

  private static <T> T done(CompletableFuture<T> f) {
    assertThat(f).isDone();
    return f.join();
  }

  @Test
  void stringAndBinaryOverloadsBuildTheSameCommand() {
    dispatcher.answer(bulk("v")).answer(bulk("v"));
    assertThat(done(redis.get("ключ"))).isEqualTo("v");
    assertThat(done(redis.get(b("ключ")))).isEqualTo(b("v"));
    assertThat(dispatcher.commands.get(0)).isEqualTo(dispatcher.commands.get(1));
    assertThat(words(dispatcher.commands.get(0))).containsExactly("GET", "ключ");
  }

  @Test
  void setRepliesOkOrNullWhenAConditionHeldIt() {
    dispatcher.answer(new Reply.SimpleString("OK")).answer(Reply.Null.INSTANCE);
    assertThat(done(redis.set("k", "v"))).isEqualTo("OK");
    assertThat(done(redis.set("k", "v", SetArgs.create().nx()))).isNull();
    assertThat(words(dispatcher.last())).containsExactly("SET", "k", "v", "NX");
    dispatcher.answer(bulk("old"));
    assertThat(done(redis.setGet("k", "new"))).isEqualTo("old");
    assertThat(words(dispatcher.last())).containsExactly("SET", "k", "new", "GET");
  }

  @Test
  void typedRepliesOfEachFamily() {
    dispatcher.answer(new Reply.Int(5));
    assertThat(done(redis.incr("n"))).isEqualTo(5L);
    dispatcher.answer(bulk("2.5"));
    assertThat(done(redis.incrbyfloat("n", 1.5))).isEqualTo(2.5);
    dispatcher.answer(new Reply.Int(1));
    assertThat(done(redis.expire("k", 10))).isTrue();
    dispatcher.answer(new Reply.SimpleString("hash"));
    assertThat(done(redis.type("k"))).isEqualTo("hash");
    dispatcher.answer(new Reply.MapReply(List.of(bulk("f")), List.of(bulk("v"))));
    assertThat(done(redis.hgetall("h"))).containsExactly(Map.entry("f", "v"));
    dispatcher.answer(new Reply.Array(List.of(bulk("f"), bulk("v"))));
    List<Map.Entry<byte[], byte[]>> entries = done(redis.hgetall(b("h")));
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).getKey()).isEqualTo(b("f"));
    dispatcher.answer(new Reply.Array(List.of(bulk("a"), Reply.Null.INSTANCE)));
    assertThat(done(redis.hmget("h", "a", "b"))).containsExactly("a", null);
    dispatcher.answer(Reply.Null.INSTANCE);
    assertThat(done(redis.lpop("l", 2))).isEmpty();
    dispatcher.answer(new Reply.SetReply(List.of(bulk("x"), bulk("y"))));
    assertThat(done(redis.smembers("s"))).containsExactly("x", "y");
    dispatcher.answer(new Reply.SetReply(List.of(bulk("x"))));
    assertThat(done(redis.smembers(b("s")))).containsExactly(b("x"));
    dispatcher.answer(new Reply.DoubleReply(4.0));
    assertThat(done(redis.zscore("z", "m"))).isEqualTo(4.0);
    dispatcher.answer(Reply.Null.INSTANCE);
    assertThat(done(redis.zscore("z", "absent"))).isNull();
    dispatcher.answer(Reply.Null.INSTANCE);
    assertThat(done(redis.zrank("z", "absent"))).isNull();
    dispatcher.answer(new Reply.Array(List.of(bulk("a"), bulk("-inf"))));
    assertThat(done(redis.zrangeWithScores("z", 0, -1)))
        .containsExactly(new ScoredValue<>("a", Double.NEGATIVE_INFINITY));
    assertThat(words(dispatcher.last())).containsExactly("ZRANGE", "z", "0", "-1", "WITHSCORES");
    dispatcher.answer(new Reply.SimpleString("PONG"));
    assertThat(done(redis.ping())).isEqualTo("PONG");
    dispatcher.answer(new Reply.Verbatim("txt", b("# Server\r\nredis_version:7.0.0")));
    assertThat(done(redis.info("server"))).startsWith("# Server");
  }

  @Test
  void mapsKeepTheCallersOrder() {
    Map<String, String> fv = new LinkedHashMap<>();
    fv.put("f2", "v2");
    fv.put("f1", "v1");
    dispatcher.answer(new Reply.Int(2));
    assertThat(done(redis.hset("h", fv))).isEqualTo(2L);
    assertThat(words(dispatcher.last())).containsExactly("HSET", "h", "f2", "v2", "f1", "v1");
    Map<String, Double> ms = new LinkedHashMap<>();
    ms.put("b", 2.0);
    ms.put("a", 0.5);
    dispatcher.answer(new Reply.Int(2));
    assertThat(done(redis.zadd("z", ms))).isEqualTo(2L);
    assertThat(words(dispatcher.last())).containsExactly("ZADD", "z", "2", "b", "0.5", "a");
  }

  @Test
  void multiKeyCommandsGoThroughTheDispatchersSplittingMethods() {
    dispatcher.mgetAnswer = Arrays.asList(b("1"), null);
    assertThat(done(redis.mget("a", "b"))).containsExactly("1", null);
    assertThat(dispatcher.keyArgs.get(0)).isEqualTo(new byte[][] {b("a"), b("b")});
    Map<String, String> kv = new LinkedHashMap<>();
    kv.put("a", "1");
    assertThat(done(redis.mset(kv))).isEqualTo("OK");
    Map.Entry<byte[], byte[]> sent = dispatcher.msets.get(0).entrySet().iterator().next();
    assertThat(sent.getKey()).isEqualTo(b("a"));
    assertThat(sent.getValue()).isEqualTo(b("1"));
    dispatcher.countAnswer = 2;
    assertThat(done(redis.del("a", "b"))).isEqualTo(2L);
    assertThat(done(redis.unlink(b("a")))).isEqualTo(2L);
    assertThat(done(redis.exists("a"))).isEqualTo(2L);
    assertThat(done(redis.touch("a"))).isEqualTo(2L);
    assertThat(dispatcher.calls)
        .containsExactly(
            "mget",
            "mset",
            "countKeys DEL",
            "countKeys UNLINK",
            "countKeys EXISTS",
            "countKeys TOUCH");
  }

  @Test
  void scriptLoadReachesEveryMasterAndChecksTheShasAgree() {
    dispatcher.answerAll(List.of(bulk("abc"), bulk("abc")));
    assertThat(done(redis.scriptLoad("return 1"))).isEqualTo("abc");
    assertThat(dispatcher.calls).containsExactly("fanOut SCRIPT LOAD");
    dispatcher.answerAll(List.of(bulk("abc"), bulk("def")));
    CompletableFuture<String> f = redis.scriptLoad("return 1");
    assertThatThrownBy(f::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("different SHA1s");
  }

  @Test
  void evalRoutesByItsKeysAndConvertsGenerically() {
    dispatcher.answer(new Reply.Array(List.of(new Reply.Int(1), bulk("x"))));
    Object r = done(redis.eval("return {1,'x'}", List.of("k"), List.of("a")));
    assertThat(r).isEqualTo(List.of(1L, "x"));
    assertThat(words(dispatcher.last())).containsExactly("EVAL", "return {1,'x'}", "1", "k", "a");
    assertThat(dispatcher.last().keyIndexes()).containsExactly(3);
    dispatcher.answer(bulk("x"));
    assertThat(done(redis.evalsha(b("sha"), List.of(), List.of()))).isEqualTo(b("x"));
  }

  @Test
  void executeAnyCommand() {
    dispatcher.answer(new Reply.Int(3));
    assertThat(done(redis.execute("hlen", "h"))).isEqualTo(3L);
    Command c = dispatcher.last();
    assertThat(c.name()).isEqualTo("HLEN");
    assertThat(c.keyIndexes()).containsExactly(1);
    assertThat(c.isReadOnly()).isTrue();
    dispatcher.answer(bulk("v"));
    assertThat(done(redis.execute(b("GET"), b("k")))).isEqualTo(b("v"));
    dispatcher.answer(new Reply.SimpleString("OK"));
    assertThat(done(redis.execute("MODULE.SET", "x"))).isEqualTo("OK");
    assertThat(dispatcher.last().keyIndexes()).isEmpty();
    assertThat(dispatcher.last().isReadOnly()).isFalse();
  }

  @Test
  void invalidArgumentsThrowAtOnceNamingTheParameter() {
    assertThatThrownBy(() -> redis.get((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must not be null");
    assertThatThrownBy(() -> redis.set("k", null)).hasMessage("value must not be null");
    assertThatThrownBy(() -> redis.mget(new String[0])).hasMessage("keys must not be empty");
    assertThatThrownBy(() -> redis.del("a", null)).hasMessage("keys[1] must not be null");
    assertThatThrownBy(() -> redis.del((byte[][]) null)).hasMessage("keys must not be null");
    assertThatThrownBy(() -> redis.mset(Map.of())).hasMessage("keyValues must not be empty");
    assertThatThrownBy(() -> redis.hset("h", (Map<String, String>) null))
        .hasMessage("fieldValues must not be null");
    assertThatThrownBy(() -> redis.sadd("s")).hasMessage("members must not be empty");
    assertThatThrownBy(() -> redis.eval("s", null, List.of())).hasMessage("keys must not be null");
    assertThatThrownBy(() -> redis.eval("s", List.of(), Arrays.asList("a", null)))
        .hasMessage("args[1] must not be null");
    assertThatThrownBy(() -> redis.execute(new String[0])).hasMessage("args must not be empty");
    assertThatThrownBy(() -> redis.info(null)).hasMessage("section must not be null");
    assertThat(dispatcher.calls).isEmpty();
  }
}
