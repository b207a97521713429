package io.slotwise.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.slotwise.RedisProtocolException;
import io.slotwise.internal.protocol.DecoderLimits;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.protocol.RespDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyHandlerTest {

  private static final class CollectingSink implements ReplyHandler.Sink {
    final List<Reply> replies = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();

    @Override
    public void onReply(Reply reply) {
      replies.add(reply);
    }

    @Override
    public void onProtocolError(RedisProtocolException error) {
      errors.add(error);
    }

    @Override
    public void onException(Throwable cause) {
      errors.add(cause);
    }

    @Override
    public void onWritable() {}
  }

  private final CollectingSink sink = new CollectingSink();
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new ReplyHandler(new RespDecoder(DecoderLimits.DEFAULTS), sink));

  private List<ByteBuf> feedByteByByte(String text) {
    List<ByteBuf> fed = new ArrayList<>();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      ByteBuf one = Unpooled.directBuffer(1).writeByte(b);
      fed.add(one);
      channel.writeInbound(one);
    }
    return fed;
  }

  @Test
  void decodesRepliesSplitAtEveryByteAndReleasesTheInput() {
    List<ByteBuf> fed = feedByteByByte("+OK\r\n:42\r\n$5\r\nhel\r\n\r\n*2\r\n$1\r\na\r\n_\r\n");

    assertThat(sink.errors).isEmpty();
    assertThat(sink.replies).hasSize(4);
    assertThat(sink.replies.get(0)).isEqualTo(new Reply.SimpleString("OK"));
    assertThat(sink.replies.get(1)).isEqualTo(new Reply.Int(42));
    assertThat(((Reply.Bulk) sink.replies.get(2)).utf8()).isEqualTo("hel\r\n");
    Reply.Array array = (Reply.Array) sink.replies.get(3);
    assertThat(((Reply.Bulk) array.items().get(0)).utf8()).isEqualTo("a");
    assertThat(array.items().get(1)).isEqualTo(Reply.Null.INSTANCE);
    assertThat(fed).allSatisfy(b -> assertThat(b.refCnt()).isZero());
    assertThat(channel.finish()).isFalse();
  }

  @Test
  void manyRepliesInOneChunkAreAllDelivered() {
    channel.writeInbound(
        Unpooled.copiedBuffer("+A\r\n+B\r\n>2\r\n+x\r\n+y\r\n+C\r\n", StandardCharsets.UTF_8));
    assertThat(sink.replies)
        .extracting(Object::getClass)
        .containsExactly(
            Reply.SimpleString.class,
            Reply.SimpleString.class,
            Reply.Push.class,
            Reply.SimpleString.class);
  }

  @Test
  void invalidRespIsReportedOnceAndTheRestDiscarded() {
    ByteBuf first = Unpooled.copiedBuffer("+OK\r\n?bad\r\n+PONG\r\n", StandardCharsets.UTF_8);
    ByteBuf later = Unpooled.copiedBuffer("+MORE\r\n", StandardCharsets.UTF_8);
    channel.writeInbound(first);
    channel.writeInbound(later);

    assertThat(sink.replies).containsExactly(new Reply.SimpleString("OK"));
    assertThat(sink.errors).hasSize(1);
    assertThat(sink.errors.get(0))
        .isInstanceOf(RedisProtocolException.class)
        .hasMessageContaining("'?'");
    assertThat(first.refCnt()).isZero();
    assertThat(later.refCnt()).isZero();
    channel.finishAndReleaseAll();
  }

  @Test
  void transportExceptionsAreReportedAndCloseTheChannel() {
    channel.pipeline().fireExceptionCaught(new IOException("Connection reset by peer"));
    assertThat(sink.errors).singleElement().isInstanceOf(IOException.class);
    assertThat(channel.isOpen()).isFalse();
  }
}
