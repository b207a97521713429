package io.slotwise.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.slotwise.HostAndPort;
import io.slotwise.RedisConnectionException;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.protocol.RespDecoder;
import io.slotwise.internal.protocol.RespEncoder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One blocking TCP connection to a node, written and read by the calling thread of a sync call (see
 * {@link DirectLinks}): no event loop, no hand-off, one {@code write} and usually one {@code read}
 * system call per command. One user at a time; the pool hands it out.
 *
 * <p>Blocking reads have no timeout of their own: the command's deadline timer {@link #abort
 * aborts} the use in progress, which closes the socket and makes the blocked read return. Each use
 * carries a stamp so that a late abort never hits the next use.
 *
 * <p>Not thread-safe except {@link #abort} and {@link #close}, which any thread may call.
 */
final class BlockingLink implements DirectOutbound.Link {
  private static final int INITIAL_BUFFER = 4096;
  // A buffer grown for a large value is dropped after the call rather than kept per link.
  private static final int RETAINED_BUFFER = 256 * 1024;

  private final HostAndPort address;
  private final SocketChannel channel;
  private final RespDecoder decoder;
  private ByteBuf in = Unpooled.directBuffer(INITIAL_BUFFER);
  private ByteBuf out = Unpooled.directBuffer(INITIAL_BUFFER);
  private long idleSinceNanos;
  private long bytesWritten;

  // Guarded by this: the use in progress (0: none) and whether the deadline aborted it.
  private long use;
  private boolean aborted;
  private boolean closed;

  private BlockingLink(HostAndPort address, SocketChannel channel, ConnectionSettings settings) {
    this.address = address;
    this.channel = channel;
    this.decoder = new RespDecoder(settings.decoderLimits());
  }

  /**
   * Connects and runs the same handshake as the shared connections ({@link Handshake}), all within
   * {@code budgetNanos}.
   *
   * @throws RedisConnectionException when the node cannot be reached or refuses the handshake
   */
  static BlockingLink open(
      HostAndPort address,
      ConnectionSettings settings,
      ScheduledExecutorService scheduler,
      long budgetNanos) {
    long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(budgetNanos));
    SocketChannel channel = null;
    BlockingLink link = null;
    try {
      channel = SocketChannel.open();
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
      channel.socket().connect(new InetSocketAddress(address.host(), address.port()), (int) millis);
      link = new BlockingLink(address, channel, settings);
      SocketChannel guarded = channel;
      ScheduledFuture<?> guard =
          scheduler.schedule(() -> closeQuietly(guarded), millis, TimeUnit.MILLISECONDS);
      try {
        new Handshake(settings, address, link::handshakeStep).run().join();
      } finally {
        guard.cancel(false);
      }
      link.idleSinceNanos = System.nanoTime();
      return link;
    } catch (IOException | RuntimeException e) {
      if (link != null) {
        link.release(); // closes the channel too
      } else {
        closeQuietly(channel);
      }
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof RedisConnectionException rce) {
        throw rce;
      }
      throw new RedisConnectionException(
          "could not open a caller-thread connection to " + address + ": " + cause, cause);
    }
  }

  private CompletableFuture<Reply> handshakeStep(Command command) {
    try {
      write(command);
      return CompletableFuture.completedFuture(read());
    } catch (IOException | RuntimeException e) {
      return CompletableFuture.failedFuture(
          new RedisConnectionException("handshake with " + address + " broke: " + e, e));
    }
  }

  /** When the link was last handed back. */
  long idleSinceNanos() {
    return idleSinceNanos;
  }

  /**
   * Whether the node closed the link while it was idle (a non-blocking read sees the end of the
   * stream), or sent something nobody asked for. Costs three system calls; the pool asks only for
   * links idle for a while.
   */
  boolean closedWhileIdle() {
    try {
      in.ensureWritable(1);
      channel.configureBlocking(false);
      ByteBuffer probe = in.internalNioBuffer(in.writerIndex(), 1);
      int n = channel.read(probe);
      channel.configureBlocking(true);
      return n != 0;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** Starts a use: the stamp that {@link #abort} must name. */
  synchronized long begin(long stamp) {
    use = stamp;
    aborted = false;
    return stamp;
  }

  /** Ends the use {@code stamp}; false when it was aborted (the link is closed then). */
  synchronized boolean end(long stamp) {
    boolean ok = use == stamp && !aborted && !closed;
    use = 0;
    idleSinceNanos = System.nanoTime();
    return ok;
  }

  /** Whether the use {@code stamp} was aborted by its deadline. */
  synchronized boolean wasAborted(long stamp) {
    return use == stamp && aborted;
  }

  /**
   * Aborts the use {@code stamp} if it is still in progress: the socket closes and the blocked read
   * or write on the calling thread returns with a failure. Any thread.
   */
  @Override
  public void abort(long stamp) {
    synchronized (this) {
      if (use != stamp || aborted || closed) {
        return;
      }
      aborted = true;
    }
    close();
  }

  /** Closes the socket and releases the buffers' memory once no read or write can use them. */
  void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    closeQuietly(channel);
  }

  /** Frees the buffers; called by the one user after its last read or write. */
  void release() {
    close();
    in.release();
    out.release();
  }

  /** Bytes of the last {@link #writeAll} that left for the node (all of them unless it threw). */
  long bytesWritten() {
    return bytesWritten;
  }

  /** Encodes and writes the commands of {@code batch} back to back; blocks until all are sent. */
  void writeAll(List<? extends Outbound> batch) throws IOException {
    out.clear();
    for (int i = 0, n = batch.size(); i < n; i++) {
      RespEncoder.encode(batch.get(i).command(), out);
    }
    flushOut();
  }

  /** Encodes and writes one command. */
  void write(Command command) throws IOException {
    out.clear();
    RespEncoder.encode(command, out);
    flushOut();
  }

  private void flushOut() throws IOException {
    bytesWritten = 0;
    try {
      while (out.isReadable()) {
        int n = out.readBytes(channel, out.readableBytes());
        if (n < 0) {
          throw new IOException("connection to " + address + " closed");
        }
        bytesWritten += n;
      }
    } finally {
      if (out.capacity() > RETAINED_BUFFER) {
        out.release();
        out = Unpooled.directBuffer(INITIAL_BUFFER);
      }
    }
  }

  /**
   * Reads the next reply, blocking until it is complete (RESP3 push frames in between are skipped:
   * nothing on this link subscribes).
   *
   * @throws IOException when the link closed (by the node, or aborted)
   * @throws io.slotwise.RedisProtocolException on a malformed reply (the link is unusable)
   */
  Reply read() throws IOException {
    for (; ; ) {
      if (in.isReadable()) {
        Reply reply = decoder.decode(in);
        if (reply != null && !(reply instanceof Reply.Push)) {
          if (!in.isReadable()) {
            in.clear();
          }
          return reply;
        }
        if (reply != null) {
          continue;
        }
      }
      if (!in.isReadable()) {
        in.clear();
      } else if (in.readerIndex() > in.capacity() / 2) {
        in.discardReadBytes();
      }
      in.ensureWritable(1024);
      int n = in.writeBytes(channel, in.writableBytes());
      if (n < 0) {
        throw new IOException("connection to " + address + " closed");
      }
    }
  }

  /** Drops a read buffer grown past what a link keeps (after a large reply). */
  void trim() {
    if (in.capacity() > RETAINED_BUFFER && !in.isReadable()) {
      in.release();
      in = Unpooled.directBuffer(INITIAL_BUFFER);
    }
  }

  static void closeQuietly(SocketChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing: nothing left to do
    }
  }
}
