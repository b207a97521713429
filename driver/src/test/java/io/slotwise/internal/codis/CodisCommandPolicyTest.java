package io.slotwise.internal.codis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.SlotwiseException;
import io.slotwise.codis.CodisUnsupportedCommandException;
import io.slotwise.internal.protocol.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodisCommandPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "KEYS",
        "SCAN",
        "MULTI",
        "EXEC",
        "DISCARD",
        "WATCH",
        "UNWATCH",
        "BLPOP",
        "BRPOP",
        "BRPOPLPUSH",
        "BLMOVE",
        "BZPOPMIN",
        "BZPOPMAX",
        "SUBSCRIBE",
        "PSUBSCRIBE",
        "UNSUBSCRIBE",
        "PUNSUBSCRIBE",
        "PUBLISH",
        "SCRIPT",
        "CLIENT",
        "CONFIG",
        "DBSIZE",
        "FLUSHALL",
        "FLUSHDB",
        "TIME",
        "WAIT",
        "MSETNX",
        "RENAME",
        "RENAMENX",
        "RANDOMKEY",
        "MOVE",
        "SAVE",
        "BGSAVE",
        "SHUTDOWN",
        "SLAVEOF",
        "REPLICAOF",
        "MONITOR",
        "SYNC",
        "PSYNC",
        "OBJECT",
        "HELLO",
        "BITOP"
      })
  void refusesWhatCodisRefuses(String name) {
    assertThat(CodisCommandPolicy.isRefused(name)).isTrue();
    assertThat(CodisCommandPolicy.isRefused(name.toLowerCase(java.util.Locale.ROOT))).isTrue();
    assertThatThrownBy(() -> CodisCommandPolicy.check(Command.keyless(false, name, "x")))
        .isInstanceOf(CodisUnsupportedCommandException.class)
        .isInstanceOf(SlotwiseException.class)
        .hasMessageStartingWith("Codis does not support " + name + ": ")
        .extracting(e -> ((CodisUnsupportedCommandException) e).command())
        .isEqualTo(name);
  }

  /**
   * Commands newer than Codis whose keys are not their first argument: the proxy routes every
   * command by its first argument, so it would send these to the wrong server (a wrong answer, not
   * an error). Refused by name, so typed methods added later are covered too.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "XREAD",
        "XREADGROUP",
        "XGROUP",
        "XINFO",
        "FCALL",
        "FCALL_RO",
        "EVAL_RO",
        "EVALSHA_RO",
        "LMPOP",
        "ZMPOP",
        "SINTERCARD",
        "ZINTERCARD",
        "ZUNION",
        "ZINTER",
        "ZDIFF",
        "MEMORY",
        "FUNCTION",
        "ACL",
        "MODULE",
        "FAILOVER",
        "SWAPDB"
      })
  void refusesNewerCommandsTheProxyWouldRouteWrongOrCannotServe(String name) {
    assertThatThrownBy(() -> CodisCommandPolicy.check(Command.keyless(false, name, "x", "k")))
        .isInstanceOf(CodisUnsupportedCommandException.class)
        .hasMessageStartingWith("Codis does not support " + name + ": ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"XADD", "XLEN", "XRANGE", "XACK", "GEOADD", "PFADD", "SETBIT", "BITFIELD_RO"})
  void allowsNewerCommandsKeyedByTheirFirstArgument(String name) {
    assertThatCode(() -> CodisCommandPolicy.check(Command.keyless(false, name, "k")))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesLowerCaseCommandsAndContainerSubcommands() {
    assertThatThrownBy(() -> CodisCommandPolicy.check(Command.keyless(false, "client", "setname")))
        .hasMessageStartingWith("Codis does not support CLIENT: ");
    assertThatThrownBy(() -> CodisCommandPolicy.check(Command.keyless(false, "keys", "*")))
        .hasMessageStartingWith("Codis does not support KEYS: ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET",
        "SET",
        "INCR",
        "DEL",
        "MGET",
        "MSET",
        "EXISTS",
        "EVAL",
        "EVALSHA",
        "PING",
        "INFO",
        "HSET",
        "ZADD",
        "LPUSH",
        "RPOPLPUSH",
        "SELECT",
        "ECHO",
        "TTL"
      })
  void allowsOrdinaryCommands(String name) {
    assertThat(CodisCommandPolicy.isRefused(name)).isFalse();
    assertThatCode(() -> CodisCommandPolicy.check(Command.keyless(false, name, "k")))
        .doesNotThrowAnyException();
  }

  @Test
  void allowsOnlyOneArgumentAuth() {
    assertThatCode(() -> CodisCommandPolicy.check(Command.keyless(false, "AUTH", "secret")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CodisCommandPolicy.check(Command.keyless(false, "AUTH", "u", "p")))
        .isInstanceOf(CodisUnsupportedCommandException.class)
        .hasMessage(
            "Codis does not support AUTH with 2 arguments: the proxy accepts only AUTH <password>");
  }

  @Test
  void listsRefusedCommandsAndRejectsNull() {
    assertThat(CodisCommandPolicy.refusedCommands())
        .contains("KEYS", "HELLO")
        .doesNotContain("GET");
    assertThatThrownBy(() -> CodisCommandPolicy.check(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("command");
    assertThatThrownBy(() -> CodisCommandPolicy.isRefused(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commandName");
  }
}
