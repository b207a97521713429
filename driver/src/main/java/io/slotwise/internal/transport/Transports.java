package io.slotwise.internal.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.concurrent.ThreadFactory;

/**
 * Picks the Netty transport: native epoll when its optional jar is on the class path and the
 * platform supports it, NIO otherwise. The epoll classes are touched only after the class-path
 * check, so a missing optional dependency never breaks class loading.
 */
public final class Transports {
  private Transports() {}

  enum Kind {
    EPOLL {
      @Override
      EventLoopGroup newGroup(int threads, ThreadFactory factory) {
        return EpollSupport.newGroup(threads, factory);
      }

      @Override
      Class<? extends SocketChannel> channelClass() {
        return EpollSupport.channelClass();
      }
    },
    NIO {
      @Override
      EventLoopGroup newGroup(int threads, ThreadFactory factory) {
        return new NioEventLoopGroup(threads, factory);
      }

      @Override
      Class<? extends SocketChannel> channelClass() {
        return NioSocketChannel.class;
      }
    };

    abstract EventLoopGroup newGroup(int threads, ThreadFactory factory);

    abstract Class<? extends SocketChannel> channelClass();
  }

  static Kind best() {
    return epollPresent() && EpollSupport.available() ? Kind.EPOLL : Kind.NIO;
  }

  private static boolean epollPresent() {
    try {
      Class.forName("io.netty.channel.epoll.Epoll", false, Transports.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Separate class so that the epoll classes are loaded only when present. */
  private static final class EpollSupport {
    static boolean available() {
      try {
        return Epoll.isAvailable();
      } catch (LinkageError e) {
        return false;
      }
    }

    static EventLoopGroup newGroup(int threads, ThreadFactory factory) {
      return new EpollEventLoopGroup(threads, factory);
    }

    static Class<? extends SocketChannel> channelClass() {
      return EpollSocketChannel.class;
    }
  }
}
