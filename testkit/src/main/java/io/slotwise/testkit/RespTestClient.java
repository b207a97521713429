package io.slotwise.testkit;

import io.slotwise.HostAndPort;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A tiny blocking RESP2 client for tests, deliberately independent of the driver under test.
 *
 * <p>Replies map to Java values: simple and bulk strings to {@link String} (UTF-8; {@link #callRaw}
 * returns bulk strings as {@code byte[]}), integers to {@link Long}, arrays to {@code
 * List<Object>}, null bulk strings and null arrays to {@code null}. An error reply throws {@link
 * ServerError}; I/O failures throw {@link UncheckedIOException}. Every read is bounded by the
 * socket timeout (10 s unless given).
 *
 * <p>Not thread-safe: one client per thread. The caller closes it.
 */
public final class RespTestClient implements AutoCloseable {
  /** Socket connect and read timeout used by {@link #connect(HostAndPort)}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final int MAX_LINE = 64 * 1024;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final HostAndPort address;

  private RespTestClient(Socket socket, HostAndPort address) throws IOException {
    this.socket = socket;
    this.address = address;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.out = new BufferedOutputStream(socket.getOutputStream());
  }

  /** An error reply from the server, e.g. {@code ERR unknown command} or {@code MOVED 1 h:p}. */
  public static final class ServerError extends RuntimeException {
    private final String reply;

    ServerError(String reply) {
      super(reply);
      this.reply = reply;
    }

    /** The error text without the leading {@code -}. */
    public String reply() {
      return reply;
    }

    /** The first word of the error, e.g. {@code ERR}, {@code MOVED}, {@code WRONGTYPE}. */
    public String kind() {
      int space = reply.indexOf(' ');
      return space < 0 ? reply : reply.substring(0, space);
    }
  }

  /** Connects in plain text with {@link #DEFAULT_TIMEOUT}. */
  public static RespTestClient connect(HostAndPort address) {
    return connect(address, DEFAULT_TIMEOUT);
  }

  /** Connects in plain text; {@code timeout} bounds the connect and every read. */
  public static RespTestClient connect(HostAndPort address, Duration timeout) {
    Socket s = new Socket();
    return open(s, address, timeout);
  }

  /** Connects over TLS (e.g. with {@link TestCertificates#clientSslContext()}). */
  public static RespTestClient connectTls(HostAndPort address, SSLContext context) {
    Socket raw = new Socket();
    RespTestClient plain = open(raw, address, DEFAULT_TIMEOUT);
    try {
      SSLSocket tls =
          (SSLSocket)
              context.getSocketFactory().createSocket(raw, address.host(), address.port(), true);
      tls.setUseClientMode(true);
      tls.setSoTimeout((int) DEFAULT_TIMEOUT.toMillis());
      tls.startHandshake();
      return new RespTestClient(tls, address);
    } catch (IOException e) {
      plain.close();
      throw new UncheckedIOException("TLS handshake with " + address + " failed", e);
    }
  }

  private static RespTestClient open(Socket s, HostAndPort address, Duration timeout) {
    if (address == null) {
      throw new IllegalArgumentException("address must not be null");
    }
    int millis = (int) Math.max(1, timeout.toMillis());
    try {
      s.setTcpNoDelay(true);
      s.setSoTimeout(millis);
      s.connect(new InetSocketAddress(address.host(), address.port()), millis);
      return new RespTestClient(s, address);
    } catch (IOException e) {
      try {
        s.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot connect to " + address, e);
    }
  }

  /** The server this client talks to. */
  public HostAndPort address() {
    return address;
  }

  /** Sends a command and returns its reply (bulk strings as UTF-8 {@code String}). */
  public Object call(String... args) {
    return call(utf8(args));
  }

  /** Sends a command given as byte arguments; bulk strings come back as UTF-8 {@code String}. */
  public Object call(byte[]... args) {
    send(args);
    return readReply(false);
  }

  /** Like {@link #call(String...)} but bulk strings come back as {@code byte[]}. */
  public Object callRaw(String... args) {
    return callRaw(utf8(args));
  }

  /** Like {@link #call(byte[]...)} but bulk strings come back as {@code byte[]}. */
  public Object callRaw(byte[]... args) {
    send(args);
    return readReply(true);
  }

  /** Writes a command without reading its reply (for pipelining); read it with {@link #read()}. */
  public void send(String... args) {
    send(utf8(args));
  }

  /** Writes a command given as bytes without reading its reply. */
  public void send(byte[]... args) {
    if (args == null || args.length == 0) {
      throw new IllegalArgumentException("args must name a command");
    }
    try {
      out.write(('*' + Integer.toString(args.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
      for (byte[] a : args) {
        out.write(('$' + Integer.toString(a.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(a);
        out.write('\r');
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("write to " + address + " failed", e);
    }
  }

  /** Reads the next reply (bulk strings as {@code String}). */
  public Object read() {
    return readReply(false);
  }

  private Object readReply(boolean raw) {
    try {
      return readValue(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("read from " + address + " failed", e);
    }
  }

  private Object readValue(boolean raw) throws IOException {
    int type = in.read();
    if (type < 0) {
      throw new EOFException("connection closed by " + address);
    }
    String line = readLine();
    switch (type) {
      case '+':
        return line;
      case '-':
        throw new ServerError(line);
      case ':':
        return Long.parseLong(line);
      case '$':
        return readBulk(Integer.parseInt(line), raw);
      case '*':
        int n = Integer.parseInt(line);
        if (n < 0) {
          return null;
        }
        List<Object> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
          items.add(readValueKeepingErrors(raw));
        }
        return items;
      default:
        throw new IOException("unexpected RESP type byte '" + (char) type + "' from " + address);
    }
  }

  /** Array elements that are errors (e.g. in EXEC) are returned as {@link ServerError} values. */
  private Object readValueKeepingErrors(boolean raw) throws IOException {
    try {
      return readValue(raw);
    } catch (ServerError e) {
      return e;
    }
  }

  private Object readBulk(int len, boolean raw) throws IOException {
    if (len < 0) {
      return null;
    }
    byte[] data = in.readNBytes(len);
    if (data.length < len || in.read() != '\r' || in.read() != '\n') {
      throw new EOFException("truncated bulk string from " + address);
    }
    return raw ? data : new String(data, StandardCharsets.UTF_8);
  }

  private String readLine() throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("connection closed by " + address);
      }
      if (c == '\r') {
        if (in.read() != '\n') {
          throw new IOException("CR without LF from " + address);
        }
        return line.toString(StandardCharsets.UTF_8);
      }
      if (line.size() >= MAX_LINE) {
        throw new IOException("line longer than " + MAX_LINE + " bytes from " + address);
      }
      line.write(c);
    }
  }

  private static byte[][] utf8(String... args) {
    if (args == null) {
      throw new IllegalArgumentException("args must not be null");
    }
    byte[][] bytes = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        throw new IllegalArgumentException("args[" + i + "] must not be null");
      }
      bytes[i] = args[i].getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  /** Closes the socket; idempotent, never throws. */
  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a test socket that is already broken is not an error.
    }
  }
}
