package io.slotwise.internal.executor;

import java.util.List;

/**
 * How the executor starts the invocations it built: at once ({@link #NOW}), or queued until a
 * {@link Pipeline} syncs ({@link PipelineDispatcher}). The one point where the single-command path
 * and the pipeline differ, so that cross-slot splitting and fan-out are written once.
 */
public interface Starter {

  /** Starts (or queues) one invocation. */
  void start(Invocation<?> invocation);

  /** Starts (or queues) several; those for one node go out in one flush when started together. */
  void startAll(List<? extends Invocation<?>> invocations);

  /** Starts at once: the single command and async paths. */
  Starter NOW =
      new Starter() {
        @Override
        public void start(Invocation<?> invocation) {
          invocation.start();
        }

        @Override
        public void startAll(List<? extends Invocation<?>> invocations) {
          if (invocations.size() == 1) {
            invocations.get(0).start();
          } else {
            NodeBatches.start(invocations, false);
          }
        }
      };
}
