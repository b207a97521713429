package io.slotwise.testkit;

import io.slotwise.HostAndPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One real {@code redis-server} process on 127.0.0.1 and a free port, with its own temporary
 * working directory (configuration, log, {@code nodes.conf}), no persistence.
 *
 * <p>{@link #start} returns once the server answers {@code PING}. The process is registered in a
 * JVM-wide registry whose shutdown hook kills it if nobody stopped it. {@link #close()} stops the
 * server and deletes its directory; {@link #stop()} keeps the directory so {@link #restart()} can
 * bring the same node back on the same port.
 *
 * <p>Thread-safe: lifecycle methods are synchronized; {@link #call} uses one cached connection
 * under the same lock. The creator owns the process and closes it.
 */
public final class RedisServerProcess implements AutoCloseable {
  /** Upper bound for a server to answer after its process was spawned. */
  public static final Duration START_TIMEOUT = Duration.ofSeconds(20);

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
  private static final int PORT_ATTEMPTS = 5;
  private static final Pattern PORT_IN_USE = Pattern.compile("Address (already )?in use");

  private final Path dir;
  private final List<String> extraArgs;
  private final TestCertificates certs;
  private final String password;
  private final boolean cluster;
  private int port;
  private Process process;
  private boolean paused;
  private RespTestClient cached;

  private RedisServerProcess(Path dir, List<String> extraArgs, TestCertificates certs) {
    this.dir = dir;
    this.extraArgs = List.copyOf(extraArgs);
    this.certs = certs;
    this.password = argValue(extraArgs, "--requirepass");
    this.cluster = "yes".equalsIgnoreCase(argValue(extraArgs, "--cluster-enabled"));
  }

  /**
   * Starts a plain-text server; {@code extraArgs} are appended to the command line, e.g. {@code
   * "--requirepass", "secret"} (then {@link #call} and {@link #client()} authenticate).
   *
   * @throws IllegalStateException when the binary is missing or the server does not come up
   */
  public static RedisServerProcess start(String... extraArgs) {
    return startNew(null, extraArgs);
  }

  /**
   * Starts a TLS-only server ({@code port 0}, {@code tls-port} free) with the given certificates;
   * clients must present a certificate signed by the test CA ({@code tls-auth-clients} defaults to
   * yes). {@link #client()} and {@link #call} connect over TLS.
   */
  public static RedisServerProcess startTls(TestCertificates certs, String... extraArgs) {
    if (certs == null) {
      throw new IllegalArgumentException("certs must not be null");
    }
    RedisBinary binary = RedisBinary.get();
    if (!binary.supportsTls()) {
      throw new IllegalStateException(binary + " was built without TLS support");
    }
    return startNew(certs, extraArgs);
  }

  private static RedisServerProcess startNew(TestCertificates certs, String... extraArgs) {
    if (extraArgs == null) {
      throw new IllegalArgumentException("extraArgs must not be null");
    }
    RedisBinary.get();
    Path dir;
    try {
      dir = Files.createTempDirectory("slotwise-redis-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a working directory for redis-server", e);
    }
    RedisServerProcess p = new RedisServerProcess(dir, Arrays.asList(extraArgs), certs);
    try {
      p.startOnFreePort();
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
    return p;
  }

  private synchronized void startOnFreePort() {
    IllegalStateException last = null;
    for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
      port = FreePorts.find(cluster);
      try {
        launchAndAwait();
        return;
      } catch (PortInUseException e) {
        last = new IllegalStateException(e.getMessage());
      }
    }
    throw last;
  }

  /** Thrown internally when the chosen port was taken between the probe and the bind. */
  private static final class PortInUseException extends RuntimeException {
    PortInUseException(String message) {
      super(message);
    }
  }

  private void launchAndAwait() {
    Path conf = dir.resolve("redis.conf");
    try {
      Files.writeString(conf, ServerConfig.render(dir, port, certs), StandardCharsets.UTF_8);
      Files.deleteIfExists(logFile());
      List<String> cmd = new ArrayList<>();
      cmd.add(RedisBinary.get().path().toString());
      cmd.add(conf.toString());
      cmd.addAll(extraArgs);
      process =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("stdout.log").toFile())
              .start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start redis-server in " + dir, e);
    }
    paused = false;
    ProcessRegistry.register(this);
    awaitReady();
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        String tail = logTail(20);
        ProcessRegistry.unregister(this);
        // glibc: "bind: Address already in use"; musl (the static embedded binary): "bind:
        // Address in use".
        if (PORT_IN_USE.matcher(tail).find()) {
          throw new PortInUseException("port " + port + " already in use:\n" + tail);
        }
        throw new IllegalStateException(
            "redis-server on port " + port + " exited with " + process.exitValue() + ":\n" + tail);
      }
      if (answersAsThisProcess()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        ProcessRegistry.unregister(this);
        throw new IllegalStateException(
            "redis-server on port "
                + port
                + " not ready after "
                + START_TIMEOUT
                + ":\n"
                + logTail(20));
      }
      Await.pause(Duration.ofMillis(10));
    }
  }

  /**
   * True once <em>our</em> process answers on the port. The pid check matters: when another test's
   * server holds the port we picked, ours is about to exit with "Address already in use", and until
   * it does the other server would answer a bare {@code PING}.
   */
  private boolean answersAsThisProcess() {
    try (RespTestClient c = connect(Duration.ofSeconds(2))) {
      if (password != null) {
        c.call("AUTH", password);
      }
      return process.pid() == processId(c.call("INFO", "server"));
    } catch (RespTestClient.ServerError e) {
      return false; // LOADING, or a password we do not know: not known to be ours yet
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /** The {@code process_id} field of an {@code INFO server} reply, or -1. */
  static long processId(Object info) {
    if (info instanceof String text) {
      for (String line : text.split("\r?\n")) {
        if (line.startsWith("process_id:")) {
          return Long.parseLong(line.substring("process_id:".length()).trim());
        }
      }
    }
    return -1;
  }

  private RespTestClient connect(Duration timeout) {
    if (certs != null) {
      return RespTestClient.connectTls(address(), certs.clientSslContext());
    }
    return RespTestClient.connect(address(), timeout);
  }

  /** The address clients use: 127.0.0.1 and the (TLS) port. */
  public synchronized HostAndPort address() {
    return HostAndPort.of("127.0.0.1", port);
  }

  /** The port clients use (the TLS port for {@link #startTls}). */
  public synchronized int port() {
    return port;
  }

  /** The working directory: {@code redis.conf}, {@code redis.log}, {@code nodes.conf}. */
  public Path directory() {
    return dir;
  }

  /** Whether this server speaks TLS only. */
  public boolean isTls() {
    return certs != null;
  }

  /** The extra command-line arguments it was started with. */
  public List<String> extraArgs() {
    return extraArgs;
  }

  /** The {@code --requirepass} argument, or null. */
  String password() {
    return password;
  }

  /** Operating-system process id; {@code -1} before the first start. */
  public synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  /**
   * A new connection to this server (TLS when started with {@link #startTls}), already
   * authenticated when {@code --requirepass} was given. The caller closes it.
   */
  public RespTestClient client() {
    RespTestClient c = connect(RespTestClient.DEFAULT_TIMEOUT);
    if (password != null) {
      try {
        c.call("AUTH", password);
      } catch (RuntimeException e) {
        c.close();
        throw e;
      }
    }
    return c;
  }

  /**
   * Runs one command on a cached connection and returns the reply (see {@link RespTestClient}).
   * When the cached connection turns out to be stale (the server was restarted), the command is
   * sent once more on a new connection.
   */
  public synchronized Object call(String... args) {
    boolean reused = cached != null;
    try {
      if (cached == null) {
        cached = client();
      }
      return cached.call(args);
    } catch (UncheckedIOException e) {
      dropCached();
      if (!reused) {
        throw e;
      }
      cached = client();
      return cached.call(args);
    }
  }

  private void dropCached() {
    if (cached != null) {
      cached.close();
      cached = null;
    }
  }

  /** Whether the process is running (a paused process is alive). */
  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Whether the process was stopped with {@link #pause()} and not resumed. */
  public synchronized boolean isPaused() {
    return paused && isAlive();
  }

  /**
   * Stops the server: {@code SHUTDOWN NOSAVE}, then SIGTERM, then SIGKILL, each bounded. Keeps the
   * working directory. Idempotent.
   */
  public synchronized void stop() {
    dropCached();
    if (process == null) {
      return;
    }
    if (process.isAlive()) {
      if (paused) {
        resume();
      }
      try (RespTestClient c = client()) {
        c.call("SHUTDOWN", "NOSAVE");
      } catch (RuntimeException expected) {
        // The server closes the connection while shutting down; any failure falls through to
        // the signals below.
      }
      if (!waitForExit(STOP_TIMEOUT)) {
        process.destroy();
        if (!waitForExit(STOP_TIMEOUT)) {
          process.destroyForcibly();
          waitForExit(STOP_TIMEOUT);
        }
      }
    }
    ProcessRegistry.unregister(this);
  }

  /** Kills the process with SIGKILL (a crash), waiting boundedly until it is gone. */
  public synchronized void kill() {
    dropCached();
    if (process != null) {
      process.destroyForcibly();
      waitForExit(STOP_TIMEOUT);
      paused = false;
    }
    ProcessRegistry.unregister(this);
  }

  /** Freezes the process with SIGSTOP: it keeps its sockets open but answers nothing. */
  public synchronized void pause() {
    requireAlive("pause");
    signal("-STOP");
    paused = true;
  }

  /** Resumes a process frozen by {@link #pause()} with SIGCONT. */
  public synchronized void resume() {
    requireAlive("resume");
    signal("-CONT");
    paused = false;
  }

  /**
   * Stops the server if it runs and starts it again on the same port, directory and arguments (a
   * cluster node keeps its {@code nodes.conf}, hence its identity); waits until it answers.
   */
  public synchronized void restart() {
    if (isAlive()) {
      stop();
    }
    try {
      launchAndAwait();
    } catch (PortInUseException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The last {@code lines} lines of the server log (or of its stdout when no log exists). */
  public String logTail(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("lines must be >= 0, got " + lines);
    }
    Path file = Files.exists(logFile()) ? logFile() : dir.resolve("stdout.log");
    try {
      if (!Files.exists(file)) {
        return "";
      }
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }

  /** Stops the server and deletes its working directory. Idempotent. */
  @Override
  public synchronized void close() {
    stop();
    ProcessRegistry.deleteRecursively(dir);
    ProcessRegistry.forgetDirectory(dir);
  }

  @Override
  public String toString() {
    return "redis-server[" + address() + (certs != null ? ", tls" : "") + "]";
  }

  private Path logFile() {
    return dir.resolve("redis.log");
  }

  private boolean waitForExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return false;
    }
  }

  private void requireAlive(String action) {
    if (!isAlive()) {
      throw new IllegalStateException("cannot " + action + " " + this + ": process not running");
    }
  }

  private void signal(String sig) {
    try {
      Process k =
          new ProcessBuilder("kill", sig, Long.toString(process.pid()))
              .redirectErrorStream(true)
              .start();
      if (!k.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || k.exitValue() != 0) {
        k.destroyForcibly();
        throw new IllegalStateException("kill " + sig + " " + process.pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run kill " + sig, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending " + sig, e);
    }
  }

  private static String argValue(List<String> args, String name) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (name.equalsIgnoreCase(args.get(i))) {
        return args.get(i + 1);
      }
    }
    return null;
  }
}
