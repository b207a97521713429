package io.slotwise.testkit;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.slotwise.HostAndPort;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for one codis-proxy: a RESP server on 127.0.0.1 that forwards each client connection
 * to its own connection to one real {@code redis-server}, so several proxies share one keyspace.
 *
 * <p>Like codis-proxy it refuses the commands Codis does not allow with {@code -ERR handle request,
 * command 'KEYS' is not allowed} (in reply order, keeping the connection open), refuses {@code
 * HELLO} as a Redis before 6 does ({@code -ERR unknown command 'HELLO'}), and counts every command
 * it receives, so tests can see where traffic went. {@link #kill()} drops the listening socket and
 * every connection at once, like {@code kill -9}; {@link #restart()} listens again on the same
 * port.
 *
 * <p>Thread-safe. Owns one event-loop thread; {@link #close()} stops it. Register it in ZooKeeper
 * with {@link CodisRegistration}.
 */
public final class ForwardingProxy implements AutoCloseable {
  /** codis-proxy 3.2's refusal table (FlagNotAllow), the commands it answers "not allowed". */
  static final Set<String> NOT_ALLOWED =
      Set.of(
          "ASKING",
          "BGREWRITEAOF",
          "BGSAVE",
          "BITOP",
          "BLPOP",
          "BRPOP",
          "BRPOPLPUSH",
          "CLIENT",
          "CLUSTER",
          "CONFIG",
          "DBSIZE",
          "DEBUG",
          "DISCARD",
          "EXEC",
          "FLUSHALL",
          "FLUSHDB",
          "KEYS",
          "LASTSAVE",
          "LATENCY",
          "MIGRATE",
          "MONITOR",
          "MOVE",
          "MSETNX",
          "MULTI",
          "OBJECT",
          "PSUBSCRIBE",
          "PSYNC",
          "PUBLISH",
          "PUNSUBSCRIBE",
          "RANDOMKEY",
          "READONLY",
          "READWRITE",
          "RENAME",
          "RENAMENX",
          "REPLCONF",
          "RESTORE",
          "SAVE",
          "SCAN",
          "SCRIPT",
          "SHUTDOWN",
          "SLAVEOF",
          "SLOWLOG",
          "SUBSCRIBE",
          "SYNC",
          "TIME",
          "UNSUBSCRIBE",
          "UNWATCH",
          "WAIT",
          "WATCH");

  private static final Object FORWARDED = new Object();
  private static final long CLOSE_WAIT_SECONDS = 5;

  private final HostAndPort backend;
  private final EventLoopGroup group = new NioEventLoopGroup(1);
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final AtomicLong commands = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private volatile int port;
  private volatile Channel server;

  private ForwardingProxy(HostAndPort backend) {
    this.backend = backend;
  }

  /** Starts a proxy for {@code backend} on a free port of 127.0.0.1. */
  public static ForwardingProxy start(HostAndPort backend) {
    if (backend == null) {
      throw new IllegalArgumentException("backend must not be null");
    }
    ForwardingProxy p = new ForwardingProxy(backend);
    try {
      p.bind(0);
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
    return p;
  }

  private synchronized void bind(int wanted) {
    ServerBootstrap b =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    channels.add(ch);
                    ch.config().setAutoRead(false);
                    ch.pipeline().addLast(new Session(ch));
                  }
                });
    Channel ch = b.bind("127.0.0.1", wanted).syncUninterruptibly().channel();
    channels.add(ch);
    server = ch;
    port = ((InetSocketAddress) ch.localAddress()).getPort();
  }

  /** Where clients connect: {@code 127.0.0.1:port}. */
  public HostAndPort address() {
    return HostAndPort.of("127.0.0.1", port);
  }

  /** Commands received from clients so far, refused ones included. */
  public long commands() {
    return commands.get();
  }

  /** Commands refused so far. */
  public long refused() {
    return refused.get();
  }

  /** Whether the proxy is listening (not killed or closed). */
  public boolean isListening() {
    Channel s = server;
    return s != null && s.isActive();
  }

  /**
   * Drops the listening socket and every client and backend connection at once, as {@code kill -9}
   * does (the ZooKeeper node, if any, is left alone). Returns once all are closed.
   */
  public synchronized void kill() {
    server = null;
    channels.close().awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Listens again on the same port after {@link #kill()}. The kernel may refuse the port for a
   * moment after the old sockets closed, so the bind is retried for up to {@link #REBIND_WAIT}.
   */
  public synchronized void restart() {
    if (isListening()) {
      throw new IllegalStateException("proxy " + address() + " is still listening");
    }
    long deadline = System.nanoTime() + REBIND_WAIT.toNanos();
    while (true) {
      try {
        bind(port);
        return;
      } catch (Exception e) { // Netty rethrows the checked BindException unchecked
        if (!(e instanceof java.net.BindException || e.getCause() instanceof java.net.BindException)
            || System.nanoTime() > deadline) {
          throw e;
        }
        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
  }

  /** How long {@link #restart()} retries a refused bind. */
  static final java.time.Duration REBIND_WAIT = java.time.Duration.ofSeconds(5);

  /** Kills the proxy and stops its thread. Idempotent. */
  @Override
  public void close() {
    kill();
    group.shutdownGracefully(0, CLOSE_WAIT_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly();
  }

  @Override
  public String toString() {
    return "ForwardingProxy{" + address() + " -> " + backend + "}";
  }

  /**
   * One client connection and its backend connection, both on the same event loop. Replies go back
   * in request order: a refused command's error waits behind the forwarded commands before it.
   */
  private final class Session extends ChannelInboundHandlerAdapter {
    private final Channel client;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private final ByteBuf requests = Unpooled.buffer();
    private final ByteBuf replies = Unpooled.buffer();
    private Channel upstream;
    private boolean closed;

    Session(Channel client) {
      this.client = client;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      new Bootstrap()
          .group(client.eventLoop())
          .channel(NioSocketChannel.class)
          .option(ChannelOption.TCP_NODELAY, true)
          .handler(
              new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext c, Object msg) {
                  onReplies((ByteBuf) msg);
                }

                @Override
                public void channelInactive(ChannelHandlerContext c) {
                  client.close();
                }

                @Override
                public void exceptionCaught(ChannelHandlerContext c, Throwable cause) {
                  c.close();
                }
              })
          .connect(backend.host(), backend.port())
          .addListener(
              (ChannelFutureListener)
                  f -> {
                    if (!f.isSuccess()) {
                      client.close();
                      return;
                    }
                    upstream = f.channel();
                    channels.add(upstream);
                    if (!client.isActive()) {
                      upstream.close();
                      return;
                    }
                    client.config().setAutoRead(true);
                  });
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ByteBuf in = (ByteBuf) msg;
      if (closed) {
        in.release();
        return;
      }
      try {
        requests.writeBytes(in);
      } finally {
        in.release();
      }
      int pos = requests.readerIndex();
      while (true) {
        int end = RespFrames.end(requests, pos);
        if (end < 0) {
          break;
        }
        onRequest(pos, end);
        pos = end;
      }
      requests.readerIndex(pos);
      requests.discardSomeReadBytes();
      upstream.flush();
      client.flush();
    }

    private void onRequest(int start, int end) {
      commands.incrementAndGet();
      String name = RespFrames.commandName(requests, start).toUpperCase(Locale.ROOT);
      String error = null;
      if (NOT_ALLOWED.contains(name)) {
        error = "-ERR handle request, command '" + name + "' is not allowed\r\n";
      } else if (name.equals("HELLO")) {
        error = "-ERR unknown command 'HELLO'\r\n";
      }
      if (error == null) {
        upstream.write(requests.copy(start, end - start));
        pending.add(FORWARDED);
        return;
      }
      refused.incrementAndGet();
      ByteBuf reply = Unpooled.copiedBuffer(error, StandardCharsets.UTF_8);
      if (pending.isEmpty()) {
        client.write(reply);
      } else {
        pending.add(reply);
      }
    }

    private void onReplies(ByteBuf in) {
      if (closed) {
        in.release();
        return;
      }
      try {
        replies.writeBytes(in);
      } finally {
        in.release();
      }
      int pos = replies.readerIndex();
      while (true) {
        int end = RespFrames.end(replies, pos);
        if (end < 0) {
          break;
        }
        if (pending.poll() != FORWARDED) {
          client.close();
          return;
        }
        client.write(replies.copy(pos, end - pos));
        pos = end;
        while (pending.peek() instanceof ByteBuf local) {
          pending.poll();
          client.write(local);
        }
      }
      replies.readerIndex(pos);
      replies.discardSomeReadBytes();
      client.flush();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (closed) {
        return;
      }
      closed = true;
      if (upstream != null) {
        upstream.close();
      }
      for (Object o : pending) {
        if (o instanceof ByteBuf b) {
          b.release();
        }
      }
      pending.clear();
      requests.release();
      replies.release();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
