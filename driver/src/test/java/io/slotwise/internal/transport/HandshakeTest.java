package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.SlotwiseConfig;
import io.slotwise.SlotwiseConfig.Protocol;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HandshakeTest {
  private static final HostAndPort ADDRESS = HostAndPort.of("10.0.0.1", 7000);
  private static final Reply OK = new Reply.SimpleString("OK");

  /** Answers by command name; records the argument vectors it was given. */
  private static final class ScriptedServer implements Function<Command, CompletableFuture<Reply>> {
    final List<String> received = new ArrayList<>();
    private final Map<String, Reply> answers;

    ScriptedServer(Map<String, Reply> answers) {
      this.answers = answers;
    }

    @Override
    public CompletableFuture<Reply> apply(Command command) {
      List<String> words = new ArrayList<>();
      for (byte[] a : command.args()) {
        words.add(new String(a, StandardCharsets.UTF_8));
      }
      received.add(String.join(" ", words));
      return CompletableFuture.completedFuture(answers.getOrDefault(command.name(), OK));
    }
  }

  private static ConnectionSettings settings(UnaryOperator<SlotwiseConfig.Builder> options) {
    return Routers.connectionSettings(options.apply(SlotwiseConfig.standalone("h:1")).build());
  }

  private static Handshake.Negotiated run(ConnectionSettings s, ScriptedServer server) {
    return new Handshake(s, ADDRESS, server).run().join();
  }

  @Test
  void autoSendsOneHelloWithCredentialsAndName() {
    ScriptedServer server =
        new ScriptedServer(Map.of("HELLO", new Reply.MapReply(List.of(), List.of())));
    Handshake.Negotiated result =
        run(settings(b -> b.username("alice").password("pw").clientName("app")), server);
    assertThat(result).isEqualTo(Handshake.Negotiated.RESP3);
    assertThat(server.received).containsExactly("HELLO 3 AUTH alice pw SETNAME app");
  }

  @Test
  void helloAuthenticatesTheDefaultUserWhenOnlyAPasswordIsSet() {
    ScriptedServer server = new ScriptedServer(Map.of());
    run(settings(b -> b.password("pw")), server);
    assertThat(server.received).containsExactly("HELLO 3 AUTH default pw");
  }

  @Test
  void fallsBackToResp2WhenHelloIsUnknown() {
    ScriptedServer server =
        new ScriptedServer(Map.of("HELLO", new Reply.Error("ERR unknown command 'HELLO'")));
    Handshake.Negotiated result =
        run(settings(b -> b.password("pw").clientName("app").database(2)), server);
    assertThat(result).isEqualTo(Handshake.Negotiated.RESP2);
    assertThat(server.received)
        .containsExactly(
            "HELLO 3 AUTH default pw SETNAME app", "AUTH pw", "CLIENT SETNAME app", "SELECT 2");
  }

  @Test
  void resp2SendsAuthWithUserThenSelect() {
    ScriptedServer server = new ScriptedServer(Map.of());
    Handshake.Negotiated result =
        run(
            settings(b -> b.protocol(Protocol.RESP2).username("u").password("p").database(5)),
            server);
    assertThat(result).isEqualTo(Handshake.Negotiated.RESP2);
    assertThat(server.received).containsExactly("AUTH u p", "SELECT 5");
  }

  @Test
  void nothingToSendForResp2WithoutOptions() {
    ScriptedServer server = new ScriptedServer(Map.of());
    run(settings(b -> b.protocol(Protocol.RESP2)), server);
    assertThat(server.received).isEmpty();
  }

  @Test
  void codisGetsOneArgumentAuthAndNoName() {
    ScriptedServer server = new ScriptedServer(Map.of());
    ConnectionSettings s =
        Routers.connectionSettings(
                SlotwiseConfig.codisStatic("p:1").password("pw").clientName("app").build())
            .forCodis();
    new Handshake(s, ADDRESS, server).run().join();
    assertThat(server.received).containsExactly("AUTH pw");
  }

  @Test
  void wrongPasswordNeverFallsBackAndNamesTheAddress() {
    ScriptedServer server =
        new ScriptedServer(
            Map.of("HELLO", new Reply.Error("WRONGPASS invalid username-password pair")));
    assertThatThrownBy(() -> run(settings(b -> b.password("bad")), server))
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining("10.0.0.1:7000")
        .hasMessageContaining("WRONGPASS");
    assertThat(server.received).hasSize(1);
  }

  @Test
  void forcedResp3DoesNotFallBack() {
    ScriptedServer server =
        new ScriptedServer(Map.of("HELLO", new Reply.Error("ERR unknown command 'HELLO'")));
    assertThatThrownBy(() -> run(settings(b -> b.protocol(Protocol.RESP3)), server))
        .cause()
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining("HELLO")
        .hasMessageContaining("unknown command");
  }

  @Test
  void aRefusedForcedHelloWithAuthDoesNotCopyTheServersTextWhichMayEchoThePassword() {
    ScriptedServer server =
        new ScriptedServer(
            Map.of(
                "HELLO",
                new Reply.Error(
                    "ERR unknown command 'HELLO', with args beginning with: '3' 'AUTH' 'alice'"
                        + " 's3cret' ")));
    assertThatThrownBy(
            () ->
                run(
                    settings(b -> b.protocol(Protocol.RESP3).username("alice").password("s3cret")),
                    server))
        .cause()
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining("HELLO 3 AUTH alice <redacted>")
        .hasMessageContaining("ERR")
        .hasMessageContaining("10.0.0.1:7000")
        .hasMessageNotContaining("s3cret")
        .hasMessageNotContaining("with args");
  }

  @Test
  void aRefusedAuthKeepsOnlyTheErrorCode() {
    ScriptedServer noproto =
        new ScriptedServer(Map.of("HELLO", new Reply.Error("NOPROTO sorry 's3cret'")));
    assertThatThrownBy(
            () -> run(settings(b -> b.protocol(Protocol.RESP3).password("s3cret")), noproto))
        .cause()
        .hasMessageContaining("HELLO 3 AUTH default <redacted>")
        .hasMessageContaining("NOPROTO")
        .hasMessageNotContaining("s3cret");
    ScriptedServer resp2 =
        new ScriptedServer(Map.of("AUTH", new Reply.Error("WRONGPASS bad pair for 's3cret'")));
    assertThatThrownBy(
            () ->
                run(
                    settings(b -> b.protocol(Protocol.RESP2).username("bob").password("s3cret")),
                    resp2))
        .cause()
        .hasMessageContaining("AUTH bob <redacted>")
        .hasMessageContaining("WRONGPASS")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void selectErrorFailsTheHandshake() {
    ScriptedServer server =
        new ScriptedServer(Map.of("SELECT", new Reply.Error("ERR DB index is out of range")));
    assertThatThrownBy(() -> run(settings(b -> b.database(99)), server))
        .cause()
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining("SELECT")
        .hasMessageContaining("out of range");
  }

  @Test
  void recognisesAuthFailures() {
    assertThat(Handshake.isAuthFailure(new Reply.Error("WRONGPASS x"))).isTrue();
    assertThat(Handshake.isAuthFailure(new Reply.Error("ERR invalid password"))).isTrue();
    assertThat(Handshake.isAuthFailure(new Reply.Error("ERR unknown command 'HELLO'"))).isFalse();
    assertThat(Handshake.isAuthFailure(new Reply.Error("NOPROTO unsupported"))).isFalse();
  }

  private static ConnectionSettings cluster(io.slotwise.ReadFrom readFrom) {
    // ClusterRouter asks for READONLY exactly when reads may go to replicas.
    return Routers.connectionSettings(SlotwiseConfig.cluster("h:1").readFrom(readFrom).build())
        .withReadOnly(readFrom != io.slotwise.ReadFrom.MASTER);
  }

  @Test
  void clusterConnectionsReadingFromReplicasEndWithReadonly() {
    ScriptedServer server = new ScriptedServer(Map.of());
    run(cluster(io.slotwise.ReadFrom.REPLICA_PREFERRED), server);
    assertThat(server.received).containsExactly("HELLO 3", "READONLY");

    ScriptedServer resp2 = new ScriptedServer(Map.of("HELLO", new Reply.Error("ERR unknown")));
    run(cluster(io.slotwise.ReadFrom.ANY), resp2);
    assertThat(resp2.received).containsExactly("HELLO 3", "READONLY");
  }

  @Test
  void masterReadsSendNoReadonlyAndARefusedReadonlyFailsTheHandshake() {
    ScriptedServer server = new ScriptedServer(Map.of());
    run(cluster(io.slotwise.ReadFrom.MASTER), server);
    assertThat(server.received).containsExactly("HELLO 3");

    ScriptedServer refusing =
        new ScriptedServer(
            Map.of("READONLY", new Reply.Error("ERR This instance has cluster support disabled")));
    assertThatThrownBy(() -> run(cluster(io.slotwise.ReadFrom.REPLICA), refusing))
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(RedisConnectionException.class)
        .hasMessageContaining("READONLY");
  }
}
