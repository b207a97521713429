package io.slotwise.internal.transport;

import io.netty.util.concurrent.FastThreadLocalThread;

/**
 * Knows the client's I/O threads (the event loops of every {@link NettyTransport}), so that code
 * which would block can refuse to run on one: a thread that waits there for a reply waits for
 * itself, since the same thread must read that reply. Stateless.
 */
public final class IoThreads {
  private IoThreads() {}

  /** The class of every event-loop thread a transport starts. */
  static final class IoThread extends FastThreadLocalThread {
    IoThread(Runnable task, String name) {
      super(task, name);
      setDaemon(true);
    }
  }

  /** Whether the calling thread is one of the I/O threads of a client of this driver. */
  public static boolean isIoThread() {
    return Thread.currentThread() instanceof IoThread;
  }

  /**
   * Refuses a blocking call on an I/O thread.
   *
   * @param call what the caller was about to do, for the message (e.g. {@code "sync().get"})
   * @throws IllegalStateException on an I/O thread, naming the call and the thread
   */
  public static void refuseBlocking(String call) {
    if (isIoThread()) {
      throw new IllegalStateException(
          call
              + " blocks until its reply, and was called on the I/O thread "
              + Thread.currentThread().getName()
              + ", which is the thread that must read that reply: it would wait for itself"
              + " until the timeout. Call it from another thread, or use client.async() and"
              + " compose the future (thenCompose) inside callbacks");
    }
  }
}
