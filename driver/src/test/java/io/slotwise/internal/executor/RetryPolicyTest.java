package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.RedisBackpressureException;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.cluster.CrossSlotException;
import io.slotwise.cluster.SlotNotCoveredException;
import io.slotwise.internal.protocol.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  private static final HostAndPort SENDER = HostAndPort.of("127.0.0.1", 7000);

  private static RetryStep reply(Reply r, int redirects) {
    return RetryPolicy.onReply(r, SENDER, redirects, 5, "GET");
  }

  @Test
  void plainRepliesComplete() {
    assertThat(reply(new Reply.SimpleString("OK"), 0)).isInstanceOf(RetryStep.Complete.class);
    assertThat(reply(Reply.Null.INSTANCE, 0)).isInstanceOf(RetryStep.Complete.class);
  }

  @Test
  void movedAndAskBecomeRedirectsUntilTheBound() {
    assertThat(reply(new Reply.Error("MOVED 3999 127.0.0.1:6381"), 0))
        .isEqualTo(new RetryStep.Moved(3999, HostAndPort.of("127.0.0.1", 6381)));
    assertThat(reply(new Reply.Error("ASK 3999 127.0.0.1:6381"), 4))
        .isEqualTo(new RetryStep.Ask(3999, HostAndPort.of("127.0.0.1", 6381)));
    assertThat(reply(new Reply.Error("MOVED 3999 127.0.0.1:6381"), 5))
        .isInstanceOf(RetryStep.TooManyRedirects.class);
  }

  @Test
  void movedWithAnEmptyHostMeansTheSender() {
    assertThat(reply(new Reply.Error("MOVED 3999 :6381"), 0))
        .isEqualTo(new RetryStep.Moved(3999, HostAndPort.of("127.0.0.1", 6381)));
  }

  @ParameterizedTest
  @CsvSource({
    "TRYAGAIN Multiple keys request during rehashing, TRYAGAIN",
    "CLUSTERDOWN Hash slot not served, CLUSTERDOWN",
    "MASTERDOWN Link with MASTER is down, CLUSTERDOWN",
    "LOADING Redis is loading the dataset in memory, LOADING",
    "READONLY You can't write against a read only replica., READONLY"
  })
  void transientClusterStatesAreRetriedWithTheServerTextAsTheError(
      String text, RetryStep.Cause cause) {
    RetryStep step = reply(new Reply.Error(text), 0);
    assertThat(step).isInstanceOf(RetryStep.RetryLater.class);
    RetryStep.RetryLater later = (RetryStep.RetryLater) step;
    assertThat(later.cause()).isEqualTo(cause);
    assertThat(later.error())
        .isInstanceOf(RedisServerException.class)
        .hasMessageContaining("GET")
        .hasMessageContaining(text);
  }

  @Test
  void noConnectionIsRetriedUnlessNothingCanMendIt() {
    RuntimeException uncovered = new SlotNotCoveredException(42, "GET");
    assertThat(RetryPolicy.onNoConnection(uncovered, false))
        .isEqualTo(new RetryStep.RetryLater(RetryStep.Cause.NO_ROUTE, uncovered));
    assertThat(RetryPolicy.onNoConnection(uncovered, true))
        .isEqualTo(new RetryStep.RetryLater(RetryStep.Cause.NO_ROUTE, uncovered));
    RuntimeException refused = new RedisConnectionException("no connection became free");
    assertThat(RetryPolicy.onNoConnection(refused, false))
        .isEqualTo(new RetryStep.RetryLater(RetryStep.Cause.NO_ROUTE, refused));
    assertThat(RetryPolicy.onNoConnection(refused, true)).isEqualTo(new RetryStep.Fatal(refused));
    for (RuntimeException permanent :
        List.of(
            new CrossSlotException("MGET", 1, 2),
            new IllegalArgumentException("no key"),
            new UnsupportedOperationException("refused by Codis"),
            new SlotwiseClosedException("closed"))) {
      assertThat(RetryPolicy.onNoConnection(permanent, false))
          .isEqualTo(new RetryStep.Fatal(permanent));
    }
  }

  @Test
  void backpressureFailsAtOnceEvenForReads() {
    RedisBackpressureException e = new RedisBackpressureException("too many");
    assertThat(RetryPolicy.onFailure(e, false, true)).isEqualTo(new RetryStep.Fatal(e));
  }

  @Test
  void otherErrorsFailWithTheServerText() {
    RetryStep step = reply(new Reply.Error("ERR wrong number of arguments for 'get' command"), 0);
    assertThat(step).isInstanceOf(RetryStep.ServerError.class);
    RedisServerException e = ((RetryStep.ServerError) step).error();
    assertThat(e.command()).isEqualTo("GET");
    assertThat(e.errorCode()).isEqualTo("ERR");
    assertThat(e.serverMessage()).isEqualTo("ERR wrong number of arguments for 'get' command");
  }

  @Test
  void brokenConnectionsRetryOnlyWhatIsSafe() {
    RuntimeException lost = new RedisConnectionException("lost");
    assertThat(RetryPolicy.onFailure(lost, false, false))
        .isEqualTo(new RetryStep.RetryLater(RetryStep.Cause.CONNECTION, lost));
    assertThat(RetryPolicy.onFailure(lost, true, true))
        .isEqualTo(new RetryStep.RetryLater(RetryStep.Cause.CONNECTION, lost));
    assertThat(RetryPolicy.onFailure(lost, true, false))
        .isEqualTo(new RetryStep.OutcomeUnknown(lost));
    SlotwiseClosedException closed = new SlotwiseClosedException("closed");
    assertThat(RetryPolicy.onFailure(closed, false, true)).isEqualTo(new RetryStep.Fatal(closed));
  }
}
