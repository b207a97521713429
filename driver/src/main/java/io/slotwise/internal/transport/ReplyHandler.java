package io.slotwise.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.slotwise.RedisProtocolException;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.protocol.RespDecoder;
import java.util.List;

/**
 * The inbound end of a connection's pipeline: cumulates bytes (and releases them, through {@link
 * ByteToMessageDecoder}), decodes every complete top-level reply and hands it to the connection.
 * One per channel, since the decoder keeps the state of a partly received reply. After invalid RESP
 * the rest of the stream is discarded: the connection closes the channel.
 */
public final class ReplyHandler extends ByteToMessageDecoder {

  /** Where decoded replies and failures go; called on the channel's event loop. */
  interface Sink {
    void onReply(Channel channel, Reply reply);

    void onProtocolError(Channel channel, RedisProtocolException error);

    void onException(Channel channel, Throwable cause);
  }

  private final RespDecoder decoder;
  private final Sink sink;
  private boolean broken;

  ReplyHandler(RespDecoder decoder, Sink sink) {
    this.decoder = decoder;
    this.sink = sink;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (broken) {
      in.skipBytes(in.readableBytes());
      return;
    }
    try {
      Reply reply;
      while ((reply = decoder.decode(in)) != null) {
        sink.onReply(ctx.channel(), reply);
      }
    } catch (RedisProtocolException e) {
      broken = true;
      in.skipBytes(in.readableBytes());
      sink.onProtocolError(ctx.channel(), e);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    sink.onException(ctx.channel(), cause);
    ctx.close();
  }
}
