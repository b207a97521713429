package io.slotwise.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.util.ByteProcessor;
import io.slotwise.RedisProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Incremental RESP2/RESP3 decoder: feed it bytes as they arrive, get back one complete top-level
 * {@link Reply} at a time.
 *
 * <p>The decoder is a state machine with four states, one method each: {@code TYPE} (the type
 * byte), {@code LINE} (the rest of a line up to CRLF: a simple value, or the length of a bulk or
 * aggregate), {@code BODY} (a bulk payload, copied as it arrives into an array that grows with it,
 * up to its declared length once that passed the limit) and {@code BODY_END} (the CRLF after a
 * payload). Aggregates being filled sit on an explicit stack, so a large array arriving in many
 * reads is never re-scanned from its start and no recursion depth depends on the input. Every
 * length is checked against {@link DecoderLimits} before anything is allocated for it, and no
 * collection is pre-sized from a server-sent count beyond {@value #PRESIZE_CAP}. RESP3 attributes
 * ({@code |}) are parsed and dropped. The decoder knows nothing about clusters: an error reply is
 * returned as data.
 *
 * <p>Malformed input throws {@link RedisProtocolException} whose message says what was wrong and at
 * which byte offset of the stream (counted over all calls); after that the decoder is unusable and
 * the connection must be closed.
 *
 * <p>Not thread-safe: one instance per connection, used by its I/O thread. It neither retains nor
 * releases the buffers passed in; the caller owns them.
 */
public final class RespDecoder {
  private static final int PRESIZE_CAP = 16;
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  /** Longest line holding an integer or length: "-9223372036854775808" is 20 bytes. */
  private static final int NUMBER_LINE_LIMIT = 20;

  /** Longest double line: Redis writes at most ~25 bytes ({@code %.17g}); leave ample room. */
  private static final int DOUBLE_LINE_LIMIT = 1024;

  private static final byte[] EMPTY = new byte[0];

  /**
   * The most a bulk header alone makes the decoder allocate: a payload's array starts at its
   * declared length or this, whichever is smaller, and grows (doubling, up to the declared length)
   * as its bytes arrive. So a broken or hostile peer's {@code $536870912\r\n} costs 64 KiB, not 512
   * MiB; a real large payload costs at most one extra copy per doubling.
   */
  static final int MAX_BULK_PREALLOCATION = 64 * 1024;

  private static final Reply OK = new Reply.SimpleString("OK");
  private static final Reply PONG = new Reply.SimpleString("PONG");
  private static final Reply QUEUED = new Reply.SimpleString("QUEUED");
  private static final Reply.Int[] SMALL_INTS = new Reply.Int[257];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = new Reply.Int(i - 1);
    }
  }

  private enum State {
    TYPE,
    LINE,
    BODY,
    BODY_END
  }

  private final DecoderLimits limits;
  private final int maxBulk;

  private State state = State.TYPE;

  /** Type byte of the element being read. */
  private byte type;

  /** Stream offset of that type byte. */
  private long typeOffset;

  private int lineLimit;

  /** Bytes after the reader index already known to hold no CR or LF. */
  private int lineScanned;

  private byte[] body;
  private int bodyLength;
  private int bodyFilled;
  private long bodyOffset;

  private final AggregateStack stack = new AggregateStack();
  private Reply result;

  /** Whether bytes of the next top-level reply (or of an attribute before it) were consumed. */
  private boolean midReply;

  /** Bytes consumed by earlier calls, plus this call's up to {@link #entryIndex}. */
  private long consumed;

  private int entryIndex;
  private String failure;

  /** A decoder enforcing {@code limits}. */
  public RespDecoder(DecoderLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.maxBulk = (int) Math.min(limits.maxBulkLength(), MAX_ARRAY_LENGTH);
  }

  /**
   * Decodes the next complete top-level reply from {@code in}, advancing its reader index past the
   * bytes used. Returns {@code null} when more bytes are needed; the bytes read so far are kept as
   * partial state (call again with the same buffer, or one that continues where this one stopped).
   *
   * @throws RedisProtocolException on malformed input or input over a limit
   */
  public Reply decode(ByteBuf in) {
    Objects.requireNonNull(in, "in");
    if (failure != null) {
      throw new RedisProtocolException("decoder unusable after an earlier error: " + failure);
    }
    entryIndex = in.readerIndex();
    try {
      for (; ; ) {
        boolean progressed =
            switch (state) {
              case TYPE -> readType(in);
              case LINE -> readLine(in);
              case BODY -> readBody(in);
              case BODY_END -> readBodyEnd(in);
            };
        if (result != null) {
          Reply reply = result;
          result = null;
          midReply = false;
          return reply;
        }
        if (!progressed) {
          return null;
        }
      }
    } catch (RedisProtocolException e) {
      failure = e.getMessage();
      throw e;
    } finally {
      consumed += in.readerIndex() - entryIndex;
    }
  }

  /** Total bytes consumed from the stream so far. */
  public long bytesConsumed() {
    return consumed;
  }

  /** Whether part of a reply has been read and the rest is still awaited. */
  public boolean isMidReply() {
    return midReply;
  }

  // ^+OK\r\n  ^$5\r\n...  ^*2\r\n...: one type byte decides how the line after it is read.
  private boolean readType(ByteBuf in) {
    if (!in.isReadable()) {
      return false;
    }
    int index = in.readerIndex();
    byte b = in.getByte(index);
    switch (b) {
      case '+', '-', '(' -> lineLimit = maxBulk;
      case ',' -> lineLimit = DOUBLE_LINE_LIMIT;
      case ':', '#', '_', '$', '!', '=', '*', '%', '~', '>', '|' -> lineLimit = NUMBER_LINE_LIMIT;
      default -> throw error(offset(index), "unknown type byte " + describe(b));
    }
    type = b;
    midReply = true;
    typeOffset = offset(index);
    lineScanned = 0;
    in.readerIndex(index + 1);
    state = State.LINE;
    return true;
  }

  // +^OK\r\n  $^5\r\n  *^2\r\n: the rest of the line, up to and including CRLF.
  private boolean readLine(ByteBuf in) {
    int start = in.readerIndex();
    int end = in.writerIndex();
    int from = start + lineScanned;
    int cr = from < end ? in.forEachByte(from, end - from, ByteProcessor.FIND_CRLF) : -1;
    if (cr < 0) {
      lineScanned = end - start;
      checkLineLength(start, lineScanned);
      return false;
    }
    checkLineLength(start, cr - start);
    if (in.getByte(cr) == '\n') {
      throw error(offset(cr), "LF without a preceding CR");
    }
    if (cr + 1 >= end) {
      lineScanned = cr - start;
      return false;
    }
    if (in.getByte(cr + 1) != '\n') {
      throw error(offset(cr + 1), "expected LF after CR, got " + describe(in.getByte(cr + 1)));
    }
    in.readerIndex(cr + 2);
    state = State.TYPE;
    onLine(in, start, cr);
    return true;
  }

  // $5\r\n^hello\r\n: the payload, copied as it arrives.
  private boolean readBody(ByteBuf in) {
    int n = Math.min(bodyLength - bodyFilled, in.readableBytes());
    if (n > body.length - bodyFilled) {
      body = grown(body, bodyFilled + n, bodyLength);
    }
    in.readBytes(body, bodyFilled, n);
    bodyFilled += n;
    if (bodyFilled < bodyLength) {
      return false;
    }
    state = State.BODY_END;
    return true;
  }

  /** A copy of {@code array} with room for at least {@code needed} bytes, at most {@code cap}. */
  private static byte[] grown(byte[] array, int needed, int cap) {
    long size = Math.max((long) array.length * 2, needed);
    return Arrays.copyOf(array, (int) Math.min(size, cap));
  }

  // $5\r\nhello^\r\n: the CRLF closing a payload.
  private boolean readBodyEnd(ByteBuf in) {
    int index = in.readerIndex();
    int readable = in.readableBytes();
    if (readable >= 1 && in.getByte(index) != '\r') {
      throw error(offset(index), "expected CR after payload, got " + describe(in.getByte(index)));
    }
    if (readable < 2) {
      return false;
    }
    if (in.getByte(index + 1) != '\n') {
      throw error(
          offset(index + 1), "expected LF after payload, got " + describe(in.getByte(index + 1)));
    }
    in.readerIndex(index + 2);
    byte[] payload = body;
    body = null;
    state = State.TYPE;
    emit(payloadReply(payload));
    return true;
  }

  private void checkLineLength(int start, int length) {
    if (length > lineLimit) {
      throw error(
          offset(start),
          "line after type " + describe(type) + " is longer than the limit of " + lineLimit);
    }
  }

  private void onLine(ByteBuf in, int start, int end) {
    long at = offset(start);
    switch (type) {
      case '+' -> emit(simpleString(in, start, end));
      case '-' -> emit(new Reply.Error(in.toString(start, end - start, StandardCharsets.UTF_8)));
      case ':' -> emit(integer(LineParsers.parseLong(in, start, end, "integer", at)));
      case ',' -> emit(new Reply.DoubleReply(LineParsers.parseDouble(in, start, end, at)));
      case '#' -> emit(new Reply.BooleanReply(LineParsers.parseBoolean(in, start, end, at)));
      case '(' -> emit(new Reply.BigNumber(LineParsers.parseBigNumber(in, start, end, at)));
      case '_' -> {
        if (end != start) {
          throw error(at, "RESP3 null must be followed directly by CRLF");
        }
        emit(Reply.Null.INSTANCE);
      }
      default -> onLength(in, start, end, at);
    }
  }

  private void onLength(ByteBuf in, int start, int end, long at) {
    if (end > start && in.getByte(start) == '+') {
      throw error(at, "length must not carry a '+' sign");
    }
    long n = LineParsers.parseLong(in, start, end, "length", at);
    if (n < 0) {
      if (n == -1 && (type == '$' || type == '*')) {
        emit(Reply.Null.INSTANCE);
        return;
      }
      throw error(at, "invalid length " + n + " after type " + describe(type));
    }
    if (type == '$' || type == '!' || type == '=') {
      startBody(in, at, n);
    } else {
      startAggregate(at, n);
    }
  }

  private void startBody(ByteBuf in, long at, long length) {
    if (length > maxBulk) {
      throw error(at, "payload length " + length + " exceeds the limit of " + maxBulk + " bytes");
    }
    if (type == '=' && length < 4) {
      throw error(at, "verbatim length " + length + " is shorter than its format");
    }
    // The declared length is a promise of the peer, not bytes received: allocate at most
    // MAX_BULK_PREALLOCATION now and grow as the payload arrives.
    bodyLength = (int) length;
    body = length == 0 ? EMPTY : new byte[(int) Math.min(length, MAX_BULK_PREALLOCATION)];
    bodyFilled = 0;
    bodyOffset = offset(in.readerIndex());
    state = State.BODY;
  }

  private void startAggregate(long at, long count) {
    if (count > limits.maxAggregateLength()) {
      throw error(
          at, "aggregate length " + count + " exceeds the limit of " + limits.maxAggregateLength());
    }
    if (stack.depth() >= limits.maxNestingDepth()) {
      throw error(
          typeOffset, "aggregates nested deeper than the limit of " + limits.maxNestingDepth());
    }
    long elements = type == '%' || type == '|' ? 2 * count : count;
    if (elements == 0) {
      Reply empty = AggregateStack.empty(type);
      if (empty != null) {
        emit(empty);
      }
      return;
    }
    stack.push(type, elements, (int) Math.min(count, PRESIZE_CAP));
  }

  /** Hands a finished value to the aggregate being filled, or makes it the result. */
  private void emit(Reply value) {
    Reply reply = stack.add(value);
    if (reply != null) {
      result = reply;
    }
  }

  private Reply payloadReply(byte[] payload) {
    switch (type) {
      case '$':
        return new Reply.Bulk(payload);
      case '!':
        return new Reply.Error(new String(payload, StandardCharsets.UTF_8));
      default:
        if (payload[3] != ':') {
          throw error(
              bodyOffset + 3, "expected ':' after verbatim format, got " + describe(payload[3]));
        }
        return new Reply.Verbatim(
            new String(payload, 0, 3, StandardCharsets.UTF_8),
            Arrays.copyOfRange(payload, 4, payload.length));
    }
  }

  private static Reply simpleString(ByteBuf in, int start, int end) {
    int length = end - start;
    if (length == 2 && in.getByte(start) == 'O' && in.getByte(start + 1) == 'K') {
      return OK;
    }
    if (length == 4 && in.getInt(start) == 0x504f4e47) { // "PONG"
      return PONG;
    }
    if (length == 6 && in.getInt(start) == 0x51554555 && in.getShort(start + 4) == 0x4544) {
      return QUEUED;
    }
    return new Reply.SimpleString(in.toString(start, length, StandardCharsets.UTF_8));
  }

  private static Reply integer(long value) {
    return value >= -1 && value < SMALL_INTS.length - 1
        ? SMALL_INTS[(int) value + 1]
        : new Reply.Int(value);
  }

  /** Stream offset of buffer index {@code index} during the current call. */
  private long offset(int index) {
    return consumed + (index - entryIndex);
  }

  static RedisProtocolException error(long streamOffset, String what) {
    return new RedisProtocolException(
        "malformed RESP at stream offset " + streamOffset + ": " + what);
  }

  static String describe(byte b) {
    String hex = String.format(Locale.ROOT, "0x%02x", b & 0xff);
    return b >= 0x21 && b <= 0x7e ? "'" + (char) b + "' (" + hex + ")" : hex;
  }
}
