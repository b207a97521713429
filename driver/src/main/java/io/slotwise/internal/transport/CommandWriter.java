package io.slotwise.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.slotwise.internal.protocol.RespEncoder;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Encodes a batch of commands into one pooled direct buffer, sized up front from {@link
 * RespEncoder#encodedLength}, and writes it with a single {@code writeAndFlush}. Stateless; called
 * on the channel's event loop.
 */
public final class CommandWriter {
  private CommandWriter() {}

  /**
   * Writes {@code batch} and appends every encoded command to {@code inFlight}, in order.
   *
   * @param unencodable gets each command that could not be encoded (it was not written)
   * @param onWriteFailure runs when the write fails (the caller closes the channel)
   * @return the number of commands written
   */
  static int write(
      Channel channel,
      List<Outbound> batch,
      Collection<Outbound> inFlight,
      BiConsumer<Outbound, RuntimeException> unencodable,
      ChannelFutureListener onWriteFailure) {
    int[] lengths = new int[batch.size()];
    long total = 0;
    for (int i = 0; i < lengths.length; i++) {
      try {
        lengths[i] = RespEncoder.encodedLength(batch.get(i).command());
        total += lengths[i];
      } catch (RuntimeException e) {
        lengths[i] = -1;
        unencodable.accept(batch.get(i), e);
      }
    }
    ByteBuf buf = channel.alloc().directBuffer((int) Math.min(total, Integer.MAX_VALUE));
    int written = 0;
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] < 0) {
        continue;
      }
      Outbound o = batch.get(i);
      int mark = buf.writerIndex();
      try {
        RespEncoder.encode(o.command(), buf);
      } catch (RuntimeException e) {
        buf.writerIndex(mark);
        unencodable.accept(o, e);
        continue;
      }
      inFlight.add(o);
      written++;
    }
    if (written == 0) {
      buf.release();
      return 0;
    }
    channel.writeAndFlush(buf).addListener(onWriteFailure);
    return written;
  }
}
