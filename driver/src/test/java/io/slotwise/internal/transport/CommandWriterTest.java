package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.embedded.EmbeddedChannel;
import io.slotwise.internal.protocol.Command;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandWriterTest {

  @Test
  void encodesTheWholeBatchIntoOneWrite() {
    EmbeddedChannel channel = new EmbeddedChannel();
    ArrayDeque<Outbound> inFlight = new ArrayDeque<>();
    Recorder set = Recorder.of("SET", "a", "1");
    Recorder get = Recorder.of("GET", "a");
    List<Throwable> failures = new ArrayList<>();

    int written =
        CommandWriter.write(
            channel,
            List.of(set, get),
            inFlight,
            (o, e) -> failures.add(e),
            ChannelFutureListener.CLOSE_ON_FAILURE,
            Long.MAX_VALUE);

    assertThat(written).isEqualTo(2);
    assertThat(failures).isEmpty();
    assertThat(inFlight).containsExactly(set, get);
    ByteBuf out = channel.readOutbound();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n*2\r\n$3\r\nGET\r\n$1\r\na\r\n");
    assertThat(out.readableBytes()).isEqualTo(out.capacity());
    assertThat((Object) channel.readOutbound()).as("one write for the batch").isNull();
    assertThat(out.release()).isTrue();
    channel.finishAndReleaseAll();
  }

  @Test
  void binaryArgumentsAreWrittenVerbatim() {
    EmbeddedChannel channel = new EmbeddedChannel();
    byte[] value = {0, '\r', '\n', (byte) 0xff};
    Recorder r =
        new Recorder(
            Command.of(
                "SET",
                new byte[][] {"SET".getBytes(StandardCharsets.UTF_8), {'k'}, value},
                new int[] {1},
                false));
    CommandWriter.write(
        channel,
        List.of(r),
        new ArrayDeque<>(),
        (o, e) -> {},
        ChannelFutureListener.CLOSE_ON_FAILURE,
        Long.MAX_VALUE);
    ByteBuf out = channel.readOutbound();
    byte[] bytes = new byte[out.readableBytes()];
    out.readBytes(bytes);
    out.release();
    byte[] tail = java.util.Arrays.copyOfRange(bytes, bytes.length - 6, bytes.length);
    assertThat(tail).containsExactly(0, '\r', '\n', 0xff, '\r', '\n');
    channel.finishAndReleaseAll();
  }

  @Test
  void aClosedChannelReportsTheFailedWrite() {
    EmbeddedChannel channel = new EmbeddedChannel();
    channel.close();
    List<Throwable> writeFailures = new ArrayList<>();
    ArrayDeque<Outbound> inFlight = new ArrayDeque<>();
    CommandWriter.write(
        channel,
        List.of(Recorder.of("PING")),
        inFlight,
        (o, e) -> {},
        f -> {
          if (!f.isSuccess()) {
            writeFailures.add(f.cause());
          }
        },
        Long.MAX_VALUE);
    channel.runPendingTasks();
    assertThat(writeFailures).hasSize(1);
    assertThat(inFlight).hasSize(1);
  }

  @Test
  void oneWriteCarriesAtMostTheByteCapButAlwaysOneCommand() {
    EmbeddedChannel channel = new EmbeddedChannel();
    ArrayDeque<Outbound> inFlight = new ArrayDeque<>();
    Recorder a = Recorder.of("SET", "a", "x".repeat(100));
    Recorder b = Recorder.of("SET", "b", "x".repeat(100));
    Recorder c = Recorder.of("SET", "c", "x".repeat(100));
    long cap = a.command().encodedLength() + b.command().encodedLength();

    int handled =
        CommandWriter.write(channel, List.of(a, b, c), inFlight, (o, e) -> {}, f -> {}, cap);
    assertThat(handled).isEqualTo(2);
    assertThat(inFlight).containsExactly(a, b);
    int single = CommandWriter.write(channel, List.of(c), inFlight, (o, e) -> {}, f -> {}, 1);
    assertThat(single).as("a command larger than the cap still goes out alone").isEqualTo(1);
    channel.finishAndReleaseAll();
  }

  @Test
  void aBufferThatCannotBeAllocatedLeavesTheBatchToTheCaller() {
    EmbeddedChannel channel = new EmbeddedChannel();
    channel
        .config()
        .setAllocator(
            new io.netty.buffer.AbstractByteBufAllocator(true) {
              @Override
              protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
                throw new OutOfMemoryError("heap (test)");
              }

              @Override
              protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
                throw new OutOfMemoryError("Direct buffer memory (test)");
              }

              @Override
              public boolean isDirectBufferPooled() {
                return false;
              }
            });
    ArrayDeque<Outbound> inFlight = new ArrayDeque<>();
    Recorder a = Recorder.of("GET", "a");
    List<Throwable> failures = new ArrayList<>();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                CommandWriter.write(
                    channel,
                    List.of(a),
                    inFlight,
                    (o, e) -> failures.add(e),
                    f -> {},
                    Long.MAX_VALUE))
        .isInstanceOf(OutOfMemoryError.class);
    assertThat(inFlight).isEmpty();
    assertThat(failures).isEmpty();
    assertThat(a.callbacks.get()).isZero();
    channel.finishAndReleaseAll();
  }
}
