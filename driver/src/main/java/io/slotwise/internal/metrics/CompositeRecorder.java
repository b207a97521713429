package io.slotwise.internal.metrics;

import io.slotwise.HostAndPort;
import io.slotwise.cluster.RefreshTrigger;
import io.slotwise.metrics.ConnectionInfo;
import io.slotwise.metrics.SlotwiseRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/** Forwards to several recorders, in order; see {@link SlotwiseRecorder#composite}. Immutable. */
public final class CompositeRecorder implements SlotwiseRecorder {
  private final SlotwiseRecorder[] recorders;

  private CompositeRecorder(SlotwiseRecorder[] recorders) {
    this.recorders = recorders;
  }

  public static SlotwiseRecorder of(SlotwiseRecorder... recorders) {
    if (recorders == null) {
      throw new IllegalArgumentException("recorders must not be null");
    }
    List<SlotwiseRecorder> kept = new ArrayList<>();
    for (SlotwiseRecorder r : recorders) {
      if (r == null) {
        throw new IllegalArgumentException("recorders must not contain null");
      }
      if (r != NOOP) {
        kept.add(r);
      }
    }
    if (kept.isEmpty()) {
      return NOOP;
    }
    return kept.size() == 1
        ? kept.get(0)
        : new CompositeRecorder(kept.toArray(new SlotwiseRecorder[0]));
  }

  @Override
  public void commandCompleted(String command, long durationNanos, boolean success) {
    for (SlotwiseRecorder r : recorders) {
      r.commandCompleted(command, durationNanos, success);
    }
  }

  @Override
  public void redirected(String kind, HostAndPort node) {
    for (SlotwiseRecorder r : recorders) {
      r.redirected(kind, node);
    }
  }

  @Override
  public void retried(String cause) {
    for (SlotwiseRecorder r : recorders) {
      r.retried(cause);
    }
  }

  @Override
  public void timedOut(String command) {
    for (SlotwiseRecorder r : recorders) {
      r.timedOut(command);
    }
  }

  @Override
  public void topologyRefreshed(Set<RefreshTrigger> triggers, long durationNanos, boolean success) {
    for (SlotwiseRecorder r : recorders) {
      r.topologyRefreshed(triggers, durationNanos, success);
    }
  }

  @Override
  public void slotMapChanged(int uncoveredSlots) {
    for (SlotwiseRecorder r : recorders) {
      r.slotMapChanged(uncoveredSlots);
    }
  }

  @Override
  public void connectionOpened(ConnectionInfo connection) {
    for (SlotwiseRecorder r : recorders) {
      r.connectionOpened(connection);
    }
  }

  @Override
  public void connectionClosed(ConnectionInfo connection) {
    for (SlotwiseRecorder r : recorders) {
      r.connectionClosed(connection);
    }
  }

  @Override
  public void codisProxies(int up, int ejected) {
    for (SlotwiseRecorder r : recorders) {
      r.codisProxies(up, ejected);
    }
  }

  @Override
  public void exclusivePool(IntSupplier borrowed, IntSupplier idle) {
    for (SlotwiseRecorder r : recorders) {
      r.exclusivePool(borrowed, idle);
    }
  }
}
