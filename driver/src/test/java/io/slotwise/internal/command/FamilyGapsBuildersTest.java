package io.slotwise.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.cluster.CrossSlotException;
import io.slotwise.commands.ExpireCondition;
import io.slotwise.commands.GetExArgs;
import io.slotwise.commands.KeyValue;
import io.slotwise.commands.LPosArgs;
import io.slotwise.commands.LcsResult;
import io.slotwise.commands.ListDirection;
import io.slotwise.commands.RestoreArgs;
import io.slotwise.commands.ScanArgs;
import io.slotwise.commands.ScanResult;
import io.slotwise.commands.ScoreEnd;
import io.slotwise.commands.ScoredValue;
import io.slotwise.commands.SortArgs;
import io.slotwise.commands.ZAggregateArgs;
import io.slotwise.commands.ZRangeArgs;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builders and converters of the commands issue 14 added to the existing families: argument
 * vectors, key positions (also the new command-table shapes), argument checks, and both protocol
 * versions' reply shapes.
 */
class FamilyGapsBuildersTest {

  private static byte[] b(String s) {
    return s.getBytes(UTF_8);
  }

  private static List<String> words(Command c) {
    List<String> out = new ArrayList<>();
    for (byte[] a : c.args()) {
      out.add(new String(a, UTF_8));
    }
    return out;
  }

  private static Reply bulk(String s) {
    return new Reply.Bulk(b(s));
  }

  private static Reply arr(Reply... items) {
    return new Reply.Array(List.of(items));
  }

  private static Reply i(long v) {
    return new Reply.Int(v);
  }

  @Test
  void stringAndKeyCommands() {
    assertThat(words(KeyspaceCommandBuilder.getex(b("k"), GetExArgs.persist())))
        .containsExactly("GETEX", "k", "PERSIST");
    assertThat(words(KeyspaceCommandBuilder.getex(b("k"), GetExArgs.exat(99))))
        .containsExactly("GETEX", "k", "EXAT", "99");
    assertThat(words(KeyspaceCommandBuilder.lcsIdx(b("a"), b("b"), 3, true)))
        .containsExactly("LCS", "a", "b", "IDX", "MINMATCHLEN", "3", "WITHMATCHLEN");
    assertThat(KeyspaceCommandBuilder.lcs(b("a"), b("b")).keyIndexes()).containsExactly(1, 2);
    assertThat(words(KeyspaceCommandBuilder.expire("PEXPIREAT", b("k"), 5, ExpireCondition.NX)))
        .containsExactly("PEXPIREAT", "k", "5", "NX");
    assertThat(words(KeyspaceCommandBuilder.copy(b("s"), b("d"), 2, true, false)))
        .containsExactly("COPY", "s", "d", "DB", "2", "REPLACE");
    assertThatThrownBy(() -> KeyspaceCommandBuilder.copy(b("s"), b("d"), 2, true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cluster mode");
    assertThat(KeyspaceCommandBuilder.copy(b("s"), b("d"), -1, false, true).keyIndexes())
        .containsExactly(1, 2);
    Command restore =
        KeyspaceCommandBuilder.restore(
            b("k"), 7, b("x"), RestoreArgs.create().replace().absTtl().freq(3));
    assertThat(words(restore))
        .containsExactly("RESTORE", "k", "7", "x", "REPLACE", "ABSTTL", "FREQ", "3");
    assertThat(CommandTable.builtIn().isIdempotent("RESTORE")).isFalse();
    assertThatThrownBy(() -> RestoreArgs.create().freq(1).idleTime(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(KeyspaceCommandBuilder.objectEncoding(b("k")).keyIndexes()).containsExactly(2);
    assertThatThrownBy(() -> KeyspaceCommandBuilder.setex(b("k"), 0, b("v")))
        .hasMessageContaining("seconds");
  }

  @Test
  void sortFindsTheStoreKeyAndChecksPatternsInClusterMode() {
    SortArgs args = SortArgs.create().by("{t}w_*").limit(0, 2).get("#").get("{t}n_*").alpha();
    Command sort = KeyspaceCommandBuilder.sort("SORT", b("{t}k"), args, b("{t}d"), true);
    assertThat(words(sort))
        .containsExactly(
            "SORT", "{t}k", "BY", "{t}w_*", "LIMIT", "0", "2", "GET", "#", "GET", "{t}n_*", "ALPHA",
            "STORE", "{t}d");
    assertThat(sort.keyIndexes()).containsExactly(1, 13);
    // A pattern or option argument spelled "store" is not the STORE option.
    byte[][] tricky = {b("SORT"), b("k"), b("BY"), b("store"), b("GET"), b("STORE")};
    assertThat(CommandTable.keyIndexes("SORT", tricky)).containsExactly(1);
    assertThat(
            KeyspaceCommandBuilder.sort("SORT_RO", b("k"), SortArgs.create(), null, true)
                .keyIndexes())
        .containsExactly(1);
    assertThatThrownBy(
            () ->
                KeyspaceCommandBuilder.sort(
                    "SORT", b("k"), SortArgs.create().by("w_*"), null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hash tag");
    assertThatThrownBy(
            () ->
                KeyspaceCommandBuilder.sort(
                    "SORT", b("{a}k"), SortArgs.create().get("{b}n_*"), null, true))
        .isInstanceOf(CrossSlotException.class);
    assertThatThrownBy(
            () ->
                KeyspaceCommandBuilder.sort(
                    "SORT", b("{*}k"), SortArgs.create().get("{*}n_*"), null, true))
        .isInstanceOf(IllegalArgumentException.class);
    // Outside cluster mode, and for "#" and a BY without '*' (no sorting), nothing is checked.
    KeyspaceCommandBuilder.sort("SORT", b("k"), SortArgs.create().by("w_*"), null, false);
    KeyspaceCommandBuilder.sort(
        "SORT", b("k"), SortArgs.create().by("nosort").get("#"), null, true);
  }

  @Test
  void collectionCommandsAndTheirKeyShapes() {
    Command hscan =
        HashListSetCommandBuilder.scan("HSCAN", b("h"), "17", ScanArgs.create().count(5));
    assertThat(words(hscan)).containsExactly("HSCAN", "h", "17", "COUNT", "5");
    assertThatThrownBy(
            () -> HashListSetCommandBuilder.scan("SSCAN", b("s"), "x", ScanArgs.create()))
        .hasMessageContaining("cursor");
    assertThat(
            words(
                HashListSetCommandBuilder.lpos(
                    b("l"), b("e"), LPosArgs.create().rank(-2).maxlen(9), 0)))
        .containsExactly("LPOS", "l", "e", "RANK", "-2", "COUNT", "0", "MAXLEN", "9");
    Command lmpop =
        HashListSetCommandBuilder.lmpop(ListDirection.RIGHT, 3, new byte[][] {b("a"), b("b")});
    assertThat(words(lmpop)).containsExactly("LMPOP", "2", "a", "b", "RIGHT", "COUNT", "3");
    assertThat(lmpop.keyIndexes()).containsExactly(2, 3);
    Command card = HashListSetCommandBuilder.sintercard(4, new byte[][] {b("a"), b("b"), b("c")});
    assertThat(words(card)).containsExactly("SINTERCARD", "3", "a", "b", "c", "LIMIT", "4");
    assertThat(card.keyIndexes()).containsExactly(2, 3, 4);
    assertThat(card.isReadOnly()).isTrue();
    assertThat(
            HashListSetCommandBuilder.store("SDIFFSTORE", b("d"), new byte[][] {b("a")})
                .keyIndexes())
        .containsExactly(1, 2);
    Command store =
        SortedSetCommandBuilder.combine(
            "ZINTERSTORE",
            b("d"),
            new byte[][] {b("a"), b("b")},
            ZAggregateArgs.create().weights(1.5, 2).aggregate(ZAggregateArgs.Aggregate.MIN),
            false);
    assertThat(words(store))
        .containsExactly(
            "ZINTERSTORE", "d", "2", "a", "b", "WEIGHTS", "1.5", "2", "AGGREGATE", "MIN");
    assertThat(store.keyIndexes()).containsExactly(1, 3, 4);
    Command union =
        SortedSetCommandBuilder.combine("ZUNION", null, new byte[][] {b("a")}, null, true);
    assertThat(words(union)).containsExactly("ZUNION", "1", "a", "WITHSCORES");
    assertThat(union.keyIndexes()).containsExactly(2);
    assertThatThrownBy(
            () ->
                SortedSetCommandBuilder.combine(
                    "ZUNION",
                    null,
                    new byte[][] {b("a"), b("b")},
                    ZAggregateArgs.create().weights(1),
                    false))
        .hasMessageContaining("one weight per key");
    assertThat(
            words(
                SortedSetCommandBuilder.zrange(
                    b("z"),
                    ZRangeArgs.byScore(1, Double.POSITIVE_INFINITY).rev().limit(2, 3),
                    true)))
        .containsExactly(
            "ZRANGE", "z", "1", "+inf", "BYSCORE", "REV", "LIMIT", "2", "3", "WITHSCORES");
    assertThatThrownBy(
            () -> SortedSetCommandBuilder.zrange(b("z"), ZRangeArgs.byLex("-", "+"), true))
        .hasMessageContaining("BYLEX");
    assertThatThrownBy(() -> ZRangeArgs.byRank(0, 1).limit(0, 1)).hasMessageContaining("LIMIT");
    assertThatThrownBy(() -> ZRangeArgs.byLex("a", "+")).hasMessageContaining("'['");
    Command inter = SortedSetCommandBuilder.zintercard(2, new byte[][] {b("a"), b("b")});
    assertThat(words(inter)).containsExactly("ZINTERCARD", "2", "a", "b", "LIMIT", "2");
    assertThat(inter.keyIndexes()).containsExactly(2, 3);
    assertThat(inter.isReadOnly()).isTrue();
    Command zmpop = SortedSetCommandBuilder.zmpop(ScoreEnd.MAX, 1, new byte[][] {b("a")});
    assertThat(words(zmpop)).containsExactly("ZMPOP", "1", "a", "MAX", "COUNT", "1");
    assertThat(
            SortedSetCommandBuilder.zrangestore(b("d"), b("s"), ZRangeArgs.byRank(0, 1))
                .keyIndexes())
        .containsExactly(1, 2);
  }

  @Test
  void lcsRepliesOfBothProtocols() {
    Reply match = arr(arr(i(4), i(7)), arr(i(5), i(8)), i(4));
    Reply resp2 = arr(bulk("matches"), arr(match), bulk("len"), i(6));
    Reply resp3 =
        new Reply.MapReply(List.of(bulk("matches"), bulk("len")), List.of(arr(match), i(6)));
    LcsResult expected = new LcsResult(List.of(new LcsResult.Match(4, 7, 5, 8, 4)), 6);
    assertThat(ResultConverters.lcs(resp2)).isEqualTo(expected);
    assertThat(ResultConverters.lcs(resp3)).isEqualTo(expected);
  }

  @Test
  void pairAndPopRepliesOfBothProtocols() {
    Reply flat = arr(bulk("f"), bulk("v"), bulk("g"), bulk("w"));
    Reply nested = arr(arr(bulk("f"), bulk("v")), arr(bulk("g"), bulk("w")));
    List<KeyValue<String, String>> expected =
        List.of(new KeyValue<>("f", "v"), new KeyValue<>("g", "w"));
    assertThat(ResultConverters.pairs(Converters::string, Converters::string).apply(flat))
        .isEqualTo(expected);
    assertThat(ResultConverters.pairs(Converters::string, Converters::string).apply(nested))
        .isEqualTo(expected);
    ScanResult<ScoredValue<String>> page =
        ResultConverters.scanPairs(ResultConverters.flatScored(Converters::string))
            .apply(arr(bulk("0"), arr(bulk("m"), bulk("1.5"))));
    assertThat(page.isFinished()).isTrue();
    assertThat(page.keys()).containsExactly(new ScoredValue<>("m", 1.5));
    assertThat(ResultConverters.firstScored(Converters::string).apply(arr())).isNull();
    assertThat(
            ResultConverters.firstScored(Converters::string)
                .apply(arr(bulk("m"), new Reply.DoubleReply(2))))
        .isEqualTo(new ScoredValue<>("m", 2.0));
    assertThat(
            ResultConverters.keyAnd(Converters::string, Converters.STRING_LIST)
                .apply(Reply.Null.INSTANCE))
        .isNull();
    KeyValue<String, List<ScoredValue<String>>> zmpop =
        ResultConverters.keyAnd(Converters::string, Converters.scored(Converters::string))
            .apply(arr(bulk("k"), arr(arr(bulk("a"), new Reply.DoubleReply(1)))));
    assertThat(zmpop).isEqualTo(new KeyValue<>("k", List.of(new ScoredValue<>("a", 1.0))));
  }
}
