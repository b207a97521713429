package io.slotwise.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.slotwise.internal.protocol.RespEncoder;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Encodes the head of a batch of commands into one pooled direct buffer, sized up front from each
 * command's {@link RespEncoder#encodedLength encoded length}, and writes it with a single {@code
 * writeAndFlush}. Stateless; called on the channel's event loop.
 *
 * <p><b>Exception safety.</b> The commands reach the in-flight FIFO only once the whole buffer is
 * encoded, just before the write. If allocating or encoding throws anyway, the buffer is released,
 * nothing was added to the FIFO, and the exception reaches the caller, which may fail every command
 * of the batch as not written.
 */
public final class CommandWriter {
  private CommandWriter() {}

  /**
   * Writes the head of {@code batch}, at most about {@code maxBytes} (at least one command), and
   * appends every encoded command to {@code inFlight}, in order.
   *
   * @param unencodable gets each command that could not be encoded (it was not written)
   * @param onWriteFailure runs when the write fails (the caller closes the channel)
   * @param maxBytes the bytes one write carries at most, unless its first command alone is larger
   * @return how many commands of {@code batch}, from its start, were handled: written or failed
   */
  static int write(
      Channel channel,
      List<Outbound> batch,
      Collection<Outbound> inFlight,
      BiConsumer<Outbound, RuntimeException> unencodable,
      ChannelFutureListener onWriteFailure,
      long maxBytes) {
    int count = 0;
    long total = 0;
    while (count < batch.size()) {
      int length = batch.get(count).command().encodedLength();
      if (count > 0 && total + length > maxBytes) {
        break;
      }
      total += length;
      count++;
    }
    ByteBuf buf = channel.alloc().directBuffer((int) Math.min(total, Integer.MAX_VALUE));
    RuntimeException[] errors = new RuntimeException[count];
    int written = 0;
    try {
      for (int i = 0; i < count; i++) {
        int mark = buf.writerIndex();
        try {
          RespEncoder.encode(batch.get(i).command(), buf);
          written++;
        } catch (RuntimeException e) {
          buf.writerIndex(mark);
          errors[i] = e;
        }
      }
    } catch (Error e) {
      buf.release();
      throw e;
    }
    // Nothing reported before this point, so a throw above leaves every command to the caller.
    for (int i = 0; i < count; i++) {
      if (errors[i] != null) {
        unencodable.accept(batch.get(i), errors[i]);
      } else {
        inFlight.add(batch.get(i));
      }
    }
    if (written == 0) {
      buf.release();
      return count;
    }
    channel.writeAndFlush(buf).addListener(onWriteFailure);
    return count;
  }
}
