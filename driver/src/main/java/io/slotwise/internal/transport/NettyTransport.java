package io.slotwise.internal.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.NetUtil;
import io.netty.util.concurrent.EventExecutor;
import io.slotwise.HostAndPort;
import io.slotwise.ResourceOptions;
import io.slotwise.SlotwiseClosedException;
import io.slotwise.internal.metrics.ConnectionView;
import io.slotwise.metrics.SlotwiseRecorder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;

/**
 * The I/O side of one client: a Netty event-loop group (native epoll when available, NIO otherwise)
 * of daemon threads named {@code slotwise-io-N}, the TLS context, and every {@link NodeConnection}
 * opened through it.
 *
 * <p>Thread-safe. The client creates one and closes it last: {@link #close()} closes every
 * connection still open and shuts the event loops down (bounded wait). Connections opened here may
 * be closed earlier by their owners.
 */
public final class NettyTransport implements AutoCloseable {
  private static final long SHUTDOWN_QUIET_MILLIS = 0;
  private static final long SHUTDOWN_TIMEOUT_MILLIS = 2_000;

  private final EventLoopGroup group;
  private final Transports.Kind kind;
  private final EventLoop scheduler;
  private final Set<NettyNodeConnection> connections = ConcurrentHashMap.newKeySet();
  private final Map<ConnectionSettings.Tls, SslContext> sslContexts = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean closing;
  private volatile SlotwiseRecorder recorder = SlotwiseRecorder.NOOP;
  private final ExecutorService resolver = resolverThreads();

  /**
   * Starts the event loops.
   *
   * @param ioThreads number of I/O threads, at least 1
   */
  public NettyTransport(int ioThreads) {
    if (ioThreads < 1) {
      throw new IllegalArgumentException("ioThreads must be >= 1, got " + ioThreads);
    }
    this.kind = Transports.best();
    this.group = kind.newGroup(ioThreads, new IoThreadFactory());
    this.scheduler = group.next();
  }

  /** A transport with the options' I/O threads, reporting to their recorder. */
  public static NettyTransport create(ResourceOptions resources) {
    Objects.requireNonNull(resources, "resources");
    NettyTransport transport = new NettyTransport(resources.ioThreads());
    transport.recorder = resources.recorder();
    return transport;
  }

  /**
   * Opens a managed connection and starts connecting in the background; it is returned at once. Use
   * {@link NodeConnection#whenConnected()} to wait for the first connect. The caller owns the
   * connection (and should close it); {@link #close()} closes it too if still open.
   *
   * @throws SlotwiseClosedException when this transport is closed
   */
  public NodeConnection open(HostAndPort address, ConnectionSettings settings) {
    return openConnection(address, settings);
  }

  NettyNodeConnection openConnection(HostAndPort address, ConnectionSettings settings) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(settings, "settings");
    if (closed.get()) {
      throw new SlotwiseClosedException("transport is closed; cannot connect to " + address);
    }
    SslContext ssl = settings.tls() == null ? null : sslContext(settings.tls());
    NettyNodeConnection connection =
        new NettyNodeConnection(this, address, settings, group.next(), ssl);
    connections.add(connection);
    if (closed.get()) {
      connection.close();
      throw new SlotwiseClosedException("transport is closed; cannot connect to " + address);
    }
    recorder.connectionOpened(ConnectionView.of(connection));
    connection.start();
    return connection;
  }

  /**
   * A scheduler for timeouts and backoff (one of the event loops): tasks must be short and must not
   * block. Do not shut it down; {@link #close()} does.
   */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Whether the native epoll transport is in use (else NIO). */
  public boolean isNative() {
    return kind == Transports.Kind.EPOLL;
  }

  /** Up to {@value #RESOLVER_THREADS} daemon threads for blocking name lookups, idle ones die. */
  private static final int RESOLVER_THREADS = 4;

  private static ExecutorService resolverThreads() {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            RESOLVER_THREADS,
            RESOLVER_THREADS,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "slotwise-resolver-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * The socket address of {@code address}: at once for an IP literal, else looked up (blocking JDK
   * resolution) on a resolver thread, never on an event loop, so that a slow DNS answer for one
   * node cannot delay the connections to the others.
   */
  CompletableFuture<InetSocketAddress> resolve(HostAndPort address) {
    String host = address.host();
    if (NetUtil.isValidIpV4Address(host) || NetUtil.isValidIpV6Address(host)) {
      return CompletableFuture.completedFuture(
          new InetSocketAddress(
              NetUtil.createInetAddressFromIpAddressString(host), address.port()));
    }
    try {
      return CompletableFuture.supplyAsync(
          () -> {
            InetSocketAddress resolved = new InetSocketAddress(host, address.port());
            if (resolved.isUnresolved()) {
              throw new java.util.concurrent.CompletionException(
                  new UnknownHostException("unknown host " + host));
            }
            return resolved;
          },
          resolver);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(
          new SlotwiseClosedException("transport is closed; cannot resolve " + address));
    }
  }

  /**
   * Starts one TCP connect on {@code loop} to the resolved {@code remote} of {@code address}; the
   * pipeline holds TLS (when {@code ssl} is set, with {@code address}'s host name for SNI and
   * verification) and nothing else: the caller appends its reply handler once connected.
   */
  ChannelFuture connect(
      EventLoop loop,
      InetSocketAddress remote,
      HostAndPort address,
      ConnectionSettings settings,
      SslContext ssl) {
    return bootstrap(loop, settings)
        .handler(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel ch) {
                if (ssl != null) {
                  ch.pipeline().addLast(ssl.newHandler(ch.alloc(), address.host(), address.port()));
                }
              }
            })
        .connect(remote);
  }

  private Bootstrap bootstrap(EventLoop loop, ConnectionSettings settings) {
    return new Bootstrap()
        .group(loop)
        .channel(kind.channelClass())
        .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.SO_KEEPALIVE, true)
        .option(
            ChannelOption.CONNECT_TIMEOUT_MILLIS,
            (int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()));
  }

  void forget(NettyNodeConnection connection) {
    if (connections.remove(connection)) {
      recorder.connectionClosed(ConnectionView.of(connection));
    }
  }

  private SslContext sslContext(ConnectionSettings.Tls tls) {
    return sslContexts.computeIfAbsent(tls, NettyTransport::buildSslContext);
  }

  static SslContext buildSslContext(ConnectionSettings.Tls tls) {
    SslContextBuilder builder = SslContextBuilder.forClient();
    try {
      if (tls.trustCertificates() != null) {
        try (InputStream in = Files.newInputStream(tls.trustCertificates())) {
          builder.trustManager(in);
        }
      }
      if (tls.clientCertificate() != null) {
        try (InputStream cert = Files.newInputStream(tls.clientCertificate());
            InputStream key = Files.newInputStream(tls.clientKey())) {
          builder.keyManager(cert, key);
        }
      }
      if (tls.verifyHostname()) {
        builder.endpointIdentificationAlgorithm("HTTPS");
      } else {
        builder.endpointIdentificationAlgorithm(null);
      }
      return builder.build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid TLS settings " + tls + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read TLS files " + tls + ": " + e, e);
    }
  }

  /**
   * Announces that the client is closing: from now on a connection that closes fails its commands
   * with {@link SlotwiseClosedException} (nothing will retry them) rather than as closed on purpose
   * by its owner (then the retry loop reroutes them). The client calls this before closing its
   * routers; {@link #close()} implies it.
   */
  public void beginClose() {
    closing = true;
  }

  /** Whether {@link #beginClose()} or {@link #close()} was called. */
  boolean isClosing() {
    return closing;
  }

  /** Closes every open connection and stops the event loops, waiting up to two seconds. */
  @Override
  public void close() {
    closing = true;
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (NettyNodeConnection c : connections.toArray(new NettyNodeConnection[0])) {
      c.close();
    }
    connections.clear();
    resolver.shutdownNow();
    var termination =
        group.shutdownGracefully(
            SHUTDOWN_QUIET_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    if (!onOwnThread()) {
      try {
        termination.await(SHUTDOWN_TIMEOUT_MILLIS * 2, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean onOwnThread() {
    for (EventExecutor e : group) {
      if (e.inEventLoop()) {
        return true;
      }
    }
    return false;
  }

  private static final class IoThreadFactory implements ThreadFactory {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      return new IoThreads.IoThread(r, "slotwise-io-" + COUNTER.incrementAndGet());
    }
  }
}
