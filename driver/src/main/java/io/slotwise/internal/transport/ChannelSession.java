package io.slotwise.internal.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.ssl.SslHandler;
import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.RedisProtocolException;
import io.slotwise.internal.protocol.DecoderLimits;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.protocol.RespDecoder;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What lives and dies with one channel of a {@link NettyNodeConnection}: the commands written on it
 * and awaiting their replies (a FIFO), the matching of each decoded reply to the oldest of them,
 * RESP3 push frames, and the first failure seen on the channel.
 *
 * <p><b>Life cycle.</b> The connection creates one session per successful TCP connect and calls
 * {@link #start}: the session appends its {@link ReplyHandler} to the channel's pipeline (after the
 * TLS handler, if any), watches the channel's close future and, once TLS is established, calls
 * {@link Owner#channelReady}. The connection then runs its Redis handshake and its traffic through
 * {@link #write}. The session ends exactly once, in one of two ways:
 *
 * <ul>
 *   <li>its channel closes (the peer, a failed write, invalid RESP, or {@link #fail} after a failed
 *       or timed-out handshake): every command in flight fails with {@link Owner#lostCause()} and
 *       {@code written == true}, then {@link Owner#sessionClosed} gets the first failure recorded;
 *   <li>the connection closes it with {@link #close(Throwable)}: the commands in flight fail with
 *       that cause, the channel closes, and the owner is not called back.
 * </ul>
 *
 * <p>A closed session is inert: whatever its channel still produces (a reply decoded from the last
 * bytes, an exception, a TLS outcome) and whatever the connection still asks of it ({@link #fail}
 * from a stale timer or handshake) finds it closed and does nothing. So an event of an old channel
 * can never complete, fail or count against a command written on a newer one, nor reach the owner;
 * the connection needs no check of which channel an event came from. The owner is only called while
 * the session is open ({@link Owner#lostCause} and {@link Owner#sessionClosed} as its last acts),
 * which is also while it is the connection's current session: the connection starts the next
 * channel only after that last call.
 *
 * <p><b>Threads.</b> Confined to the channel's event loop, which is the connection's; only {@link
 * #inFlight()} may be read from any thread.
 */
final class ChannelSession implements ReplyHandler.Sink {
  private static final Logger log = LoggerFactory.getLogger(ChannelSession.class);

  /** Fails a command the writer could not encode: it never reached the wire. */
  private static final BiConsumer<Outbound, RuntimeException> UNENCODABLE =
      (o, e) -> Delivery.failure(o, e, false);

  /** The connection a session reports to; called on the event loop. */
  interface Owner {
    /** TLS, if any, is established on {@code session}'s channel: the Redis handshake may start. */
    void channelReady(ChannelSession session);

    /** The listener for RESP3 push frames, or {@code null}. */
    Consumer<Reply> pushListener();

    /** The failure handed to the commands in flight when the channel closes by itself. */
    Throwable lostCause();

    /**
     * The channel closed by itself and every command in flight has failed; called once, last.
     *
     * @param failure the first problem recorded on the channel, or {@code null}
     */
    void sessionClosed(Throwable failure);

    /** The last command in flight got its reply, after {@link #watchIdle()}. */
    void sessionIdle();

    /** Commands left the FIFO (replied or failed): a sender waiting for room may go on. */
    void roomFreed();

    /** The channel became writable again after its outbound buffer filled up. */
    void writable();
  }

  private final Channel channel;
  private final HostAndPort address;
  private final DecoderLimits limits;
  private final Owner owner;
  private final ArrayDeque<Outbound> inFlight = new ArrayDeque<>();
  private final ChannelFutureListener onWritten = this::written;
  private volatile int inFlightCount;
  private volatile long inFlightBytes;
  private boolean closed;
  private boolean watchIdle;
  private Throwable failure;

  ChannelSession(Channel channel, HostAndPort address, DecoderLimits limits, Owner owner) {
    this.channel = channel;
    this.address = address;
    this.limits = limits;
    this.owner = owner;
  }

  /** Installs the reply decoder and starts watching the channel; may call the owner at once. */
  void start() {
    channel.pipeline().addLast(new ReplyHandler(new RespDecoder(limits), this));
    channel.closeFuture().addListener(f -> channelClosed());
    SslHandler ssl = channel.pipeline().get(SslHandler.class);
    if (ssl == null) {
      ready();
      return;
    }
    ssl.handshakeFuture()
        .addListener(
            hf -> {
              if (hf.isSuccess()) {
                ready();
              } else {
                fail(
                    new RedisConnectionException(
                        "TLS handshake with " + address + " failed: " + hf.cause().getMessage(),
                        hf.cause()));
              }
            });
  }

  private void ready() {
    if (!closed) {
      owner.channelReady(this);
    }
  }

  /** Whether commands may be written: not closed, channel active. */
  boolean isActive() {
    return !closed && channel.isActive();
  }

  /** The channel of this session (tests reach its configuration through it). */
  Channel channel() {
    return channel;
  }

  /** Commands written and awaiting their replies; any thread. */
  int inFlight() {
    return inFlightCount;
  }

  /** Encoded bytes of the commands written and awaiting their replies; any thread. */
  long inFlightBytes() {
    return inFlightBytes;
  }

  /**
   * Whether the channel's outbound buffer has room: when not, the connection holds its queue until
   * {@link Owner#writable()}.
   */
  boolean isWritable() {
    return channel.isWritable();
  }

  /**
   * Writes the head of {@code batch}, up to about {@code maxBytes}, with one {@code writeAndFlush}
   * and appends it to the FIFO (see {@link CommandWriter}); the caller has checked {@link
   * #isActive()}. A command that cannot be encoded fails at once, not written; a failed write
   * closes the channel. When allocating the buffer throws, nothing was written or added to the FIFO
   * and the exception reaches the caller.
   *
   * @return how many commands of {@code batch}, from its start, were handled
   */
  int write(List<Outbound> batch, long maxBytes) {
    int before = inFlight.size();
    int handled = CommandWriter.write(channel, batch, inFlight, UNENCODABLE, onWritten, maxBytes);
    int added = inFlight.size() - before;
    if (added > 0) {
      long bytes = 0;
      var newest = inFlight.descendingIterator();
      for (int i = 0; i < added; i++) {
        bytes += newest.next().command().encodedLength();
      }
      inFlightBytes = inFlightBytes + bytes;
    }
    inFlightCount = inFlight.size();
    return handled;
  }

  /** From now on, tells the owner each time the FIFO empties (a graceful close waits for it). */
  void watchIdle() {
    watchIdle = true;
  }

  /**
   * Records {@code cause} as the channel's failure (unless one is already recorded) and closes the
   * channel, which ends the session. Does nothing once closed.
   */
  void fail(Throwable cause) {
    if (closed) {
      return;
    }
    record(cause);
    channel.close();
  }

  /** Ends the session now, for the owner: fails the FIFO with {@code cause}, closes the channel. */
  void close(Throwable cause) {
    if (closed) {
      return;
    }
    closed = true;
    failInFlight(cause);
    channel.close();
  }

  @Override
  public void onReply(Reply reply) {
    if (reply instanceof Reply.Push push) {
      onPush(push);
      return;
    }
    Outbound o = inFlight.poll();
    if (o == null) {
      onProtocolError(
          new RedisProtocolException("reply from " + address + " without a pending command"));
      return;
    }
    left(o);
    Delivery.reply(o, reply);
    if (watchIdle) {
      reportIfIdle();
    }
  }

  private void onPush(Reply.Push push) {
    if (closed) {
      return;
    }
    Consumer<Reply> listener = owner.pushListener();
    if (listener != null) {
      try {
        listener.accept(push);
      } catch (RuntimeException e) {
        log.warn("push listener on {} threw", address, e);
      }
    }
    // A subscribe-family command is answered by push frames (RESP3): the listener has seen the
    // frame first, then the command completes.
    Outbound head = inFlight.peek();
    if (head != null && head.completesOnPush(push)) {
      inFlight.poll();
      left(head);
      Delivery.reply(head, push);
      if (watchIdle) {
        reportIfIdle();
      }
    }
  }

  /** {@code o} left the FIFO: updates the counts and lets a sender waiting for room go on. */
  private void left(Outbound o) {
    inFlightCount = inFlight.size();
    inFlightBytes = inFlightBytes - o.command().encodedLength();
    owner.roomFreed();
  }

  @Override
  public void onWritable() {
    if (!closed) {
      owner.writable();
    }
  }

  private void reportIfIdle() {
    if (!closed && inFlight.isEmpty()) {
      owner.sessionIdle();
    }
  }

  @Override
  public void onProtocolError(RedisProtocolException e) {
    if (closed) {
      return;
    }
    log.warn("invalid RESP from {}, closing the connection: {}", address, e.getMessage());
    record(e);
    failInFlight(e);
    channel.close();
  }

  @Override
  public void onException(Throwable cause) {
    if (closed) {
      return;
    }
    log.debug("connection to {} failed: {}", address, cause.toString());
    record(
        new RedisConnectionException(
            "connection to " + address + " failed: " + cause.getMessage(), cause));
  }

  private void written(ChannelFuture f) {
    if (!f.isSuccess()) {
      fail(
          new RedisConnectionException("write to " + address + " failed: " + f.cause(), f.cause()));
    }
  }

  private void channelClosed() {
    if (closed) {
      return;
    }
    closed = true;
    failInFlight(owner.lostCause());
    owner.sessionClosed(failure);
  }

  private void record(Throwable cause) {
    if (failure == null) {
      failure = cause;
    }
  }

  private void failInFlight(Throwable cause) {
    Outbound o;
    while ((o = inFlight.poll()) != null) {
      Delivery.failure(o, cause, true);
    }
    inFlightCount = 0;
    inFlightBytes = 0;
    owner.roomFreed();
  }

  @Override
  public String toString() {
    return "ChannelSession{"
        + channel
        + (closed ? ", closed" : "")
        + ", inFlight="
        + inFlightCount
        + "}";
  }
}
