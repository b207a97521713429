package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.slotwise.SlotwiseConfig;
import io.slotwise.internal.executor.Routers;
import io.slotwise.internal.protocol.Command;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.testkit.FakeNode;
import io.slotwise.testkit.FakeNode.Action;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A flush whose buffer cannot be allocated fails its batch as not written and leaves the connection
 * serving the next commands (issue 13, item 7): before, the batch stayed in place and every later
 * flush retried it, so the node was dead to the client.
 */
class FlushFailureIT {
  private FakeNode node;
  private NettyTransport transport;

  @BeforeEach
  void start() {
    node =
        FakeNode.start(
            cmd ->
                switch (cmd.get(0)) {
                  case "HELLO" -> Action.error("ERR unknown command 'HELLO'");
                  case "PING" -> Action.reply("+PONG\r\n");
                  default -> Action.ok();
                });
    transport = new NettyTransport(1);
  }

  @AfterEach
  void stop() {
    transport.close();
    node.close();
  }

  @Test
  void aBatchWhoseBufferCannotBeAllocatedFailsAsNotWrittenAndLaterCommandsWork() throws Exception {
    SlotwiseConfig config = SlotwiseConfig.standalone(node.address().toString()).build();
    NettyNodeConnection c =
        transport.openConnection(node.address(), Routers.connectionSettings(config));
    c.whenConnected().get(5, TimeUnit.SECONDS);
    c.channel().config().setAllocator(new RefusingLargeBuffers(64 * 1024));

    Recorder big = new Recorder(Command.keyless(false, "SET", "big", "x".repeat(200_000)));
    c.send(big);
    Throwable cause = big.failure();
    assertThat(cause).isInstanceOf(io.slotwise.RedisConnectionException.class);
    assertThat(big.written).isFalse();

    Recorder ping = Recorder.of("PING");
    c.send(ping);
    assertThat(ping.get()).isEqualTo(new Reply.SimpleString("PONG"));
    assertThat(c.queuedCount()).isZero();
    assertThat(c.inFlight()).isZero();
    c.close();
  }

  /** Direct buffers above a size fail as if direct memory had run out. */
  private static final class RefusingLargeBuffers implements ByteBufAllocator {
    private final ByteBufAllocator real = PooledByteBufAllocator.DEFAULT;
    private final int max;

    RefusingLargeBuffers(int max) {
      this.max = max;
    }

    private ByteBuf check(int size) {
      if (size > max) {
        throw new OutOfMemoryError("Direct buffer memory (test: " + size + " bytes refused)");
      }
      return null;
    }

    @Override
    public ByteBuf buffer() {
      return real.buffer();
    }

    @Override
    public ByteBuf buffer(int initialCapacity) {
      check(initialCapacity);
      return real.buffer(initialCapacity);
    }

    @Override
    public ByteBuf buffer(int initialCapacity, int maxCapacity) {
      check(initialCapacity);
      return real.buffer(initialCapacity, maxCapacity);
    }

    @Override
    public ByteBuf ioBuffer() {
      return real.ioBuffer();
    }

    @Override
    public ByteBuf ioBuffer(int initialCapacity) {
      return real.ioBuffer(initialCapacity);
    }

    @Override
    public ByteBuf ioBuffer(int initialCapacity, int maxCapacity) {
      return real.ioBuffer(initialCapacity, maxCapacity);
    }

    @Override
    public ByteBuf heapBuffer() {
      return real.heapBuffer();
    }

    @Override
    public ByteBuf heapBuffer(int initialCapacity) {
      return real.heapBuffer(initialCapacity);
    }

    @Override
    public ByteBuf heapBuffer(int initialCapacity, int maxCapacity) {
      return real.heapBuffer(initialCapacity, maxCapacity);
    }

    @Override
    public ByteBuf directBuffer() {
      return real.directBuffer();
    }

    @Override
    public ByteBuf directBuffer(int initialCapacity) {
      check(initialCapacity);
      return real.directBuffer(initialCapacity);
    }

    @Override
    public ByteBuf directBuffer(int initialCapacity, int maxCapacity) {
      check(initialCapacity);
      return real.directBuffer(initialCapacity, maxCapacity);
    }

    @Override
    public CompositeByteBuf compositeBuffer() {
      return real.compositeBuffer();
    }

    @Override
    public CompositeByteBuf compositeBuffer(int maxNumComponents) {
      return real.compositeBuffer(maxNumComponents);
    }

    @Override
    public CompositeByteBuf compositeHeapBuffer() {
      return real.compositeHeapBuffer();
    }

    @Override
    public CompositeByteBuf compositeHeapBuffer(int maxNumComponents) {
      return real.compositeHeapBuffer(maxNumComponents);
    }

    @Override
    public CompositeByteBuf compositeDirectBuffer() {
      return real.compositeDirectBuffer();
    }

    @Override
    public CompositeByteBuf compositeDirectBuffer(int maxNumComponents) {
      return real.compositeDirectBuffer(maxNumComponents);
    }

    @Override
    public boolean isDirectBufferPooled() {
      return true;
    }

    @Override
    public int calculateNewCapacity(int minNewCapacity, int maxCapacity) {
      return real.calculateNewCapacity(minNewCapacity, maxCapacity);
    }
  }
}
