package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisProtocolException;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.DecoderLimits;
import io.slotwise.internal.protocol.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One channel's session over embedded channels: reply matching, pushes, and how it ends. */
public class ChannelSessionTest {
  private static final HostAndPort NODE = HostAndPort.of("node-1", 6379);

  /** Records what the sessions report to their connection. */
  private static final class Events implements ChannelSession.Owner {
    final List<ChannelSession> ready = new ArrayList<>();
    final List<Reply> pushes = new ArrayList<>();
    final List<Throwable> closedWith = new ArrayList<>();
    int closed;
    int idle;

    @Override
    public void channelReady(ChannelSession session) {
      ready.add(session);
    }

    @Override
    public Consumer<Reply> pushListener() {
      return pushes::add;
    }

    @Override
    public Throwable lostCause() {
      return new RedisConnectionException("connection to " + NODE + " lost");
    }

    @Override
    public void sessionClosed(Throwable failure) {
      closed++;
      closedWith.add(failure);
    }

    @Override
    public void sessionIdle() {
      idle++;
    }

    @Override
    public void roomFreed() {}

    @Override
    public void writable() {}
  }

  /** A SUBSCRIBE-like command: its reply is the first push frame. */
  private static final class Subscribe implements Outbound {
    final List<Reply> replies = new ArrayList<>();

    @Override
    public Command command() {
      return Command.keyless(false, "SUBSCRIBE", "news");
    }

    @Override
    public void onReply(Reply reply) {
      replies.add(reply);
    }

    @Override
    public void onFailure(Throwable cause, boolean written) {
      throw new AssertionError("unexpected failure", cause);
    }

    @Override
    public boolean completesOnPush(Reply.Push push) {
      return true;
    }
  }

  private final Events events = new Events();
  private final List<EmbeddedChannel> channels = new ArrayList<>();

  @AfterEach
  void release() {
    channels.forEach(EmbeddedChannel::finishAndReleaseAll);
  }

  private ChannelSession open(EmbeddedChannel channel) {
    channels.add(channel);
    ChannelSession session = new ChannelSession(channel, NODE, DecoderLimits.DEFAULTS, events);
    session.start();
    return session;
  }

  private static void write(ChannelSession session, EmbeddedChannel channel, Outbound... batch) {
    session.write(List.of(batch), Long.MAX_VALUE);
    ByteBuf out;
    while ((out = channel.readOutbound()) != null) {
      out.release();
    }
  }

  private static void receive(EmbeddedChannel channel, String resp) {
    channel.writeInbound(Unpooled.copiedBuffer(resp, StandardCharsets.UTF_8));
  }

  @Test
  void repliesCompleteTheOldestCommandFirst() {
    EmbeddedChannel channel = new EmbeddedChannel();
    ChannelSession session = open(channel);
    assertThat(events.ready).containsExactly(session);
    Recorder set = Recorder.of("SET", "k", "v");
    Recorder incr = Recorder.of("INCR", "n");
    write(session, channel, set, incr);
    assertThat(session.inFlight()).isEqualTo(2);

    receive(channel, "+OK\r\n:7\r\n");

    assertThat(set.get()).isEqualTo(new Reply.SimpleString("OK"));
    assertThat(incr.get()).isEqualTo(new Reply.Int(7));
    assertThat(session.inFlight()).isZero();
    assertThat(events.idle).as("idle reported only after watchIdle").isZero();
  }

  @Test
  void pushFramesGoToTheListenerAndEndOnlyACommandThatAsksForThem() {
    EmbeddedChannel channel = new EmbeddedChannel();
    ChannelSession session = open(channel);
    Recorder get = Recorder.of("GET", "k");
    write(session, channel, get);

    receive(channel, ">2\r\n+invalidate\r\n+k\r\n");
    assertThat(events.pushes).hasSize(1);
    assertThat(get.reply).isNotDone();

    receive(channel, "$-1\r\n");
    assertThat(get.get()).isEqualTo(Reply.Null.INSTANCE);

    Subscribe subscribe = new Subscribe();
    write(session, channel, subscribe);
    receive(channel, ">3\r\n+subscribe\r\n+news\r\n:1\r\n");
    assertThat(events.pushes).hasSize(2);
    assertThat(subscribe.replies).containsExactly(events.pushes.get(1));
    assertThat(session.inFlight()).isZero();
  }

  @Test
  void aClosedChannelFailsItsCommandsAsWrittenAndReportsItsFirstFailureOnce() {
    EmbeddedChannel channel = new EmbeddedChannel();
    ChannelSession session = open(channel);
    Recorder a = Recorder.of("GET", "a");
    Recorder b = Recorder.of("GET", "b");
    write(session, channel, a, b);

    channel.pipeline().fireExceptionCaught(new IOException("Connection reset by peer"));

    assertThat(channel.isOpen()).isFalse();
    for (Recorder r : List.of(a, b)) {
      assertThat(r.failure())
          .isInstanceOf(RedisConnectionException.class)
          .hasMessageContaining("lost");
      assertThat(r.written).isTrue();
      assertThat(r.callbacks).hasValue(1);
    }
    assertThat(events.closed).isEqualTo(1);
    assertThat(events.closedWith.get(0))
        .isInstanceOf(RedisConnectionException.class)
        .hasMessageContaining("connection to " + NODE + " failed: Connection reset by peer");
    assertThat(session.inFlight()).isZero();
    assertThat(session.isActive()).isFalse();
  }

  @Test
  void invalidRespFailsTheCommandsInFlightWithTheProtocolError() {
    EmbeddedChannel channel = new EmbeddedChannel();
    ChannelSession session = open(channel);
    Recorder get = Recorder.of("GET", "k");
    write(session, channel, get);

    receive(channel, "?oops\r\n");

    assertThat(get.failure()).isInstanceOf(RedisProtocolException.class);
    assertThat(get.written).isTrue();
    assertThat(channel.isOpen()).isFalse();
    assertThat(events.closed).isEqualTo(1);
    assertThat(events.closedWith.get(0)).isSameAs(get.failure());
  }

  @Test
  void aReplyWithNoCommandInFlightIsAProtocolError() {
    EmbeddedChannel channel = new EmbeddedChannel();
    open(channel);

    receive(channel, "+OK\r\n");

    assertThat(channel.isOpen()).isFalse();
    assertThat(events.closedWith).hasSize(1);
    assertThat(events.closedWith.get(0))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("reply from " + NODE + " without a pending command");
  }

  @Test
  void closedByItsConnectionItFailsWithTheGivenCauseAndDoesNotReportBack() {
    EmbeddedChannel channel = new EmbeddedChannel();
    ChannelSession session = open(channel);
    Recorder blocked = Recorder.of("BLPOP", "q", "0");
    write(session, channel, blocked);
    SlotwiseClosedException cause = new SlotwiseClosedException("connection is closed");

    session.close(cause);

    assertThat(blocked.failure()).isSameAs(cause);
    assertThat(blocked.written).isTrue();
    assertThat(channel.isOpen()).isFalse();
    assertThat(events.closed).isZero();
  }

  @Test
  void watchIdleReportsEachTimeTheFifoEmpties() {
    EmbeddedChannel channel = new EmbeddedChannel();
    ChannelSession session = open(channel);
    write(session, channel, Recorder.of("GET", "a"), Recorder.of("GET", "b"));
    session.watchIdle();

    receive(channel, "+A\r\n");
    assertThat(events.idle).isZero();
    receive(channel, "+B\r\n");
    assertThat(events.idle).isEqualTo(1);
  }

  /**
   * The reason for one session per channel: after a reconnect, whatever still comes from the old
   * channel (a reply, a push, invalid RESP, an exception, a stale handshake timer or handshake
   * failure, a second close) reaches only the old, closed session, and neither completes nor fails
   * the command written on the new channel, nor reaches the connection.
   */
  @Test
  void lateEventsOfAnOldChannelCannotTouchACommandOnTheNewOne() {
    EmbeddedChannel oldChannel = new EmbeddedChannel();
    ChannelSession old = open(oldChannel);
    Recorder lost = Recorder.of("GET", "before");
    write(old, oldChannel, lost);
    oldChannel.close();
    assertThat(lost.failure()).hasMessageContaining("lost");
    assertThat(events.closed).isEqualTo(1);

    EmbeddedChannel newChannel = new EmbeddedChannel();
    ChannelSession current = open(newChannel);
    Recorder pending = Recorder.of("GET", "after");
    write(current, newChannel, pending);

    old.onReply(new Reply.SimpleString("LATE"));
    old.onReply(new Reply.Push(List.of(new Reply.SimpleString("message"))));
    old.onProtocolError(new RedisProtocolException("late garbage"));
    old.onException(new IOException("late reset"));
    old.fail(new RedisConnectionException("late handshake timeout"));
    old.close(new SlotwiseClosedException("late close"));
    oldChannel.close();

    assertThat(pending.reply).isNotDone();
    assertThat(current.inFlight()).isEqualTo(1);
    assertThat(current.isActive()).isTrue();
    assertThat(newChannel.isOpen()).isTrue();
    assertThat(events.closed).as("only the old channel's one close was reported").isEqualTo(1);
    assertThat(events.pushes).isEmpty();
    assertThat(events.ready).containsExactly(old, current);

    receive(newChannel, "$3\r\nnew\r\n");
    assertThat(((Reply.Bulk) pending.get()).utf8()).isEqualTo("new");
    assertThat(pending.callbacks).hasValue(1);
  }
}
