package io.slotwise.internal.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.HostAndPort;
import io.slotwise.RedisBackpressureException;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisServerException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Reply;
import org.junit.jupiter.api.Test;

public class RetryPolicyTest {
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

  @Test
  void transientClusterStatesAreRetried() {
    assertThat(reply(new Reply.Error("TRYAGAIN Multiple keys request during rehashing"), 0))
        .isEqualTo(new RetryStep.RetryLater(RetryStep.Cause.TRYAGAIN, null));
    assertThat(reply(new Reply.Error("CLUSTERDOWN Hash slot not served"), 0))
        .isEqualTo(new RetryStep.RetryLater(RetryStep.Cause.CLUSTERDOWN, null));
    assertThat(reply(new Reply.Error("LOADING Redis is loading the dataset in memory"), 0))
        .isEqualTo(new RetryStep.RetryLater(RetryStep.Cause.LOADING, null));
    RetryStep readOnly =
        reply(new Reply.Error("READONLY You can't write against a read only replica."), 0);
    assertThat(readOnly).isInstanceOf(RetryStep.RetryLater.class);
    RetryStep.RetryLater later = (RetryStep.RetryLater) readOnly;
    assertThat(later.cause()).isEqualTo(RetryStep.Cause.READONLY);
    assertThat(later.error())
        .isInstanceOf(RedisServerException.class)
        .hasMessageContaining("READONLY You can't write");
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
