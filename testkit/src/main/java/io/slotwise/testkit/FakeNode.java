package io.slotwise.testkit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.slotwise.HostAndPort;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A scripted fake Redis node for failure paths the real server will not produce on demand: a tiny
 * Netty server on 127.0.0.1 and a free port that decodes each command (RESP array or inline) into
 * {@code List<String>}, records it, and answers with the {@link Action} the script returns: a raw
 * reply, a redirect ({@code MOVED}/{@code ASK}), {@code TRYAGAIN}, {@code CLUSTERDOWN}, an error,
 * closing the connection, or silence.
 *
 * <pre>{@code
 * try (FakeNode node = FakeNode.start(cmd -> cmd.get(0).equals("GET")
 *     ? FakeNode.Action.moved(866, other.address()) : FakeNode.Action.ok())) { ... }
 * }</pre>
 *
 * <p>Thread-safe: the script runs on the node's single event-loop thread, in arrival order; it may
 * be replaced at any time with {@link #script}. The creator closes the node.
 */
public final class FakeNode implements AutoCloseable {
  private final EventLoopGroup group;
  private final Channel server;
  private final ChannelGroup clients;
  private final List<List<String>> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile Function<List<String>, Action> script;

  private FakeNode(Function<List<String>, Action> script) {
    this.script = script;
    this.group = new NioEventLoopGroup(1, new DefaultThreadFactory("slotwise-fake-node", true));
    this.clients = new DefaultChannelGroup(group.next());
    try {
      this.server =
          new ServerBootstrap()
              .group(group)
              .channel(NioServerSocketChannel.class)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      connections.incrementAndGet();
                      clients.add(ch);
                      ch.pipeline().addLast(new FakeRespDecoder(), new Handler());
                    }
                  })
              .bind(new InetSocketAddress("127.0.0.1", 0))
              .syncUninterruptibly()
              .channel();
    } catch (RuntimeException e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw e;
    }
  }

  /**
   * Starts a node answering with {@code script}, which gets each command as strings (name first, as
   * sent) and returns what to do.
   */
  public static FakeNode start(Function<List<String>, Action> script) {
    if (script == null) {
      throw new IllegalArgumentException("script must not be null");
    }
    return new FakeNode(script);
  }

  /** Replaces the script for commands that arrive from now on. */
  public void script(Function<List<String>, Action> newScript) {
    if (newScript == null) {
      throw new IllegalArgumentException("script must not be null");
    }
    this.script = newScript;
  }

  /** Where clients connect. */
  public HostAndPort address() {
    return HostAndPort.of("127.0.0.1", ((InetSocketAddress) server.localAddress()).getPort());
  }

  /** Every command received so far, in arrival order (a snapshot). */
  public List<List<String>> received() {
    return List.copyOf(received);
  }

  /** Commands received so far whose name equals {@code name}, ignoring case. */
  public List<List<String>> received(String name) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> c : received) {
      if (c.get(0).equalsIgnoreCase(name)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Forgets the commands received so far. */
  public void clearReceived() {
    received.clear();
  }

  /** Number of connections accepted since the start. */
  public int connections() {
    return connections.get();
  }

  /** Number of client connections currently open. */
  public int openConnections() {
    return clients.size();
  }

  /** Closes every client connection now (the listening socket stays open). */
  public void dropConnections() {
    clients.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  /** Bounded wait for {@code condition}; see {@link Await#until}. */
  public static void until(BooleanSupplier condition, Duration timeout) {
    Await.until("condition on a FakeNode", timeout, condition);
  }

  /** Stops listening, closes every connection and the event loop. Idempotent. */
  @Override
  public void close() {
    server.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    clients.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  @Override
  public String toString() {
    return "FakeNode[" + address() + "]";
  }

  private final class Handler extends SimpleChannelInboundHandler<Object> {
    @Override
    @SuppressWarnings("unchecked")
    protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
      List<String> command = List.copyOf((List<String>) msg);
      received.add(command);
      Action action;
      try {
        action = script.apply(command);
      } catch (RuntimeException e) {
        action = Action.error("ERR fake node script failed: " + e);
      }
      if (action == null) {
        action = Action.error("ERR fake node script returned null for " + command.get(0));
      }
      switch (action.kind) {
        case REPLY -> ctx.writeAndFlush(Unpooled.wrappedBuffer(action.bytes));
        case CLOSE -> ctx.close();
        case SILENCE -> {
          // Never reply: the client's timeout is what is being tested.
        }
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }

  /** What the fake does with one command. Immutable. */
  public static final class Action {
    private enum Kind {
      REPLY,
      CLOSE,
      SILENCE
    }

    private final Kind kind;
    private final byte[] bytes;

    private Action(Kind kind, byte[] bytes) {
      this.kind = kind;
      this.bytes = bytes;
    }

    /** Writes {@code rawResp} as is, e.g. {@code "+OK\r\n"} or {@code ":1\r\n"}. */
    public static Action reply(String rawResp) {
      if (rawResp == null || rawResp.isEmpty()) {
        throw new IllegalArgumentException("rawResp must not be null or empty");
      }
      return new Action(Kind.REPLY, rawResp.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code +OK}. */
    public static Action ok() {
      return reply("+OK\r\n");
    }

    /** A bulk string (UTF-8). */
    public static Action bulk(String value) {
      byte[] b = value.getBytes(StandardCharsets.UTF_8);
      return reply("$" + b.length + "\r\n" + value + "\r\n");
    }

    /** A null bulk string ({@code $-1}). */
    public static Action nil() {
      return reply("$-1\r\n");
    }

    /** An integer reply. */
    public static Action integer(long value) {
      return reply(":" + value + "\r\n");
    }

    /** {@code -MOVED slot host:port}. */
    public static Action moved(int slot, HostAndPort to) {
      return error("MOVED " + slot + " " + to);
    }

    /** {@code -ASK slot host:port}. */
    public static Action ask(int slot, HostAndPort to) {
      return error("ASK " + slot + " " + to);
    }

    /** {@code -TRYAGAIN ...}, as during a multi-key command on a migrating slot. */
    public static Action tryAgain() {
      return error("TRYAGAIN Multiple keys request during rehashing of slot");
    }

    /** {@code -CLUSTERDOWN ...}. */
    public static Action clusterDown() {
      return error("CLUSTERDOWN The cluster is down");
    }

    /** {@code -LOADING ...}. */
    public static Action loading() {
      return error("LOADING Redis is loading the dataset in memory");
    }

    /** An error reply; {@code text} is without the leading {@code -}, e.g. {@code "ERR boom"}. */
    public static Action error(String text) {
      if (text == null || text.isEmpty() || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("text must be one non-empty line, got " + text);
      }
      return reply("-" + text + "\r\n");
    }

    /** Closes the connection after reading the command, without replying. */
    public static Action closeAfterRead() {
      return new Action(Kind.CLOSE, null);
    }

    /** Never replies; the connection stays open. */
    public static Action neverReply() {
      return new Action(Kind.SILENCE, null);
    }
  }
}
