package io.slotwise;

import io.slotwise.internal.config.OptionChecks;
import io.slotwise.metrics.SlotwiseRecorder;

/**
 * What the client runs on and reports to: its Netty I/O threads and its metrics recorder. Immutable
 * and thread-safe.
 *
 * @param ioThreads Netty event loops (epoll when available, else NIO); at least 1. Default {@link
 *     #DEFAULT_IO_THREADS}.
 * @param recorder where the client reports metrics, e.g. {@link
 *     io.slotwise.metrics.MicrometerRecorder}; default {@link SlotwiseRecorder#NOOP}, which costs
 *     nothing. The client does not close it.
 */
public record ResourceOptions(int ioThreads, SlotwiseRecorder recorder) {

  /** One event loop per core, at least two (so that one slow callback does not stall all). */
  public static final int DEFAULT_IO_THREADS =
      Math.max(2, Runtime.getRuntime().availableProcessors());

  /** Validates both components. */
  public ResourceOptions {
    OptionChecks.atLeast(ioThreads, 1, "ioThreads");
    OptionChecks.notNull(recorder, "recorder");
  }

  /** {@link #DEFAULT_IO_THREADS}, no metrics. */
  public static ResourceOptions defaults() {
    return new ResourceOptions(DEFAULT_IO_THREADS, SlotwiseRecorder.NOOP);
  }

  /** A copy with {@code ioThreads} replaced, validated like the constructor. */
  public ResourceOptions withIoThreads(int ioThreads) {
    return new ResourceOptions(ioThreads, recorder);
  }

  /** A copy with {@code recorder} replaced, validated like the constructor. */
  public ResourceOptions withRecorder(SlotwiseRecorder recorder) {
    return new ResourceOptions(ioThreads, recorder);
  }
}
