package io.slotwise.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.slotwise.RedisProtocolException;
import io.slotwise.internal.protocol.Reply;
import io.slotwise.internal.protocol.RespDecoder;
import java.util.List;

/**
 * The inbound end of a connection's pipeline: cumulates bytes (and releases them, through {@link
 * ByteToMessageDecoder}), decodes every complete top-level reply and hands it to its sink, the
 * channel's {@link ChannelSession}. One per channel, like its sink, since the decoder keeps the
 * state of a partly received reply; so what it reports can only concern its own channel. After
 * invalid RESP the rest of the stream is discarded: the sink closes the channel. Confined to the
 * channel's event loop.
 */
public final class ReplyHandler extends ByteToMessageDecoder {

  /** Where one channel's decoded replies and failures go; called on the channel's event loop. */
  interface Sink {
    /** One complete top-level reply (or RESP3 push frame), in wire order. */
    void onReply(Reply reply);

    /** Invalid RESP; nothing more is decoded from this channel. */
    void onProtocolError(RedisProtocolException error);

    /** An exception from the pipeline (I/O, TLS); the channel is closed right after. */
    void onException(Throwable cause);

    /** The channel's outbound buffer drained below its low-water mark: writes may go on. */
    void onWritable();
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
        sink.onReply(reply);
      }
    } catch (RedisProtocolException e) {
      broken = true;
      in.skipBytes(in.readableBytes());
      sink.onProtocolError(e);
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
    if (ctx.channel().isWritable()) {
      sink.onWritable();
    }
    super.channelWritabilityChanged(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    sink.onException(cause);
    ctx.close();
  }
}
